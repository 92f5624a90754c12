package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `flopsheet solve` as a user runs it. */
class SolveCommandTest {
    static final String FINVEDEN = "../workbooks/finveden.flop";

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void trainingFlopForHundredMillionTasksIsExact() throws Exception {
        CliRun run = CliRun.of("solve", FINVEDEN, "--target", "parallel_tasks=1e8", "--vary", "training_flop", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = json(run);
        assertEquals("exact", doc.get("method").asText());
        assertEquals(0.5, doc.get("exponent").asDouble());
        double closedForm = Math.pow(1e8 * 1e7 * 10, 2) * 1.5 / (3 * 1.5 * 20);
        assertEquals(closedForm, doc.get("value").asDouble(), 1e-14 * closedForm);
        assertEquals("FLOP", doc.get("unit").asText());
    }

    @Test
    void theTableSaysExactAndShowsTheValue() {
        CliRun run = CliRun.of("solve", FINVEDEN, "--target", "parallel_tasks=1e8", "--vary", "training_flop");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("training_flop = 1.667E+30 FLOP"), run.out());
        assertTrue(run.out().contains("Exact: along its chain of formulas parallel_tasks ∝ training_flop^0.5"), run.out());
    }

    @ParameterizedTest(name = "--target {0}")
    @CsvSource(delimiter = '|', value = {
        "tokens_per_s=4e6 token/s    | 4e6",
        "tokens_per_s=345.6e9 token/day | 4e6",
        "tokens_per_s=4 Mtoken/s     | 4e6",
    })
    void aTargetMayCarryAnyUnitOfTheOutputsDimension(String target, double inTokensPerSecond) throws Exception {
        String[] parts = target.split(" ", 2);
        String[] args = parts.length == 2
                ? new String[] {"solve", FINVEDEN, "--target", parts[0], parts[1], "--vary", "duration", "--json"}
                : new String[] {"solve", FINVEDEN, "--target", parts[0], "--vary", "duration", "--json"};
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = json(run);
        assertEquals(inTokensPerSecond, doc.get("target").asDouble(), 1e-9 * inTokensPerSecond);
        double tokensPerSecondNow = Math.sqrt(3 * 3e25 * 1.5 * 20 / 1.5) / 1e7;
        assertEquals(1e7 * tokensPerSecondNow / inTokensPerSecond, doc.get("value").asDouble(), 1e-6);
    }

    @Test
    void aNegativeTargetHasNoSolutionAndExitsWithFour() throws Exception {
        CliRun run = CliRun.of("solve", FINVEDEN, "--target", "parallel_tasks=-5", "--vary", "training_flop", "--json");
        assertEquals(4, run.exitCode(), run.err());
        assertEquals("none", json(run).get("method").asText());
        assertTrue(json(run).get("explanation").asText().contains("never reaches -5"));
    }

    @Test
    void severalSolutionsAreAllListed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("parabola.flop");
        Files.writeString(file, "input x = 1\ny = (x - 3)^2 + 1\n");
        CliRun run = CliRun.of("solve", file.toString(), "--target", "y=2", "--vary", "x");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("2 values of x make y = 2"), run.out());
        assertTrue(run.out().contains("x = 2  (2)") && run.out().contains("x = 4  (4)"), run.out());
        assertTrue(run.out().contains("Brent's method"), run.out());
    }

    @Test
    void aScenarioIsTheStartingPoint() throws Exception {
        CliRun run = CliRun.of("solve", FINVEDEN, "--target", "parallel_tasks=1e8", "--vary", "duration", "--scenario", "training_flop=3e29", "--json");
        assertEquals(0, run.exitCode(), run.err());
        double tasks = Math.sqrt(3 * 3e29 * 1.5 * 20 / 1.5) / (1e7 * 10);
        assertEquals(1e7 * tasks / 1e8, json(run).get("value").asDouble(), 1e-6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--target parallel_task=1e8 --vary training_flop   | did you mean 'parallel_tasks'?",
        "--target training_flop=1e8 --vary duration        | 'training_flop' is an input",
        "--target parallel_tasks=1e8 --vary p              | 'p' is a formula",
        "--target parallel_tasks=4 s --vary duration       | parallel_tasks",
        "--target parallel_tasks --vary duration           | --target takes OUTPUT=VALUE",
    })
    void badQuestionsAreRefusedWithWhatToDo(String args, String message) {
        String[] split = ("solve " + FINVEDEN + " " + args).split(" ");
        CliRun run = CliRun.of(split);
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains(message), run.err());
    }
}
