package org.flopsheet.app.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;
import org.flopsheet.engine.simulate.Threshold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo over the inputs written as distributions: every quantity's mean, sd and percentiles, "
                + "a histogram, probabilities of thresholds; seeded, the same figures for any number of threads.")
public final class SimulateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000000", description = "how many samples (default ${DEFAULT-VALUE}; percentiles are exact up to 1,000,000)")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "hold an input at a value (--set duration=4month) or give it a distribution (--set 'training_flop=1e26 to 1e28')")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--prob", paramLabel = "NAME>VALUE", description = "the probability that a quantity exceeds (or is below) a value: --prob 'parallel_tasks>1e7'")
    List<String> probes = new ArrayList<>();

    @Option(names = "--histogram", paramLabel = "NAME", split = ",", description = "quantities to draw a histogram of (default: the last one)")
    List<String> histograms = new ArrayList<>();

    @Option(names = "--json", description = "print the figures as JSON: mean, sd, min, max, p5, p25, p50, p75, p95 and error counts per quantity")
    boolean json;

    @Option(names = "--out", paramLabel = "SAMPLES.csv", description = "also write every sample (every quantity) to this CSV file")
    Path out;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "3", description = "significant digits in the table (default ${DEFAULT-VALUE})")
    int digits;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        Map<String, Double> overrides = new LinkedHashMap<>();
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        settings.forEach((name, text) -> {
            Distribution d = InputValues.distribution(sheet, name, text);
            if (d != null) distributions.put(name, d);
            else overrides.put(name, InputValues.parse(sheet, name, text));
        });
        List<Threshold> thresholds = probes.stream().map(p -> Threshold.parse(sheet, p)).toList();
        for (String h : histograms) {
            if (sheet.quantity(h) == null) sheet.inputSlot(h);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SimulationOptions options = new SimulationOptions(samples, seed, workers, overrides, thresholds, distributions);
        long started = System.nanoTime();
        SimulationResult result;
        if (out != null) {
            SimulationResult[] holder = new SimulationResult[1];
            AtomicFiles.write(out, stream -> {
                SamplesCsv csv = new SamplesCsv(sheet, stream);
                holder[0] = Simulation.run(sheet, options, csv);
                csv.finish();
            });
            result = holder[0];
        } else {
            result = Simulation.run(sheet, options);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SimulationReport.json(result)));
            return 0;
        }
        System.out.println(sheet.title() + " [" + sheet.name() + "]");
        System.out.printf(Locale.ROOT, "%,d samples, seed %d (%.2f s on %d threads)%n%n", samples, seed, seconds, workers);
        SimulationReport.table(result, digits, System.out);
        List<String> shown = histograms.isEmpty() ? List.of(last(sheet).name()) : histograms;
        for (String h : shown) {
            System.out.println();
            Histogram.print(result.of(h), 16, 40, digits, System.out);
        }
        if (out != null) System.err.println("flopsheet: wrote " + samples + " samples to " + out);
        return 0;
    }

    private static Quantity last(Sheet sheet) {
        List<Quantity> formulas = sheet.outputs();
        return formulas.isEmpty() ? sheet.quantities().get(sheet.quantities().size() - 1) : formulas.get(formulas.size() - 1);
    }
}
