package org.flopsheet.app.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.simulate.SimulationResult;
import picocli.CommandLine.Option;

/** What to simulate and how to show it: the options {@code flopsheet simulate} and {@code flopsheet-spark simulate} share. */
public final class SimulationArguments {
    @Option(names = "--samples", paramLabel = "N", defaultValue = "1000000", description = "how many samples (default ${DEFAULT-VALUE}; percentiles are exact up to 1,000,000)")
    long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "hold an input at a value (--set duration=4month) or give it a distribution (--set 'training_flop=1e26 to 1e28')")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--prob", paramLabel = "NAME>VALUE", description = "the probability that a quantity exceeds (or is below) a value: --prob 'parallel_tasks>1e7'")
    List<String> probes = new ArrayList<>();

    @Option(names = "--histogram", paramLabel = "NAME", split = ",", description = "quantities to draw a histogram of (default: the last one)")
    List<String> histograms = new ArrayList<>();

    @Option(names = "--json", description = "print the figures as JSON: mean, sd, min, max, p5, p25, p50, p75, p95 and error counts per quantity")
    boolean json;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "3", description = "significant digits in the table (default ${DEFAULT-VALUE})")
    int digits;

    /** The request; checks it against the sheet (names, values, thresholds, histograms) before anything runs. */
    public SimulationRequest request(Sheet sheet) {
        SimulationRequest request = new SimulationRequest(samples, seed, settings, probes);
        request.options(sheet, 1);
        for (String h : histograms) {
            if (sheet.quantity(h) == null) sheet.inputSlot(h);
        }
        return request;
    }

    /** The figures as the JSON document or the table with histograms; {@code ranOn} says where, e.g. "on 2 threads". */
    public void print(SimulationResult result, double seconds, String ranOn, PrintStream out) throws JsonProcessingException {
        if (json) {
            out.println(json(result));
            return;
        }
        Sheet sheet = result.sheet();
        out.println(sheet.title() + " [" + sheet.name() + "]");
        out.printf(Locale.ROOT, "%,d samples, seed %d (%.2f s %s)%n%n", samples, seed, seconds, ranOn);
        SimulationReport.table(result, digits, out);
        List<String> shown = histograms.isEmpty() ? List.of(last(sheet).name()) : histograms;
        for (String h : shown) {
            out.println();
            Histogram.print(result.of(h), 16, 40, digits, out);
        }
    }

    /** The document {@code --json} prints. */
    public static String json(SimulationResult result) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SimulationReport.json(result));
    }

    private static Quantity last(Sheet sheet) {
        List<Quantity> formulas = sheet.outputs();
        return formulas.isEmpty() ? sheet.quantities().get(sheet.quantities().size() - 1) : formulas.get(formulas.size() - 1);
    }
}
