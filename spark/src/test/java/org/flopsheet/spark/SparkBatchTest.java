package org.flopsheet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.flopsheet.app.batch.BatchCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** flopsheet-spark batch in local[2] against flopsheet batch on the same input: the same rows, byte for byte. */
class SparkBatchTest {
    static final Path FINVEDEN = Path.of("..", "workbooks", "finveden.flop");

    @TempDir Path dir;

    @Test
    void writesTheRowsOfFlopsheetBatchIncludingBadRows() throws IOException {
        Path csv = dir.resolve("sweep.csv");
        Files.writeString(csv, sweepWithBadRows(3000));
        Path expected = dir.resolve("batch.csv");
        assertEquals(4, batch(FINVEDEN, csv, expected), "the sweep has bad rows, so batch exits 4");

        SparkCliRun run = SparkCliRun.spark("batch", FINVEDEN.toString(), "--in", csv.toString(), "--out", dir.resolve("out").toString(), "--master", "local[2]");
        assertEquals(4, run.exitCode(), run.err());

        List<Path> parts = parts(dir.resolve("out"));
        assertTrue(parts.size() >= 2, "a 2-core local run splits the input: " + parts);
        String header = Files.readString(expected).lines().findFirst().orElseThrow() + "\r\n";
        StringBuilder joined = new StringBuilder(header);
        for (Path part : parts) {
            String text = Files.readString(part);
            assertTrue(text.startsWith(header), part + " starts with the header");
            joined.append(text.substring(header.length()));
        }
        assertEquals(Files.readString(expected), joined.toString());
        assertTrue(run.err().contains("3,005 rows") && run.err().contains(", 3 failed"), run.err());

        SparkCliRun again = SparkCliRun.spark("batch", FINVEDEN.toString(), "--in", csv.toString(), "--out", dir.resolve("out").toString(), "--master", "local[1]");
        assertEquals(2, again.exitCode(), again.err());
        assertTrue(again.err().contains("already exists; name a new folder"), again.err());
    }

    @Test
    void readsParquetColumnsAsBatchReadsTheirText() throws IOException {
        Path parquet = dir.resolve("in.parquet");
        StructType schema = new StructType().add("label", DataTypes.StringType).add("training_flop", DataTypes.DoubleType)
                .add("duration", DataTypes.DoubleType).add("task_rate", DataTypes.LongType);
        List<org.apache.spark.sql.Row> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder("label,training_flop,duration,task_rate\n");
        for (int i = 0; i < 200; i++) {
            double flop = 3e23 * Math.pow(1.1, i), duration = 2.6e6 + 1000.5 * i;
            Object rate = i % 50 == 7 ? null : (Object) (long) (10 + i % 3);
            rows.add(RowFactory.create("run " + i, flop, duration, rate));
            csv.append("run ").append(i).append(',').append(CellText.of(flop)).append(',').append(CellText.of(duration))
                    .append(',').append(CellText.of(rate)).append('\n');
        }
        try (SparkSession spark = Sessions.start("local[2]")) {
            spark.createDataFrame(rows, schema).write().parquet(parquet.toString());
        }
        Path csvFile = dir.resolve("same.csv");
        Files.writeString(csvFile, csv);
        Path expected = dir.resolve("batch.csv");
        assertEquals(0, batch(FINVEDEN, csvFile, expected));

        SparkCliRun run = SparkCliRun.spark("batch", FINVEDEN.toString(), "--in", parquet.toString(), "--out", dir.resolve("out").toString(), "--master", "local[2]");
        assertEquals(0, run.exitCode(), run.err());
        List<String> got = new ArrayList<>();
        String header = null;
        for (Path part : parts(dir.resolve("out"))) {
            List<String> lines = Files.readString(part).lines().toList();
            header = lines.get(0);
            got.addAll(lines.subList(1, lines.size()));
        }
        List<String> want = Files.readString(expected).lines().toList();
        assertEquals(want.get(0), header);
        assertEquals(want.size() - 1, got.size(), "rows: " + parts(dir.resolve("out")));
        // Spark reads the files of a Parquet folder in an order of its own (largest first), so rows are compared as a set.
        assertEquals(want.subList(1, want.size()).stream().sorted().toList(), got.stream().sorted().toList());
    }

    @Test
    void aModelThatDoesNotCompileIsRefusedBeforeAnyJob() throws IOException {
        Path model = dir.resolve("broken.flop");
        Files.writeString(model, "sheet broken\ninput a = 1 FLOP\nb = a + 1 s\n");
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "a\n1\n");
        SparkCliRun run = SparkCliRun.spark("batch", model.toString(), "--in", csv.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.flop:3:"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void refusesBytesThatAreNotUtf8AndFieldsThatSpanLines() throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "label,duration\ncaf\u00e9,1e7\n".getBytes(StandardCharsets.ISO_8859_1));
        SparkCliRun run = SparkCliRun.spark("batch", FINVEDEN.toString(), "--in", latin1.toString(), "--out", dir.resolve("o1").toString(), "--master", "local[1]");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("line 2 is not UTF-8"), run.err());

        Path spanning = dir.resolve("spanning.csv");
        Files.writeString(spanning, "label,duration\n\"two\nlines\",1e7\n");
        run = SparkCliRun.spark("batch", FINVEDEN.toString(), "--in", spanning.toString(), "--out", dir.resolve("o2").toString(), "--master", "local[1]");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("line 2: a quoted field opened on this line is not closed"), run.err());
    }

    /** Finveden inputs over a grid, with rows batch must keep and mark: text, a unit, blanks, a short row. */
    static String sweepWithBadRows(int n) {
        StringBuilder s = new StringBuilder("label,training_flop,duration,task_rate\r\n");
        for (int i = 0; i < n; i++) {
            s.append("\"run ").append(i).append(", \u00e9t\u00e9\",").append(3e23 * (1 + i % 97)).append(',')
                    .append(2.6e6 * (1 + i % 5)).append(',').append(10 + i % 7).append("\r\n");
            if (i == 10) s.append("bad text,abc,1e7,10\r\n");
            if (i == 1500) s.append("\r\n");
            if (i == 2000) s.append("short row,3e25\r\n");
            if (i == 2500) s.append("with a unit,3e25,4 month,\r\n");
            if (i == 2600) s.append("zero rate,3e25,1e7,0\r\n");
        }
        return s.toString();
    }

    static int batch(Path model, Path in, Path out) {
        return new CommandLine(new BatchCommand()).execute(model.toString(), "--in", in.toString(), "--out", out.toString());
    }

    static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
