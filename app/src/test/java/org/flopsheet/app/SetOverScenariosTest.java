package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code eval --set} on an input that scenarios set: the set value replaces the scenario's. A scenario
 * left with nothing of its own equals the base case and is not shown (a line says so); one that keeps
 * other settings stays, and a line names what was replaced. No column is headed by a value it does not use.
 */
class SetOverScenariosTest {
    static final String SHEET = """
            sheet runs "Runs"
            input flop = 1e25 FLOP
            input days = 100 day
            flop_per_day = flop / days FLOP/day
            scenarios flop = 3e25, 3e27
            scenario "long run" flop = 5e25 FLOP, days = 300 day
            """;

    @TempDir Path dir;

    @ParameterizedTest(name = "--set {0} -> columns {1}")
    @CsvSource(delimiter = '|', textBlock = """
            flop=2e26 | base,long run          | --set flop replaces what the scenarios flop=3e25, flop=3e27 set, so they equal the base case and are not shown | --set replaces the value these scenarios give: 'long run' (flop)
            days=50   | base,flop=3e25,flop=3e27,long run | - | --set replaces the value these scenarios give: 'long run' (days)
            """)
    void theSetValueReplacesTheScenariosAndTheColumnsSaySo(String set, String columns, String droppedLine, String replacedLine) throws Exception {
        Path file = Files.writeString(dir.resolve("runs.flop"), SHEET);
        CliRun table = CliRun.of("eval", file.toString(), "--set", set);
        assertEquals(0, table.exitCode(), table.err());
        String header = table.out().lines().filter(l -> l.strip().startsWith("name")).findFirst().orElseThrow();
        assertEquals(List.of(columns.split(",")), headerColumns(header, columns.split(",").length), header);
        if (!droppedLine.equals("-")) assertTrue(table.out().contains(droppedLine), table.out());
        assertTrue(table.out().contains(replacedLine), table.out());

        JsonNode json = new ObjectMapper().readTree(CliRun.of("eval", file.toString(), "--set", set, "--json").out());
        String name = set.substring(0, set.indexOf('='));
        double value = Double.parseDouble(set.substring(set.indexOf('=') + 1));
        List<String> shown = new ArrayList<>();
        json.get("scenarios").fieldNames().forEachRemaining(shown::add);
        assertEquals(List.of(columns.split(",")).subList(1, columns.split(",").length), shown);
        for (JsonNode scenario : json.get("scenarios")) assertEquals(value, scenario.get(name).asDouble(), "every column uses the set value");
        assertTrue(json.get("set_notes").toString().contains("'long run' (" + name + ")"), json.toString());
    }

    @Test
    void finvedensSweepCollapsesIntoTheBaseCase() {
        CliRun run = CliRun.of("eval", "../workbooks/finveden.flop", "--set", "training_flop=3e27");
        assertEquals(0, run.exitCode(), run.err());
        String header = run.out().lines().filter(l -> l.strip().startsWith("name")).findFirst().orElseThrow();
        assertEquals(List.of("base"), headerColumns(header, 1), "no column headed by a value it does not use: " + header);
        assertFalse(header.contains("training_flop="), header);
        assertTrue(run.out().contains("--set training_flop replaces what the scenarios training_flop=3e25, training_flop=3e27, training_flop=3e29, training_flop=3e33 set"), run.out());
        String row = run.out().lines().filter(l -> l.contains("parallel_tasks")).findFirst().orElseThrow();
        assertTrue(row.strip().endsWith("4.24E+06") && !row.contains("4.24E+05"), row);
    }

    @Test
    void askingForAScenarioTheSetValueReplacesIsRefused() {
        CliRun run = CliRun.of("eval", "../workbooks/finveden.flop", "--set", "training_flop=3e27", "--scenario", "training_flop=3e29");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("replaces everything scenario 'training_flop=3e29' sets"), run.err());
    }

    /** The last {@code n} column titles of the table's header line, split on runs of two or more spaces. */
    private static List<String> headerColumns(String header, int n) {
        String[] parts = header.strip().split(" {2,}");
        return List.of(parts).subList(parts.length - n, parts.length);
    }
}
