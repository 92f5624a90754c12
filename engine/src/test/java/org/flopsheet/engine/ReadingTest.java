package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.units.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money and counts read in plain figures, FLOP-scale numbers in scientific notation: one rule for eval and the workbook. */
class ReadingTest {

    @ParameterizedTest(name = "{1} {0} reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # unit        | value             | shown              | Excel format
        dollar        | 84153.6           | 84,153.60          | #,##0.00
        $             | 5184000           | 5,184,000.00       | #,##0.00
        k$            | 2.5               | 2.50               | #,##0.00
        dollar/h      | 2.5               | 2.50               | #,##0.00
        dollar        | -1234.5           | -1,234.50          | #,##0.00
        dollar        | 0.08              | 0.08               |
        $/(GPU*hr)    | 0.075             | 0.075              |
        dollar        | 3e15              | 3.00E+15           |
        dollar/FLOP   | 2e-18             | 2.00E-18           |
        GPU           | 12000             | 12,000             | #,##0
        GPU           | 667               | 667                |
        GPU           | 1234.5            | 1235               |
        ''            | 424264            | 424,264            | #,##0
        ''            | 424264.0687       | 4.24E+05           |
        FLOP          | 3e25              | 3.00E+25           |
        param         | 7000000000        | 7.00E+09           |
        token/s       | 4000000           | 4.00E+06           |
        %             | 0.6               | 0.6                |
        """)
    void aNumberReadsTheWayItsUnitIsRead(String unit, double value, String shown, String excelFormat) {
        Sheet sheet = TestSheets.compile("unit GPU\ninput x = 1" + (unit.isEmpty() ? "" : " " + unit) + "\n");
        var u = sheet.quantity("x").unit();
        Reading reading = Reading.of(u, value);
        assertEquals(shown, reading.text(value, v -> NumberText.significant(v, 3)));
        assertEquals(excelFormat, reading.excelFormat());
    }
}
