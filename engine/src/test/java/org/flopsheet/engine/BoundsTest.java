package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.compile.Bounds;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bounds declared once on an input ({@code input share = 40 %, >= 0, <= 100 %}) and checked wherever a value arrives. */
class BoundsTest {
    private static final String MODEL = """
            input price = 2.5 dollar/h, >= 0                  "GPU-hour price"
            input share = 40 %, >= 0, <= 100 %                "Share of compute"
            input mem = (80) GB, > 0
            input budget = 1e6 dollar, < 1 G$
            input hours = 100 h
            cost = price * hours dollar
            """;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
        # input | typed      | refused with (null: accepted)
        price   | 0          |
        price   | 3 $/h      |
        price   | -0.01      | price = -0.01 dollar/h is outside its bounds: it must be >= 0
        price   | -1 $/day   | price = -0.041666666666666664 dollar/h is outside its bounds: it must be >= 0
        share   | 1          |
        share   | 100%       |
        share   | 0          |
        share   | 1.2        | share = 120 % is outside its bounds: it must be <= 100 % (declared: >= 0, <= 100 %)
        share   | 101 %      | share = 101 % is outside its bounds: it must be <= 100 % (declared: >= 0, <= 100 %)
        share   | -5%        | share = -5 % is outside its bounds: it must be >= 0 (declared: >= 0, <= 100 %)
        mem     | 0          | mem = 0 GB is outside its bounds: it must be > 0
        mem     | 1 byte     |
        mem     | 0 MB       | mem = 0 GB is outside its bounds: it must be > 0
        budget  | 999e6      |
        budget  | 1e9        | budget = 1000000000 dollar is outside its bounds: it must be < 1 G$
        hours   | -3         |
        """)
    void everyTypedValueIsCheckedAgainstTheBound(String input, String typed, String refusal) {
        Sheet sheet = TestSheets.compile(MODEL);
        if (refusal == null) {
            double v = InputValues.parse(sheet, input, typed);
            assertNull(Bounds.violation(sheet.quantity(input), v));
        } else {
            var e = assertThrows(IllegalArgumentException.class, () -> InputValues.parse(sheet, input, typed));
            assertEquals(refusal, e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # source (\\n = new line)                              | line | column | message
        input share = 120 %, <= 100 %                          | 1    | 15     | the default share = 120 % is outside its bounds: it must be <= 100 %
        input x = 5 GB, <= 4000 MB                             | 1    | 11     | the default x = 5 GB is outside its bounds: it must be <= 4000 MB
        input s = 50 %, <= 100 %\\nscenarios s = 20 %, 120 %   | 2    | 21     | in this scenario, s = 120 % is outside its bounds: it must be <= 100 %
        input s = 50 %, >= 0\\nscenario "cut" s = -10 %         | 2    | 20     | in this scenario, s = -10 % is outside its bounds: it must be >= 0
        input s = 50 %, > 0\\ngrid s = 0 %, 20 %                | 2    | 10     | in this scenario, s = 0 % is outside its bounds: it must be > 0
        input x = 5, >= y                                      | 1    | 17     | a bound must be a number, not a reference to 'y'
        x = 5, >= 0                                            | 1    | 6      | 'x' is a formula; bounds are declared on inputs
        input t = "a", >= 0                                    | 1    | 16     | bounds are for number inputs; 't' holds text
        input x = 5, = 3                                       | 1    | 14     | expected a bound such as '>= 0' after ','
        input x = 5 s, >= 1 GB                                 | 1    | 19     | the value for 'x' is in GB (byte) but 'x' is in s
        """)
    void boundsAreCheckedWhenTheModelCompiles(String source, int line, int column, String message) {
        FlopError e = TestSheets.error(source.replace("\\n", "\n") + "\n");
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.problem().contains(message), e.getMessage());
    }

    @Test
    void aBoundInAnotherUnitIsConvertedIntoTheInputsUnit() {
        Sheet sheet = TestSheets.compile("input t = 2 day, <= 1 week, >= 36 h \"Run length\"\n");
        var limits = sheet.quantity("t").bounds().limits();
        assertEquals(7, limits.get(0).value());
        assertEquals(1.5, limits.get(1).value());
        assertEquals("<= 1 week, >= 36 h", sheet.quantity("t").bounds().written());
        assertEquals("Run length", sheet.quantity("t").label());
    }
}
