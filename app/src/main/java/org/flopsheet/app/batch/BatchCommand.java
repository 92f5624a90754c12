package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flopsheet.app.UserError;
import org.flopsheet.app.simulate.RowSimulation;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.io.PendingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Compute a sheet for every row of a CSV: streaming, on every core, rows kept in order.",
            "Header names that are inputs set them (an empty cell keeps the default); other columns pass through; "
                + "the outputs and an 'error' column are appended.",
            "Exit status: 0 every row computed; 4 some rows failed (see the error column); 1 an error in the model; "
                + "2 a bad command line or an unreadable CSV (then no output file is written)."})
public final class BatchCommand implements Callable<Integer> {
    /** Exit status when the results were written but some rows could not be computed. */
    public static final int SOME_ROWS_FAILED = 4;

    @Parameters(paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Option(names = "--in", required = true, paramLabel = "INPUTS.csv", description = "the input rows; - reads stdin")
    String in;

    @Option(names = "--out", paramLabel = "RESULTS.csv", defaultValue = "-",
            description = "where to write the results (written to a temporary file, then renamed); - or omitted: stdout")
    String out;

    @Option(names = "--outputs", split = ",", paramLabel = "NAME", description = "the quantities to append (default: every formula quantity, in source order)")
    List<String> outputs;

    @Option(names = "--scenario", paramLabel = "NAME", description = "a column a row leaves empty (or does not have) takes this scenario's value, not the default")
    String scenario;

    @Option(names = "--strict", description = "refuse a header column that is not an input but looks like one (utilisation for utilization); "
            + "by default such a column passes through with a warning")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--samples", paramLabel = "N", description = "simulate every row with N samples (cells may then hold distributions "
            + "such as '1e25 to 1e27'): adds NAME.p5, NAME.p50, NAME.p95 for each number output and a sample_errors column")
    Long samples;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "with --samples: the random seed of every row (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        Map<String, Double> scenarioInputs = Map.of();
        if (scenario != null) {
            org.flopsheet.engine.compile.Scenario s = sheet.scenario(scenario);
            if (s == null) {
                throw new UserError("no scenario named '" + scenario + "'; the sheet has: "
                        + String.join(", ", sheet.scenarios().stream().map(org.flopsheet.engine.compile.Scenario::name).toList()));
            }
            sheet = sheet.withDefaults(s.inputs());
            scenarioInputs = s.inputs();
        }
        if (threads < 1) throw new UserError("--threads must be at least 1");
        if (samples != null && samples < 2) throw new UserError("--samples must be at least 2");
        BatchRun run = new BatchRun(sheet, outputs, threads).strict(strict);
        if (samples != null) run = run.simulated(new RowSimulation(samples, seed, scenarioInputs));
        BatchRun.Summary summary;
        boolean fromStdin = in.equals("-");
        try (InputStream input = fromStdin ? System.in : Files.newInputStream(Path.of(in))) {
            long size = fromStdin ? -1 : Files.size(Path.of(in));
            summary = out.equals("-") ? toStdout(run, input, size) : toFile(run, input, size, Path.of(out));
        } catch (CsvSyntaxError e) {
            throw new UserError((fromStdin ? "stdin" : in) + ": " + e.getMessage()
                    + (out.equals("-") ? "" : "; " + out + " was not written"));
        }
        report(sheet, summary);
        return summary.failedRows() > 0 ? SOME_ROWS_FAILED : 0;
    }

    private BatchRun.Summary toStdout(BatchRun run, InputStream input, long size) throws IOException, InterruptedException {
        return run.run(input, size, System.out, Progress.NONE);
    }

    private BatchRun.Summary toFile(BatchRun run, InputStream input, long size, Path target) throws IOException, InterruptedException {
        try (PendingFile output = AtomicFiles.open(target)) {
            BatchRun.Summary summary = run.run(input, size, output.stream(), Progress.forRun(size));
            output.commit();
            return summary;
        }
    }

    private void report(Sheet sheet, BatchRun.Summary s) {
        var err = System.err;
        for (ColumnMapping.NearMiss miss : s.mapping().nearMisses) err.println("batch: warning: " + miss.message() + " (--strict refuses such a header)");
        if (!s.mapping().readsAnyInput()) {
            err.println("batch: warning: no column of the header names an input, so every row used the defaults; inputs are: "
                    + String.join(", ", sheet.inputs().stream().map(Quantity::name).toList()));
        }
        err.printf("batch: %,d rows in %.2f s, %,d failed%s%n", s.rows(), s.seconds(), s.failedRows(),
                out.equals("-") ? "" : "; results in " + out);
        for (String f : s.firstFailures()) err.println("  " + f);
        if (s.failedRows() > s.firstFailures().size()) {
            err.printf("  ... and %,d more (see the error column)%n", s.failedRows() - s.firstFailures().size());
        }
    }
}
