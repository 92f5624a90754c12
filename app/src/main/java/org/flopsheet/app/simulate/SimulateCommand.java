package org.flopsheet.app.simulate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo over the inputs written as distributions: every quantity's mean, sd and percentiles, "
                + "a histogram, probabilities of thresholds; seeded, the same figures for any number of threads.")
public final class SimulateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Mixin
    SimulationArguments arguments;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--out", paramLabel = "SAMPLES.csv", description = "also write every sample (every quantity) to this CSV file")
    Path out;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SimulationOptions options = arguments.request(sheet).options(sheet, workers);
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
        arguments.print(result, (System.nanoTime() - started) / 1e9, "on " + workers + " threads", System.out);
        if (out != null) System.err.println("flopsheet: wrote " + options.samples() + " samples to " + out);
        return 0;
    }
}
