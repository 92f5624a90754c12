package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `flopsheet sensitivity` as a user runs it. */
class SensitivityCommandTest {
    static final String FINVEDEN = "../workbooks/finveden.flop";

    @ParameterizedTest(name = "parallel_tasks ∝ {0}^{1}")
    @CsvSource({"training_flop, 0.5", "h, 0.5", "m, 0.5", "k, -0.5", "duration, -1", "task_rate, -1"})
    void jsonElasticitiesAreTheClosedFormsExponents(String input, double exponent) throws Exception {
        CliRun run = CliRun.of("sensitivity", FINVEDEN, "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(exponent, doc.at("/elasticities/parallel_tasks/" + input).asDouble(), 0);
        assertEquals("exact", doc.at("/methods/parallel_tasks/" + input).asText());
    }

    @Test
    void theTornadoIsSortedWidestFirstAndItsEndsAreTheSheetsValues() throws Exception {
        CliRun run = CliRun.of("sensitivity", FINVEDEN, "--json", "--output", "parallel_tasks", "--factor", "3");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(1, doc.get("elasticities").size());
        JsonNode bars = doc.at("/tornado/bars");
        assertEquals(6, bars.size());
        List<Double> swings = new ArrayList<>();
        for (JsonNode bar : bars) swings.add(bar.get("swing").asDouble());
        for (int i = 1; i < swings.size(); i++) assertTrue(swings.get(i - 1) >= swings.get(i), swings.toString());
        double base = doc.at("/tornado/base").asDouble();
        JsonNode first = bars.get(0);
        assertTrue(first.get("input").asText().equals("duration") || first.get("input").asText().equals("task_rate"));
        // parallel_tasks ∝ duration^-1: a third of the duration triples it
        assertEquals(3 * base, first.get("outputAtLow").asDouble(), 1e-9 * base);
        assertEquals(base / 3, first.get("outputAtHigh").asDouble(), 1e-9 * base);
    }

    @Test
    void theTableListsElasticitiesAndDrawsTheTornado() {
        CliRun run = CliRun.of("sensitivity", FINVEDEN);
        assertEquals(0, run.exitCode(), run.err());
        String tasks = run.out().lines().filter(l -> l.startsWith("  parallel_tasks ")).findFirst().orElseThrow();
        assertTrue(tasks.contains("training_flop 0.5") && tasks.contains("duration -1"), tasks);
        assertTrue(run.out().contains("Tornado for parallel_tasks"), run.out());
        assertTrue(run.out().contains("each input ÷2 and ×2"), run.out());
        assertTrue(run.out().contains("|"), run.out());
    }

    @Test
    void numericalElasticitiesAreMarkedAndStateTheirStep() {
        CliRun run = CliRun.of("sensitivity", "../workbooks/chinchilla.flop", "--output", "loss");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("~"), run.out());
        assertTrue(run.out().contains("central difference (input ± 0.001%)"), run.out());
    }

    @Test
    void anUnknownOutputIsRefused() {
        CliRun run = CliRun.of("sensitivity", FINVEDEN, "--output", "nope");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("the outputs are: p, runtime_flop"), run.err());
    }
}
