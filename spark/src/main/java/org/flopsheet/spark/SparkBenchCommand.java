package org.flopsheet.spark;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.flopsheet.app.batch.BatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Side by side in one run, on the same generated sweep: {@code flopsheet batch} (in this JVM, every core)
 * and the Spark job (local[N] by default). The machine is shared and noisy, so the ratio is what to read.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Rows per second of flopsheet batch and of the Spark job on the same generated Finveden sweep, in one run.")
final class SparkBenchCommand implements Callable<Integer> {
    @Option(names = "--rows", paramLabel = "N", description = "rows in the generated sweep (default: ${DEFAULT-VALUE})")
    int rows = 1_000_000;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: ${DEFAULT-VALUE})")
    String master = "local[2]";

    @Option(names = "--model", paramLabel = "MODEL", description = "the model (default: ${DEFAULT-VALUE})")
    Path model = Path.of("workbooks", "finveden.flop");

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("flopsheet-spark-bench");
        try {
            Path csv = dir.resolve("sweep.csv");
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("label,training_flop,duration,task_rate\n");
                for (int i = 0; i < rows; i++) {
                    w.write("r" + i + "," + (3e23 * (1 + i % 997)) + "," + (2.6e6 * (1 + i % 13)) + "," + (10 + i % 7) + "\n");
                }
            }
            long t0 = System.nanoTime();
            int batchExit = new CommandLine(new BatchCommand()).execute(model.toString(), "--in", csv.toString(), "--out", dir.resolve("batch.csv").toString());
            double batchSeconds = (System.nanoTime() - t0) / 1e9;

            long t1 = System.nanoTime();
            double jobSeconds;
            try (SparkSession spark = Sessions.start(master)) {
                double startup = (System.nanoTime() - t1) / 1e9;
                long t2 = System.nanoTime();
                SparkBatch.run(spark, ModelSource.read(model), csv.toString(), SparkBatch.Format.CSV, dir.resolve("spark").toString(), null);
                jobSeconds = (System.nanoTime() - t2) / 1e9;
                System.out.printf("%-40s %10s %12s%n", "", "seconds", "rows/s");
                System.out.printf("%-40s %10.2f %,12.0f%n", "flopsheet batch (" + Runtime.getRuntime().availableProcessors() + " threads)", batchSeconds, rows / batchSeconds);
                System.out.printf("%-40s %10.2f %,12.0f%n", "flopsheet-spark batch (" + master + ", job)", jobSeconds, rows / jobSeconds);
                System.out.printf("%-40s %10.2f%n", "  Spark session start-up", startup);
                System.out.printf("ratio spark/batch (rows/s, job only): %.2f%n", batchSeconds / jobSeconds);
            }
            return batchExit;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
