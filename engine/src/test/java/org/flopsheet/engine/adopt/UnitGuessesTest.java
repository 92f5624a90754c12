package org.flopsheet.engine.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitGuessesTest {
    @ParameterizedTest(name = "''{0}'' suggests {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            Duration of training (seconds)             | s       | true
            Training FLOP (physical FLOP)              | FLOP    | true
            Token per second, per task                 | token/s | true
            Peak throughput (FLOP/s)                   | FLOP/s  | true
            Train model for m*p tokens                 | token   | true
            Memory of the GPU (GB)                     | GB      | false
            Training time in days                      | day     | false
            Number of tasks in parallel                | none    | false
            """)
    void labelsThatStateAUnit(String label, String unit, boolean asWritten) {
        UnitGuesses.Guess g = UnitGuesses.of(label);
        assertEquals(unit, g == null ? null : g.unit());
        if (g != null) assertEquals(asWritten, g.asWritten(), "whether the workbook's numbers are already in " + unit);
    }
}
