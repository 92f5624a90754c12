package org.flopsheet.engine.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;

/** Compares a result with an expected value as Excel displays numbers: at 15 significant digits. */
final class ExcelDisplay {
    private ExcelDisplay() {}

    static void assertShows(String expected, String actual) {
        assertEquals(shown(expected), shown(actual), () -> "expected " + expected + " but was " + actual);
    }

    /** A number's 15 significant digits; any other text (TRUE, #NUM!) as it is. */
    static String shown(String text) {
        try {
            return new BigDecimal(text).round(new MathContext(15))
                    .stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
