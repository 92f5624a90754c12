package org.flopsheet.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tornado: the ranges each input moves over, the output at both ends, widest first. */
class TornadoTest {

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource({
        // the uncertain Finveden sheet writes each input as a 90% interval, so its ends are the 5th and 95th
        // percentiles; parallel_tasks = sqrt(3·F·h·m/k)/(D·r) moves as the input to the power in the last column
        "training_flop, 1e25, 1e27,  0.5",
        "k,             1,    2,    -0.5",
        "m,             10,   40,    0.5",
        "task_rate,     3,    30,   -1",
    })
    void inputsWithADistributionMoveToTheirFifthAndNinetyFifthPercentiles(String input, double low, double high, double exponent) throws Exception {
        Sheet sheet = Compiler.compile(Path.of("..", "workbooks", "finveden-uncertain.flop"));
        Tornado t = Tornado.of(sheet, sheet.quantity("parallel_tasks"), Map.of(), InputRange.percentilesElse(sheet.uncertainty(), 2));
        Tornado.Bar bar = t.bars().stream().filter(b -> b.input().name().equals(input)).findFirst().orElseThrow();
        assertEquals(low, bar.range().low(), 1e-9 * low);
        assertEquals(high, bar.range().high(), 1e-9 * high);
        assertTrue(bar.range().source().startsWith("5th-95th percentile of"), bar.range().source());
        double expectedLow = t.base() * Math.pow(bar.range().low() / bar.value(), exponent);
        double expectedHigh = t.base() * Math.pow(bar.range().high() / bar.value(), exponent);
        assertEquals(expectedLow, bar.outputAtLow(), 1e-12 * expectedLow);
        assertEquals(expectedHigh, bar.outputAtHigh(), 1e-12 * expectedHigh);
    }

    @Test
    void withoutDistributionsEveryInputMovesByTheFactorAndTheWidestComesFirst() throws Exception {
        Sheet sheet = Compiler.compile(Path.of("..", "workbooks", "finveden.flop"));
        Tornado t = Tornado.of(sheet, sheet.quantity("parallel_tasks"), Map.of(), InputRange.percentilesElse(sheet.uncertainty(), 4));
        assertEquals(List.of("duration", "task_rate"), t.bars().subList(0, 2).stream().map(b -> b.input().name()).sorted().toList());
        Tornado.Bar duration = t.bars().stream().filter(b -> b.input().name().equals("duration")).findFirst().orElseThrow();
        assertEquals(1e7 / 4, duration.range().low());
        assertEquals(4 * t.base(), duration.outputAtLow(), 1e-12 * t.base());
        for (int i = 1; i < t.bars().size(); i++) assertTrue(t.bars().get(i - 1).swing() >= t.bars().get(i).swing());
    }
}
