package org.flopsheet.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.flopsheet.app.batch.BatchRows;

/**
 * {@code flopsheet batch} as a Spark job: each partition compiles the sheet once and runs its rows
 * through the same row evaluator, so every output row is byte for byte the row batch writes. The
 * output folder holds CSV part files, each starting with the header.
 */
public final class SparkBatch {
    static final int CHUNK_ROWS = 2048;
    static final int FAILURES_KEPT = 10;

    public enum Format { CSV, PARQUET }

    /** What the job did; {@code firstFailures} holds some of the failed rows' messages. */
    public record Summary(long rows, long failedRows, List<String> firstFailures, boolean readsAnyInput) {}

    private SparkBatch() {}

    public static Summary run(SparkSession spark, ModelSource model, String in, Format format, String out, List<String> outputs) {
        model.sheet();  // a model that does not compile is refused here, before any job starts
        PartFiles.requireNew(spark, out);
        InputRecords input = switch (format) {
            case CSV -> InputRecords.csv(spark, in);
            case PARQUET -> InputRecords.parquet(spark, in);
        };
        BatchRows check = BatchRows.of(model.sheet(), input.header(), outputs);
        String[] header = input.header();
        LongAccumulator rows = spark.sparkContext().longAccumulator("rows");
        LongAccumulator failed = spark.sparkContext().longAccumulator("failed rows");
        CollectionAccumulator<String> failures = spark.sparkContext().collectionAccumulator("first failures");

        JavaRDD<String> lines = input.rows().mapPartitions(partition -> {
            BatchRows batch = BatchRows.of(model.sheet(), header, outputs);
            return new OutputLines(batch, InputRecords.chunks(partition, CHUNK_ROWS), rows, failed, failures);
        });
        spark.createDataset(lines.rdd(), Encoders.STRING()).write().option("lineSep", "\r\n").text(out);
        PartFiles.nameAsCsv(spark, out);
        List<String> kept = failures.value();
        return new Summary(rows.value(), failed.value(), kept.subList(0, Math.min(FAILURES_KEPT, kept.size())),
                check.readsAnyInput());
    }

    /** The header, then each computed row as its own line (without its CRLF, which the writer adds). */
    private static final class OutputLines implements Iterator<String> {
        private final BatchRows batch;
        private final Iterator<List<BatchRows.Input>> chunks;
        private final LongAccumulator rows, failed;
        private final CollectionAccumulator<String> failures;
        private final List<String> pending = new ArrayList<>();
        private int next;
        private int failuresKept;

        OutputLines(BatchRows batch, Iterator<List<BatchRows.Input>> chunks, LongAccumulator rows, LongAccumulator failed,
                    CollectionAccumulator<String> failures) {
            this.batch = batch;
            this.chunks = chunks;
            this.rows = rows;
            this.failed = failed;
            this.failures = failures;
            String header = batch.header();
            pending.add(header.substring(0, header.length() - 2));
        }

        @Override
        public boolean hasNext() {
            while (next == pending.size()) {
                if (!chunks.hasNext()) return false;
                pending.clear();
                next = 0;
                List<BatchRows.Input> chunk = chunks.next();
                BatchRows.Output output = batch.compute(chunk);
                CsvRows.split(output.text(), pending);
                rows.add(chunk.size());
                failed.add(output.failures().size());
                for (String f : output.failures()) if (failuresKept++ < FAILURES_KEPT) failures.add(f);
            }
            return true;
        }

        @Override
        public String next() {
            if (!hasNext()) throw new java.util.NoSuchElementException();
            return pending.get(next++);
        }
    }
}
