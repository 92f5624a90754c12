package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `flopsheet batch` with distributions in CSV cells: refused with the row and column without
 * --samples; with it, every row is simulated and its percentile columns are what `simulate --set`
 * gives for the same values, samples and seed.
 */
class BatchDistributionsTest {
    static final String FINVEDEN = "../workbooks/finveden.flop";

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("in.csv"), text);
    }

    @Test
    void withoutSamplesADistributionIsRefusedNamingRowAndColumn() throws Exception {
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", csv("training_flop,duration\n3e25,1e7\n1e25 to 1e27,1e7\n").toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("row 3 (line 3 of the file), column training_flop: '1e25 to 1e27' is a distribution; add --samples N"), run.err());
        List<List<String>> rows = BatchCommandTest.csv(run.out());
        assertEquals("", rows.get(1).getLast(), "the plain row is computed");
        assertEquals("", rows.get(2).get(2 + 3), "the refused row has no outputs");
    }

    @ParameterizedTest(name = "{0}={1} (and {2}={3})")
    @CsvSource({
        "training_flop, 1e25 to 1e27,             duration, 1e7",
        "training_flop, 1e26,                     duration, 2 month to 8 month",
        "training_flop, 'lognormal(58.5, 1.2)',   task_rate, 'normal(10 token/s, 1 token/s)'",
        "task_rate,     'uniform(5, 20)',         duration, 4 month",
    })
    void percentileColumnsAreSimulatesFiguresForTheSameRow(String first, String firstValue, String second, String secondValue) throws Exception {
        Path in = csv(first + "," + second + "\n\"" + firstValue + "\",\"" + secondValue + "\"\n");
        CliRun batch = CliRun.of("batch", FINVEDEN, "--in", in.toString(), "--samples", "20000", "--seed", "5");
        assertEquals(0, batch.exitCode(), batch.err());
        List<List<String>> rows = BatchCommandTest.csv(batch.out());
        List<String> header = rows.get(0), row = rows.get(1);
        CliRun simulate = CliRun.of("simulate", FINVEDEN, "--samples", "20000", "--seed", "5", "--json",
                "--set", first + "=" + firstValue, "--set", second + "=" + secondValue);
        assertEquals(0, simulate.exitCode(), simulate.err());
        JsonNode expected = new ObjectMapper().readTree(simulate.out()).get("quantities");
        for (String output : List.of("p", "runtime_flop", "tokens_per_s", "parallel_tasks")) {
            for (String key : List.of("p5", "p50", "p95")) {
                double got = Double.parseDouble(row.get(header.indexOf(output + "." + key)));
                assertEquals(expected.at("/" + output + "/" + key).asDouble(), got, 0.0, output + "." + key);
            }
        }
        assertEquals("", row.get(header.indexOf("sample_errors")));
        assertEquals("error", header.getLast());
    }

    @Test
    void theSpreadOfALognormalRowIsItsClosedForm() throws Exception {
        // parallel_tasks is proportional to sqrt(training_flop): its 5th and 95th percentiles are the point value times sqrt(1e25/3e25) and sqrt(1e27/3e25)
        Path in = csv("training_flop\n3e25\n1e25 to 1e27\n");
        CliRun run = CliRun.of("batch", FINVEDEN, "--in", in.toString(), "--samples", "400000", "--outputs", "parallel_tasks");
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = BatchCommandTest.csv(run.out());
        assertEquals(List.of("training_flop", "parallel_tasks", "parallel_tasks.p5", "parallel_tasks.p50", "parallel_tasks.p95", "sample_errors", "error"),
                rows.get(0));
        double point = Double.parseDouble(rows.get(1).get(1));
        for (int k = 2; k <= 4; k++) assertEquals(point, Double.parseDouble(rows.get(1).get(k)), 0.0, "a row of plain values has no spread");
        double median = point * Math.sqrt(10 / 3.0);
        assertEquals(median, Double.parseDouble(rows.get(2).get(1)), median * 1e-15, "the point value of a distribution is its median");
        assertEquals(point * Math.sqrt(1 / 3.0), Double.parseDouble(rows.get(2).get(2)), point * 0.01);
        assertEquals(median, Double.parseDouble(rows.get(2).get(3)), median * 0.01);
        assertEquals(point * Math.sqrt(100 / 3.0), Double.parseDouble(rows.get(2).get(4)), point * 0.1);
    }

    @Test
    void samplesThatAreErrorsAreCountedInTheirOwnColumn() throws Exception {
        Path model = Files.writeString(dir.resolve("root.flop"), "input x = 4\nroot = sqrt(x)\n");
        CliRun run = CliRun.of("batch", model.toString(), "--in", csv("x\n\"normal(0, 1)\"\n9\n").toString(), "--samples", "10000");
        assertEquals(0, run.exitCode(), run.err());
        List<List<String>> rows = BatchCommandTest.csv(run.out());
        String errors = rows.get(1).get(rows.get(0).indexOf("sample_errors"));
        assertTrue(errors.matches("root: \\d+ of 10000 samples #NUM!, left out of its percentiles"), errors);
        long count = Long.parseLong(errors.replaceAll("root: (\\d+) of.*", "$1"));
        assertTrue(count > 4700 && count < 5300, "half of normal(0, 1) is negative: " + count);
        assertEquals(List.of("9", "3", "3", "3", "3", "", ""), rows.get(2));
    }
}
