package org.flopsheet.spark;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.flopsheet.app.UserError;
import org.flopsheet.app.batch.BatchRows;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;

/**
 * The input of a Spark batch as batch numbers its records: a header, then rows 2, 3, ... A CSV is read
 * line by line (so Spark can split it); Parquet columns become the text batch would have read.
 */
record InputRecords(String[] header, JavaRDD<BatchRows.Input> rows) {

    /** A CSV file or folder of files: UTF-8, one record per line, the first line the header. */
    static InputRecords csv(SparkSession spark, String path) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<byte[]> lines = jsc.hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class)
                .map(pair -> java.util.Arrays.copyOf(pair._2().getBytes(), pair._2().getLength()));
        List<byte[]> first = lines.take(1);
        if (first.isEmpty()) {
            throw new UserError(path + ": the input CSV is empty: its first row must name the inputs to set");
        }
        String headerLine = decode(first.get(0), 1);
        if (headerLine.startsWith("\uFEFF")) headerLine = headerLine.substring(1);
        String[] header = fields(headerLine, 1);
        JavaRDD<BatchRows.Input> rows = lines.zipWithIndex()
                .filter(line -> line._2() > 0)
                .map(line -> {
                    long row = line._2() + 1;
                    return new BatchRows.Input(row, fields(decode(line._1(), row), row));
                });
        return new InputRecords(header, rows);
    }

    /** A Parquet file or folder: column names are the header; each value is written as batch would read it. */
    static InputRecords parquet(SparkSession spark, String path) {
        var frame = spark.read().parquet(path);
        String[] header = java.util.Arrays.stream(frame.schema().fields()).map(StructField::name).toArray(String[]::new);
        JavaRDD<BatchRows.Input> rows = frame.javaRDD().zipWithIndex()
                .map(pair -> new BatchRows.Input(pair._2() + 2, cells(pair._1())));
        return new InputRecords(header, rows);
    }

    private static String[] cells(Row row) {
        String[] out = new String[row.length()];
        for (int i = 0; i < out.length; i++) out[i] = CellText.of(row.get(i));
        return out;
    }

    private static String decode(byte[] bytes, long row) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserError("line " + row + " is not UTF-8 text; save the file as UTF-8, e.g. Excel's \"CSV UTF-8\", and run again");
        }
    }

    private static String[] fields(String line, long row) {
        try {
            return BatchRows.fields(line);
        } catch (IllegalArgumentException e) {
            throw new UserError("line " + row + ": " + e.getMessage() + "; flopsheet-spark reads one record per line,"
                    + " so a field may not hold a line break (remove it, or use flopsheet batch, which reads such fields)");
        }
    }

    /** Groups rows into lists of {@code size}, the unit the batch evaluator works in. */
    static Iterator<List<BatchRows.Input>> chunks(Iterator<BatchRows.Input> rows, int size) {
        return new Iterator<>() {
            public boolean hasNext() { return rows.hasNext(); }
            public List<BatchRows.Input> next() {
                List<BatchRows.Input> chunk = new ArrayList<>(size);
                while (chunk.size() < size && rows.hasNext()) chunk.add(rows.next());
                return chunk;
            }
        };
    }

}
