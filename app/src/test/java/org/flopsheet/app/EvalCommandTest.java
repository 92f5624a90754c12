package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flopsheet eval` and `flopsheet check` as a user runs them. */
class EvalCommandTest {
    static final String FINVEDEN = "../workbooks/finveden.flop";

    @Test
    void tablePrintsTheSeedsFiguresForEveryScenario() {
        CliRun run = CliRun.of("eval", FINVEDEN);
        assertEquals(0, run.exitCode(), run.err());
        String row = run.out().lines().filter(l -> l.contains("parallel_tasks")).findFirst().orElseThrow();
        for (String figure : new String[] {"4.24E+05", "4.24E+06", "4.24E+07", "4.24E+09"}) {
            assertTrue(row.contains(figure), row);
        }
        assertTrue(run.out().contains("FLOP/(param*token)"), run.out());
    }

    @Test
    void jsonHasEveryQuantityForTheBaseCaseAndEveryScenario() throws Exception {
        CliRun run = CliRun.of("eval", FINVEDEN, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("finveden", doc.get("sheet").asText());
        assertEquals(3e25 / 1e7 / (1.5 * Math.sqrt(3e25 / (3 * 1.5 * 1.5 * 20))) / 10, doc.at("/base/parallel_tasks").asDouble(), 1e-6);
        assertEquals(4, doc.get("scenarios").size());
        assertEquals(3e33, doc.at("/scenarios/training_flop=3e33/training_flop").asDouble());
    }

    @Test
    void errorsAppearAsTheirExcelText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("errors.flop");
        Files.writeString(file, "input z = 0\nratio = 1 / z\nroot = sqrt(-1)\nok = 2 > 1\n");
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("eval", file.toString(), "--json").out());
        assertEquals("#DIV/0!", doc.at("/base/ratio").asText());
        assertEquals("#NUM!", doc.at("/base/root").asText());
        assertTrue(doc.at("/base/ok").asBoolean());
    }

    @Test
    void setOverridesAnInputWithOrWithoutAUnit() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("eval", FINVEDEN, "--json",
                "--set", "training_flop=3e27", "--set", "duration=4month").out());
        assertEquals(3e27, doc.at("/base/training_flop").asDouble());
        assertEquals(4 * 2629800.0, doc.at("/base/duration").asDouble());
    }

    @Test
    void toShowsAQuantityInAnotherUnit() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("eval", FINVEDEN, "--json", "--to", "duration=day").out());
        assertEquals(1e7 / 86400, doc.at("/base/duration").asDouble(), 1e-9);
        assertEquals("day", doc.at("/quantities/6/unit").asText());
    }

    @Test
    void scenarioSelectsOneColumn() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("eval", FINVEDEN, "--json", "--scenario", "training_flop=3e29").out());
        assertEquals(1, doc.get("scenarios").size());
        assertTrue(doc.get("base") == null);
    }

    @Test
    void unknownInputIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("eval", FINVEDEN, "--set", "training_flops=1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("did you mean 'training_flop'?"), run.err());
    }

    @Test
    void settingAFormulaIsRefused() {
        CliRun run = CliRun.of("eval", FINVEDEN, "--set", "p=1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'p' is a formula"), run.err());
    }

    @Test
    void unknownScenarioListsTheScenarios() {
        CliRun run = CliRun.of("eval", FINVEDEN, "--scenario", "huge");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("training_flop=3e27"), run.err());
    }

    @Test
    void missingFileSaysSo() {
        CliRun run = CliRun.of("eval", "no/such/model.flop");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file: no/such/model.flop"), run.err());
    }

    @Test
    void modelErrorsExitWithOneAndPointAtTheSpot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.flop");
        Files.writeString(file, "input a = 1 FLOP\nb = a + (2 s)\n");
        CliRun run = CliRun.of("check", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith(file + ":2:7: cannot add FLOP and s"), run.err());
    }

    @Test
    void checkReportsWhatItFound() {
        CliRun run = CliRun.of("check", FINVEDEN);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ok: sheet 'finveden', 6 inputs, 4 formulas, 4 scenarios"), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"eval", "check"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: flopsheet " + command), run.out());
        }
    }
}
