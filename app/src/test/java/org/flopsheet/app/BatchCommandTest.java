package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `flopsheet batch` as a user runs it. Results are read back with FastCSV, an RFC 4180 reader
 * independent of the one batch uses, and checked against `flopsheet eval --set` row by row.
 */
class BatchCommandTest {
    static final String FINVEDEN = "../workbooks/finveden.flop";
    static final String SWEEP = "../workbooks/finveden-sweep.csv";
    static final List<String> OUTPUTS = List.of("p", "runtime_flop", "tokens_per_s", "parallel_tasks");

    @TempDir
    Path dir;

    static List<List<String>> csv(Path file) throws Exception {
        return csv(Files.readString(file));
    }

    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord r : CsvReader.builder().skipEmptyLines(false).ignoreDifferentFieldCount(true).ofCsvRecord(text)) rows.add(r.getFields());
        return rows;
    }

    /** The base case of `flopsheet eval --json` with {@code settings} as --set options. */
    static JsonNode eval(Map<String, String> settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("eval", FINVEDEN, "--json"));
        settings.forEach((name, value) -> args.addAll(List.of("--set", name + "=" + value)));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out()).get("base");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theSweepGivesForEveryRowWhatEvalSetGives() throws Exception {
        Path out = dir.resolve("results.csv");
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", SWEEP, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("batch: 200 rows in"), run.err());
        List<List<String>> in = csv(Path.of(SWEEP)), results = csv(out);
        assertEquals(in.size(), results.size());
        assertEquals(List.of("label", "training_flop", "duration", "task_rate", "p", "runtime_flop", "tokens_per_s", "parallel_tasks", "error"),
                results.getFirst());
        for (int r = 1; r < in.size(); r++) {
            List<String> row = results.get(r);
            assertEquals(in.get(r), row.subList(0, 4), "the input columns pass through untouched");
            JsonNode expected = eval(Map.of("training_flop", row.get(1), "duration", row.get(2), "task_rate", row.get(3)));
            for (int o = 0; o < OUTPUTS.size(); o++) {
                assertEquals(expected.get(OUTPUTS.get(o)).asDouble(), Double.parseDouble(row.get(4 + o)), 0.0, "row " + (r + 1) + " " + OUTPUTS.get(o));
            }
            assertEquals("", row.get(8));
        }
    }

    @Test
    void otherColumnsPassThroughInPlaceAndMissingInputsKeepTheirDefaults() throws Exception {
        Path in = write("in.csv", "note,Duration ,id\nfirst,2e7,17\n\"second, quoted\",,18\n");
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", in.toString(), "--outputs", "parallel_tasks,p");
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = csv(run.out());
        assertEquals(List.of("note", "Duration ", "id", "parallel_tasks", "p", "error"), rows.get(0));
        assertEquals(List.of("first", "2e7", "17"), rows.get(1).subList(0, 3));
        assertEquals(List.of("second, quoted", "", "18"), rows.get(2).subList(0, 3));
        assertEquals(eval(Map.of("duration", "2e7")).get("parallel_tasks").asDouble(), Double.parseDouble(rows.get(1).get(3)), 0.0);
        assertEquals(eval(Map.of()).get("parallel_tasks").asDouble(), Double.parseDouble(rows.get(2).get(3)), 0.0);
        assertEquals(eval(Map.of()).get("p").asDouble(), Double.parseDouble(rows.get(2).get(4)), 0.0);
    }

    @Test
    void rowsKeepTheirOrderWhenManyThreadsComputeThem() throws Exception {
        StringBuilder text = new StringBuilder("id,training_flop\n");
        int n = 30_000;
        for (int i = 1; i <= n; i++) text.append(i).append(',').append(i).append("e20\n");
        Path out = dir.resolve("out.csv");
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", write("in.csv", text.toString()).toString(), "--out", out.toString(), "--threads", "4");
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = csv(out);
        assertEquals(n + 1, rows.size());
        Sheet sheet = Compiler.compile(Path.of(FINVEDEN));
        for (int i = 1; i <= n; i++) {
            assertEquals(Integer.toString(i), rows.get(i).get(0));
            Evaluation expected = sheet.evaluate(Map.of("training_flop", Double.parseDouble(i + "e20")));
            assertEquals(expected.number("parallel_tasks"), Double.parseDouble(rows.get(i).get(5)), 0.0, "row " + (i + 1));
        }
    }

    @Test
    void quotedFieldsCrlfAndAByteOrderMarkAreRead() throws Exception {
        String text = "\uFEFFlabel,training_flop\r\n\"a, b\",3e25\r\n\"say \"\"hi\"\"\",3e27\r\n\"two\r\nlines\",3e29\r\n";
        Path in = dir.resolve("in.csv");
        Files.write(in, text.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().startsWith("\uFEFF"));
        List<List<String>> rows = csv(run.out());
        assertEquals(List.of("label", "training_flop"), rows.get(0).subList(0, 2));
        assertEquals(List.of("a, b", "say \"hi\"", "two\r\nlines"), rows.stream().skip(1).map(r -> r.get(0)).toList());
        assertEquals(eval(Map.of("training_flop", "3e29")).get("parallel_tasks").asDouble(), Double.parseDouble(rows.get(3).get(5)), 0.0);
    }

    @Test
    void badRowsKeepTheirPlaceWithAMessageAndTheExitStatusSaysSo() throws Exception {
        String text = String.join("\n",
                "label,duration,task_rate",
                "good,1e7,10",
                "word,abc,10",
                "short,1e7",
                "long,1e7,10,extra",
                "",
                "half,1e,10",
                "unit,4 parsec,10",
                "months,4 month,10",
                "good again,2e7,5") + "\n";
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", write("in.csv", text).toString());
        assertEquals(4, run.exitCode(), run.err());
        List<List<String>> rows = csv(run.out());
        assertEquals(10, rows.size(), "rows out = rows in");
        assertEquals(List.of("label", "duration", "task_rate", "p", "runtime_flop", "tokens_per_s", "parallel_tasks", "error"), rows.get(0));
        List<String> errors = rows.stream().skip(1).map(r -> r.get(r.size() - 1)).toList();
        assertEquals("", errors.get(0));
        assertEquals("row 3 (line 3 of the file), column duration: 'abc' is not a number", errors.get(1));
        assertEquals("row 4 (line 4 of the file): 2 fields, but the header has 3; check for an unquoted comma or a missing field", errors.get(2));
        assertEquals("row 5 (line 5 of the file): 4 fields, but the header has 3 (fields past the header's last column are left out);"
                + " check for an unquoted comma or a missing field", errors.get(3));
        assertEquals("row 6 (line 6 of the file): the line is blank; expected 3 fields as in the header", errors.get(4));
        assertEquals("row 7 (line 7 of the file), column duration: '1e' is not a number", errors.get(5));
        assertTrue(errors.get(6).startsWith("row 8 (line 8 of the file), column duration: ") && errors.get(6).contains("parsec"), errors.get(6));
        assertEquals("", errors.get(7));
        assertEquals("", errors.get(8));
        for (int r : new int[] {2, 3, 4, 5, 6, 7}) {
            assertEquals(List.of("", "", "", ""), rows.get(r).subList(3, 7), "outputs of bad row " + (r + 1) + " are empty");
        }
        assertEquals(List.of("short", "1e7", ""), rows.get(3).subList(0, 3));
        assertEquals(eval(Map.of("duration", "4month")).get("tokens_per_s").asDouble(), Double.parseDouble(rows.get(8).get(5)), 0.0);
        assertTrue(run.err().contains("batch: 9 rows in"), run.err());
        assertTrue(run.err().contains(", 6 failed"), run.err());
        assertTrue(run.err().contains("  row 3 (line 3 of the file), column duration: 'abc' is not a number"), run.err());
    }

    @Test
    void excelErrorsAreResultsNotFailures() throws Exception {
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", write("in.csv", "training_flop,task_rate\n-1,10\n3e25,0\n").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = csv(run.out());
        assertEquals(List.of("-1", "10", "#NUM!", "#NUM!", "#NUM!", "#NUM!", ""), rows.get(1));
        assertEquals("#DIV/0!", rows.get(2).get(5));
        assertEquals("", rows.get(2).get(6));
    }

    @Test
    void aHeaderNamingAFormulaIsAnErrorThatSaysSo() throws Exception {
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", write("in.csv", "training_flop,p\n1,2\n").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("column 2 of the header, 'p', is a formula of sheet 'finveden', not an input"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void badCommandLinesAndFilesAreUsageErrors() throws Exception {
        CliRun duplicate = CliRun.of("batch", FINVEDEN, "--in", write("dup.csv", "k,K\n1,2\n").toString());
        assertEquals(2, duplicate.exitCode());
        assertTrue(duplicate.err().contains("columns 1 and 2 of the header both name input 'k'"), duplicate.err());

        CliRun empty = CliRun.of("batch", FINVEDEN, "--in", write("empty.csv", "").toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("the input CSV is empty"), empty.err());

        CliRun unknown = CliRun.of("batch", FINVEDEN, "--in", SWEEP, "--outputs", "parallel_task");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--outputs names 'parallel_task', which is not in sheet 'finveden'"), unknown.err());

        CliRun missing = CliRun.of("batch", FINVEDEN, "--in", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path broken = write("broken.flop", "input a = 1\nb = a +\n");
        assertEquals(1, CliRun.of("batch", broken.toString(), "--in", SWEEP).exitCode());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanAltered() throws Exception {
        Path in = dir.resolve("latin1.csv");
        Files.write(in, "training_flop,label\n3e27,caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("results.csv");
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", in.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("latin1.csv: the file is not UTF-8 text (bytes that are not UTF-8 at or after line 1)"), run.err());
        assertTrue(!Files.exists(out), "nothing written");
    }

    @Test
    void aRunThatFailsMidwayLeavesTheOldResultsIntactAndNoTemporaryFile() throws Exception {
        Path out = write("results.csv", "the results of an earlier good run\n");
        StringBuilder text = new StringBuilder("training_flop\n");
        for (int i = 0; i < 10_000; i++) text.append("3e25\n");
        text.append("\"3e25\n3e25\n");
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", write("in.csv", text.toString()).toString(), "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("in.csv: line 10002: a quoted field opened here is never closed"), run.err());
        assertTrue(run.err().contains(out + " was not written"), run.err());
        assertEquals("the results of an earlier good run\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("in.csv", "results.csv"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }

        CliRun good = CliRun.of("batch", FINVEDEN, "--in", SWEEP, "--out", out.toString());
        assertEquals(0, good.exitCode(), good.err());
        assertEquals(201, csv(out).size());
        Path ordinary = write("ordinary.txt", "");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(out), "results are not private to the owner");
        }
    }

    @Test
    void aDashReadsStdinAndNoOutWritesStdout() throws Exception {
        Path out = dir.resolve("results.csv");
        assertEquals(0, CliRun.of("batch", FINVEDEN, "--in", SWEEP, "--out", out.toString()).exitCode());
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(SWEEP))));
            CliRun run = CliRun.of("batch", FINVEDEN, "--in", "-", "--out", "-");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(Files.readString(out), run.out());
        } finally {
            System.setIn(stdin);
        }
    }
}
