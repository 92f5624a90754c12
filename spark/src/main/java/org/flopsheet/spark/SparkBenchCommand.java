package org.flopsheet.spark;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.flopsheet.app.batch.BatchCommand;
import org.flopsheet.app.simulate.SimulationArguments;
import org.flopsheet.app.simulate.SimulationRequest;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Side by side in one run: {@code flopsheet batch} on a generated sweep and {@code flopsheet simulate}
 * (in this JVM, every core) against the Spark jobs (local[2] by default). The machine is shared and
 * noisy, so the ratios are what to read.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Rows per second of flopsheet batch and samples per second of flopsheet simulate, against the Spark jobs, in one run.")
final class SparkBenchCommand implements Callable<Integer> {
    @Option(names = "--rows", paramLabel = "N", description = "rows in the generated Finveden sweep; 0 skips batch (default: ${DEFAULT-VALUE})")
    int rows = 1_000_000;

    @Option(names = "--samples", paramLabel = "N", description = "samples of the uncertain Finveden sheet; 0 skips simulate (default: ${DEFAULT-VALUE})")
    long samples = 4_000_000;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
    String master = "local[2]";

    @Option(names = "--model", paramLabel = "MODEL", description = "the model batch runs (default: ${DEFAULT-VALUE})")
    Path model = Path.of("workbooks", "finveden.flop");

    @Option(names = "--uncertain-model", paramLabel = "MODEL", description = "the model simulate runs (default: ${DEFAULT-VALUE})")
    Path uncertainModel = Path.of("workbooks", "finveden-uncertain.flop");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("flopsheet-spark-bench");
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            Path csv = dir.resolve("sweep.csv");
            double batchSeconds = 0, localSimulateSeconds = 0;
            int batchExit = 0;
            boolean sameFigures = true;
            if (rows > 0) {
                writeSweep(csv);
                long t0 = System.nanoTime();
                batchExit = new CommandLine(new BatchCommand()).execute(model.toString(), "--in", csv.toString(), "--out", dir.resolve("batch.csv").toString());
                batchSeconds = (System.nanoTime() - t0) / 1e9;
            }
            ModelSource uncertain = ModelSource.read(uncertainModel);
            SimulationRequest request = new SimulationRequest(Math.max(samples, 2), 1, Map.of(), List.of());
            SimulationResult local = null;
            if (samples > 0) {
                Sheet sheet = uncertain.sheet();
                long t0 = System.nanoTime();
                local = Simulation.run(sheet, request.options(sheet, threads));
                localSimulateSeconds = (System.nanoTime() - t0) / 1e9;
            }

            long t1 = System.nanoTime();
            try (SparkSession spark = Sessions.start(master)) {
                double startup = (System.nanoTime() - t1) / 1e9;
                System.out.printf("%-46s %10s %14s%n", "", "seconds", "per second");
                if (rows > 0) {
                    long t2 = System.nanoTime();
                    SparkBatch.run(spark, ModelSource.read(model), csv.toString(), SparkBatch.Format.CSV, dir.resolve("spark").toString(), null);
                    double jobSeconds = (System.nanoTime() - t2) / 1e9;
                    System.out.printf("%-46s %10.2f %,14.0f rows%n", "flopsheet batch (" + threads + " threads)", batchSeconds, rows / batchSeconds);
                    System.out.printf("%-46s %10.2f %,14.0f rows%n", "flopsheet-spark batch (" + master + ", job)", jobSeconds, rows / jobSeconds);
                    System.out.printf("ratio spark/local, batch: %.2f%n", batchSeconds / jobSeconds);
                }
                if (samples > 0) {
                    long t2 = System.nanoTime();
                    SimulationResult distributed = SparkSimulation.run(spark, uncertain, request);
                    double jobSeconds = (System.nanoTime() - t2) / 1e9;
                    System.out.printf("%-46s %10.2f %,14.0f samples%n", "flopsheet simulate (" + threads + " threads)", localSimulateSeconds, samples / localSimulateSeconds);
                    System.out.printf("%-46s %10.2f %,14.0f samples%n", "flopsheet-spark simulate (" + master + ", job)", jobSeconds, samples / jobSeconds);
                    sameFigures = SimulationArguments.json(local).equals(SimulationArguments.json(distributed));
                    System.out.printf("ratio spark/local, simulate: %.2f; the same figures: %s%n", localSimulateSeconds / jobSeconds,
                            sameFigures ? "yes" : "NO");
                }
                System.out.printf("%-46s %10.2f%n", "Spark session start-up", startup);
            }
            if (!sameFigures) {
                System.err.println("bench: the Spark job's simulation figures differ from the local run's (a bug: please report it)");
                return 3;
            }
            return batchExit;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void writeSweep(Path csv) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("label,training_flop,duration,task_rate\n");
            for (int i = 0; i < rows; i++) {
                w.write("r" + i + "," + (3e23 * (1 + i % 997)) + "," + (2.6e6 * (1 + i % 13)) + "," + (10 + i % 7) + "\n");
            }
        }
    }
}
