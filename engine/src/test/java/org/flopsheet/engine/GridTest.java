package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Grid;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code grid a = ...; b = ...}: every combination of the axes' values as a scenario named by its settings. */
class GridTest {
    private static final String SHEET = """
            input training_flop = 3e25 FLOP
            input duration = 1e7 s
            rate = training_flop / duration FLOP/s
            scenarios training_flop = 3e29
            """;

    @Test
    void everyCombinationIsAScenarioNamedByItsSettings() {
        Sheet sheet = TestSheets.compile(SHEET + "grid training_flop = 3e25, 3e27; duration = 1e7, 2 month\n");
        assertEquals(List.of("training_flop=3e29", "training_flop=3e25, duration=1e7", "training_flop=3e25, duration=2 month",
                "training_flop=3e27, duration=1e7", "training_flop=3e27, duration=2 month"),
                sheet.scenarios().stream().map(Scenario::name).toList());
        Scenario last = sheet.scenario("training_flop=3e27, duration=2 month");
        assertEquals(Map.of("training_flop", 3e27, "duration", 2 * 2629800.0), last.inputs());
        assertEquals(3e27 / (2 * 2629800.0), sheet.evaluate(last).number("rate"));
    }

    @Test
    void theGridKeepsItsShapeForTheTwoWayTable() {
        Sheet sheet = TestSheets.compile(SHEET + "grid training_flop = 3e25, 3e27, 3e29; duration = 1e7, 2e7\n");
        Grid grid = sheet.grids().get(0);
        assertEquals(List.of("training_flop", "duration"), grid.axes().stream().map(Grid.Axis::input).toList());
        assertEquals(List.of("3e25", "3e27", "3e29"), grid.axes().get(0).labels());
        assertEquals("training_flop=3e29, duration=2e7", grid.scenario(2, 1));
        assertEquals(6, grid.scenarios().size());
    }

    @Test
    void aGridOfOneAxisIsASweep() {
        Sheet sheet = TestSheets.compile(SHEET.replace("scenarios training_flop = 3e29\n", "") + "grid duration = 1e7, 2e7\n");
        assertEquals(List.of("duration=1e7", "duration=2e7"), sheet.scenarios().stream().map(Scenario::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "grid training_flop = 1; training_flop = 2   | 5:25 | the grid varies 'training_flop' twice",
        "grid rate = 1, 2                            | 5:6  | 'rate', which is a formula, not an input",
        "grid training_flop = 1, 1                   | 5:25 | the value 1 of 'training_flop' is listed twice",
        "grid training_flop = 3e29                   | 5:1  | makes the scenario 'training_flop=3e29', which is already listed",
        "grid training_flop = 1;                     | 5:24 | expected the input to vary after 'grid'",
        "grid duration = 4 GB                        | 5:17 | duration",
    })
    void mistakesAreReportedWhereTheyAre(String line, String where, String message) {
        FlopError e = TestSheets.error(SHEET + line + "\n");
        assertTrue(e.getMessage().startsWith("test.flop:" + where + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
