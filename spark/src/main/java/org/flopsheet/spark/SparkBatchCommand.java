package org.flopsheet.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.flopsheet.app.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Compute a sheet for every row of a CSV or Parquet input, as a Spark job; each output row is the row `flopsheet batch` writes.",
            "The output folder holds CSV part files, each with the header. A CSV is read one record per line.",
            "Exit status: 0 every row computed; 4 some rows failed (see the error column); 1 an error in the model; 2 a bad command line or input."})
final class SparkBatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MODEL", description = "the .flop source (read here and shipped to the executors)")
    Path model;

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "input file or folder (any Hadoop path: file:, hdfs:, s3a:)")
    String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder; it must not exist yet")
    String out;

    @Option(names = "--format", paramLabel = "csv|parquet", description = "the input's format (default: from the name; csv otherwise)")
    String format;

    @Option(names = "--outputs", split = ",", paramLabel = "NAME", description = "the quantities to append (default: every formula quantity)")
    List<String> outputs;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[*])")
    String master;

    @Override
    public Integer call() throws Exception {
        ModelSource source = ModelSource.read(model);
        source.sheet();
        SparkBatch.Format inputFormat = format(in, format);
        long start = System.nanoTime();
        try (SparkSession spark = Sessions.start(master)) {
            SparkBatch.Summary s = SparkBatch.run(spark, source, in, inputFormat, out, outputs);
            var err = System.err;
            if (!s.readsAnyInput()) err.println("batch: warning: no column of the header names an input, so every row used the defaults");
            err.printf("batch: %,d rows in %.2f s on %s, %,d failed; results in %s%n", s.rows(), (System.nanoTime() - start) / 1e9,
                    spark.sparkContext().master(), s.failedRows(), out);
            for (String f : s.firstFailures()) err.println("  " + f);
            return s.failedRows() > 0 ? 4 : 0;
        }
    }

    static SparkBatch.Format format(String path, String given) {
        String f = given != null ? given.toLowerCase(Locale.ROOT) : path.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv";
        return switch (f) {
            case "csv" -> SparkBatch.Format.CSV;
            case "parquet" -> SparkBatch.Format.PARQUET;
            default -> throw new UserError("--format must be csv or parquet, not '" + given + "'");
        };
    }
}
