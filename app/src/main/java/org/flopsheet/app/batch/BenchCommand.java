package org.flopsheet.app.batch;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flopsheet.app.UserError;
import org.flopsheet.app.bench.GeneratedModel;
import org.flopsheet.app.bench.ScalingPath;
import org.flopsheet.app.bench.ScalingReport;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.io.PendingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = org.flopsheet.app.adopt.AdoptBench.class,
        description = "Measure batch throughput on a generated sweep over a model's inputs (any model; Finveden by default), in one JVM; on Finveden also against (b) the same chain "
                + "written by hand in Java behind the same CSV code (the practical ceiling) and (c) Apache POI's "
                + "FormulaEvaluator recalculating the exported workbook row by row. With --scaling: how the time and memory of "
                + "eval, export, import, addin and the served workbook grow with the size of generated models.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "workbooks/finveden.flop",
            description = "the model (default ${DEFAULT-VALUE}); on any other model (b) is left out: only Finveden has a chain written by hand")
    Path file;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "rows of the generated input (default ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--poi-rows", paramLabel = "N", defaultValue = "20000",
            description = "rows for POI, which is slow: the first N rows of the same input (default ${DEFAULT-VALUE})")
    int poiRows;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "timed runs of each; the best counts (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--input-digits", paramLabel = "N", defaultValue = "17",
            description = "significant digits of the generated inputs: 17 writes every double in full, 3 is how people type a sweep (default ${DEFAULT-VALUE})")
    int digits;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--scaling", description = "measure how every path grows with the model instead (FILE is not used)")
    boolean scaling;

    @Option(names = "--sizes", paramLabel = "N,N,...", defaultValue = "1000,10000,100000",
            description = "with --scaling: quantities of the generated chain and fan-in models (default ${DEFAULT-VALUE})")
    String sizes;

    @Option(names = "--scenarios", paramLabel = "N", defaultValue = "3",
            description = "with --scaling: scenarios of the chain and fan-in models measured with scenarios (default ${DEFAULT-VALUE})")
    int scenarios;

    @Option(names = "--grid-sizes", paramLabel = "N,N,...", defaultValue = "200,2000,16000",
            description = "with --scaling: named scenarios of the scenario-grid model; the Scenarios sheet holds at most 16,381 (default ${DEFAULT-VALUE})")
    String gridSizes;

    @Option(names = "--models", paramLabel = "M,M,...", defaultValue = "chain,chain+scenarios,fan-in,fan-in+scenarios,grid",
            description = "with --scaling: which generated models (default ${DEFAULT-VALUE})")
    String models;

    @Option(names = "--paths", paramLabel = "P,P,...", defaultValue = "eval,export,serve,import,addin,adopt,poi",
            description = "with --scaling: which paths (default ${DEFAULT-VALUE}; poi is Apache POI loading the workbook)")
    String pathList;

    @Option(names = "--simulate", paramLabel = "SAMPLES", arity = "0..1", fallbackValue = "20000000",
            description = "instead: flopsheet simulate against Squiggle on workbooks/finveden-uncertain.flop, SAMPLES samples each (default 20,000,000)")
    Long simulateSamples;

    private record Result(String label, long rows, double seconds) {
        double rate() { return rows / seconds; }
    }

    interface Job { long run(Path in, Path out) throws Exception; }

    @Override
    public Integer call() throws Exception {
        if (scaling) return scaling();
        if (simulateSamples != null) {
            Path model = file.equals(Path.of("workbooks/finveden.flop")) ? Path.of("workbooks/finveden-uncertain.flop") : file;
            return org.flopsheet.app.bench.SquiggleBench.run(model.toAbsolutePath(), simulateSamples, threads);
        }
        Sheet sheet = Compiler.compile(file);
        BenchSweep sweep = BenchSweep.isFinveden(sheet) ? BenchSweep.finveden() : BenchSweep.around(sheet);
        if (sweep.inputs().isEmpty()) throw new UserError(file + " has no number inputs to sweep over");
        if (rows < 1 || poiRows < 1 || repeat < 1 || threads < 1) throw new UserError("--rows, --poi-rows, --repeat and --threads must be at least 1");
        if (digits < 1 || digits > 17) throw new UserError("--input-digits must be between 1 and 17");
        poiRows = Math.min(poiRows, rows);
        Path dir = Files.createTempDirectory("flopsheet-bench");
        try {
            return measure(sheet, sweep, dir);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private int scaling() throws Exception {
        List<Integer> quantities, grid;
        try {
            quantities = ScalingReport.sizes(sizes);
            grid = ScalingReport.sizes(gridSizes);
        } catch (NumberFormatException e) {
            throw new UserError("--sizes and --grid-sizes take whole numbers separated by commas, e.g. 1000,10000,100000");
        }
        if (repeat < 1 || scenarios < 0) throw new UserError("--repeat must be at least 1 and --scenarios at least 0");
        List<ScalingReport.Series> series = new ArrayList<>();
        for (String model : models.split(",")) {
            series.add(switch (model.strip()) {
                case "chain" -> new ScalingReport.Series(GeneratedModel.CHAIN, 0, quantities);
                case "chain+scenarios" -> new ScalingReport.Series(GeneratedModel.CHAIN, scenarios, quantities);
                case "fan-in" -> new ScalingReport.Series(GeneratedModel.FAN_IN, 0, quantities);
                case "fan-in+scenarios" -> new ScalingReport.Series(GeneratedModel.FAN_IN, scenarios, quantities);
                case "grid" -> new ScalingReport.Series(GeneratedModel.SCENARIO_GRID, 0, grid);
                default -> throw new UserError("--models takes chain, chain+scenarios, fan-in, fan-in+scenarios and grid, not '" + model + "'");
            });
        }
        List<ScalingPath> paths = new ArrayList<>();
        for (String p : pathList.split(",")) {
            paths.add(switch (p.strip()) {
                case "eval" -> ScalingPath.EVAL;
                case "export" -> ScalingPath.EXPORT;
                case "serve" -> ScalingPath.DOWNLOAD;
                case "import" -> ScalingPath.IMPORT;
                case "addin" -> ScalingPath.ADDIN;
                case "adopt" -> ScalingPath.ADOPT;
                case "poi" -> ScalingPath.POI_LOAD;
                default -> throw new UserError("--paths takes eval, export, serve, import, addin, adopt and poi, not '" + p + "'");
            });
        }
        return new ScalingReport(repeat, System.out).run(series, paths) ? 0 : 5;
    }

    private int measure(Sheet sheet, BenchSweep sweep, Path dir) throws Exception {
        Path input = dir.resolve("input.csv");
        Path warmInput = dir.resolve("warm-up.csv");
        Path poiInput = dir.resolve("poi-input.csv");
        Path poiWarmInput = dir.resolve("poi-warm-up.csv");
        System.out.printf("generating %,d rows ...%n", rows);
        BenchInput.write(sweep, input, rows, 42, digits);
        BenchInput.write(sweep, warmInput, Math.min(rows, 200_000), 7, digits);
        BenchInput.write(sweep, poiInput, poiRows, 42, digits);
        BenchInput.write(sweep, poiWarmInput, Math.min(poiRows, 2_000), 7, digits);
        boolean byHandToo = BenchSweep.isFinveden(sheet);

        Job batch = (in, out) -> toFile(in, out, (i, o) -> new BatchRun(sheet, null, threads).run(i, -1, o, Progress.NONE).rows());
        Job byHand = (in, out) -> toFile(in, out, (i, o) -> new BatchRun(sheet, null, threads, FinvedenByHand::new).run(i, -1, o, Progress.NONE).rows());
        Job byHandOneThread = (in, out) -> toFile(in, out, (i, o) -> SequentialRun.run(sheet, i, o, FinvedenByHand::new));
        Job batchOneThread = (in, out) -> toFile(in, out, (i, o) -> new BatchRun(sheet, null, 1).run(i, -1, o, Progress.NONE).rows());
        List<Contender> ours = !byHandToo ? List.of(
                new Contender("(a)  flopsheet batch, " + threads + " threads", batch, input, dir.resolve("a.csv"), warmInput),
                new Contender("(a1) flopsheet batch, 1 thread", batchOneThread, input, dir.resolve("b1.csv"), warmInput)) : List.of(
                new Contender("(a)  flopsheet batch, " + threads + " threads", batch, input, dir.resolve("a.csv"), warmInput),
                new Contender("(b)  Java by hand, same CSV code, " + threads + " threads", byHand, input, dir.resolve("b.csv"), warmInput),
                new Contender("(b1) Java by hand, same CSV code, 1 thread", byHandOneThread, input, dir.resolve("b1.csv"), warmInput));
        double loadBefore = loadAverage();
        List<Result> results = new ArrayList<>(time(ours, dir.resolve("warm-up-out.csv")));
        double[] values = BenchInput.values(sweep, rows, 42, digits);
        Result engineOnly = timeComputeOnly("engine", () -> ComputeOnly.engine(sheet, sweep, values, rows));
        // POI comes last: once loaded and run, its classes and its workbook slow the rest of the JVM down
        // (by about a fifth for (a) in our runs), which a batch run on its own never pays.
        PoiRecalculation poi = new PoiRecalculation(sheet);
        results.addAll(time(List.of(new Contender("(c)  POI FormulaEvaluator per row, 1 thread", poi::run, poiInput,
                dir.resolve("c.csv"), poiWarmInput)), dir.resolve("warm-up-out.csv")));
        Result poiOnly = timeComputeOnly("POI", () -> poi.computeOnly(sweep, values, poiRows));
        double loadAfter = loadAverage();

        print(sheet, sweep, results, engineOnly, poiOnly, loadBefore, loadAfter);
        boolean same = (!byHandToo || Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv")) == -1)
                && Files.mismatch(dir.resolve("a.csv"), dir.resolve("b1.csv")) == -1;
        System.out.println("outputs: " + (byHandToo ? "(a), (b) and (b1)" : "(a) and (a1)") + " byte-identical: " + (same ? "yes" : "NO"));
        System.out.println("outputs: " + PoiRecalculation.compare(dir.resolve("a.csv"), dir.resolve("c.csv"), poiRows, sweep.outputs()));
        return same ? 0 : 1;
    }

    private record Contender(String label, Job job, Path in, Path out, Path warmIn) {}

    private interface Rows { long run() throws Exception; }

    private interface Streams { long run(InputStream in, OutputStream out) throws Exception; }

    /** Runs a job the way {@code batch --out} does: into a temporary file renamed onto {@code out}. */
    private static long toFile(Path in, Path out, Streams job) throws Exception {
        try (InputStream input = Files.newInputStream(in); PendingFile output = AtomicFiles.open(out)) {
            long n = job.run(input, output.stream());
            output.commit();
            return n;
        }
    }

    /** Warms the contenders up, then times them in turns, so that a change in the machine's load hits all alike. */
    private List<Result> time(List<Contender> contenders, Path warmOut) throws Exception {
        System.out.print("warming up ...");
        System.out.flush();
        for (int i = 0; i < 2; i++) for (Contender c : contenders) c.job().run(c.warmIn(), warmOut);
        Result[] best = new Result[contenders.size()];
        for (int i = 0; i < repeat; i++) {
            System.out.print(" run " + (i + 1) + " ...");
            System.out.flush();
            for (int turn = 0; turn < best.length; turn++) {
                int k = (i + turn) % best.length; // each round starts with another contender: no one always runs first
                Contender c = contenders.get(k);
                long start = System.nanoTime();
                long n = c.job().run(c.in(), c.out());
                Result r = new Result(c.label(), n, (System.nanoTime() - start) / 1e9);
                if (best[k] == null || r.seconds() < best[k].seconds()) best[k] = r;
            }
        }
        System.out.println();
        return List.of(best);
    }

    private Result timeComputeOnly(String label, Rows job) throws Exception {
        job.run();
        Result best = null;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            long n = job.run();
            Result r = new Result(label, n, (System.nanoTime() - start) / 1e9);
            if (best == null || r.seconds() < best.seconds()) best = r;
        }
        return best;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void print(Sheet sheet, BenchSweep sweep, List<Result> results, Result engineOnly, Result poiOnly, double loadBefore, double loadAfter) {
        System.out.println();
        System.out.printf("sheet %s; %d cores; Java %s; load average %.1f before, %.1f after%n", sheet.name(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadBefore, loadAfter);
        System.out.printf("sweep over %d inputs (%s); %d outputs%n", sweep.inputs().size(), String.join(", ", sweep.inputs()), sweep.outputs().size());
        System.out.printf("inputs with %d significant digits; best of %d timed runs after a warm-up; wall-clock, end to end: read the CSV, compute, write the CSV%n",
                digits, repeat);
        int width = results.stream().map(Result::label).max(Comparator.comparingInt(String::length)).orElseThrow().length();
        System.out.printf("%-" + width + "s  %10s  %8s  %11s%n", "", "rows", "seconds", "rows/s");
        for (Result r : results) System.out.printf("%-" + width + "s  %,10d  %8.2f  %,11.0f%n", r.label(), r.rows(), r.seconds(), r.rate());
        double a = results.get(0).rate(), c = results.getLast().rate();
        System.out.println();
        if (results.size() == 4) {
            double b = results.get(1).rate(), b1 = results.get(2).rate();
            System.out.printf("(a)/(b)  = %6.2f   target >= 0.8: %s%n", a / b, a / b >= 0.8 ? "met" : "NOT met");
            System.out.printf("(a)/(b1) = %6.2f%n", a / b1);
        } else {
            System.out.printf("(a)/(a1) = %6.2f   (b) is left out: only the Finveden chain is written by hand%n", a / results.get(1).rate());
        }
        System.out.printf("(a)/(c)  = %6.1f   target >= 100: %s   ((c) timed on the first %,d rows)%n", a / c, a / c >= 100 ? "met" : "NOT met", poiRows);
        System.out.printf("compute only, no CSV, 1 thread: engine %,.0f rows/s (%,d rows), POI %,.0f rows/s (%,d rows): %,.0f x%n",
                engineOnly.rate(), engineOnly.rows(), poiOnly.rate(), poiOnly.rows(), engineOnly.rate() / poiOnly.rate());
    }
}
