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

    @ParameterizedTest(name = "format ''{0}'' suggests {1}")
    @CsvSource(delimiter = '|', nullValues = "none", quoteCharacter = '`', textBlock = """
            0.0 "GB"                 | GB      | false
            `#,##0 "FLOP/s"`         | FLOP/s  | true
            0.00E+00 "FLOP"          | FLOP    | true
            `#,##0" tokens"`         | tokens  | true
            0\\ \\s                    | s       | true
            0.0" h"                  | h       | false
            $#,##0.00                | dollar  | true
            [$$-409]#,##0.00         | dollar  | true
            "$"#,##0;[Red]-"$"#,##0  | dollar  | true
            0%                       | %       | true
            0.0%                     | %       | true
            General                  | none    | false
            `#,##0.00`               | none    | false
            0.00E+00                 | none    | false
            yyyy-mm-dd               | none    | false
            [$€-407]#,##0.00         | none    | false
            """)
    void numberFormatsThatStateAUnit(String format, String unit, boolean asWritten) {
        UnitGuesses.Guess g = UnitGuesses.ofFormat(format);
        assertEquals(unit, g == null ? null : g.unit());
        if (g != null) assertEquals(asWritten, g.asWritten(), "whether the workbook's numbers are already in " + unit);
    }

    @ParameterizedTest(name = "format ''{0}'' and label ''{1}'' suggest {2}")
    @CsvSource(delimiter = '|', nullValues = "none", quoteCharacter = '`', textBlock = """
            0.0 "GB"   | Duration of training (seconds) | GB
            none       | Duration of training (seconds) | s
            `#,##0.00` | Duration of training (seconds) | s
            none       | none                           | none
            """)
    void theCellsOwnFormatComesBeforeItsLabel(String format, String label, String unit) {
        UnitGuesses.Guess g = UnitGuesses.of(format, label);
        assertEquals(unit, g == null ? null : g.unit());
    }
}
