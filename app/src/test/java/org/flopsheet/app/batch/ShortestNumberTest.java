package org.flopsheet.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.flopsheet.engine.eval.NumberText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are written so that they read back to the identical double, spelled as NumberText.shortest spells them. */
class ShortestNumberTest {

    static String text(double v) {
        StringBuilder out = new StringBuilder();
        ShortestNumber.append(out, v);
        return out.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            3e25,                  3E+25
            0.1,                   0.1
            471404520791.0317,     4.714045207910317E+11
            1234567.5,             1234567.5
            12345678.5,            1.23456785E+7
            20,                    20
            -2,                    -2
            1e15,                  1E+15
            123456789012345,       123456789012345
            1.5e-7,                1.5E-7
            0.001,                 0.001
            -0.0,                  0
            4.9e-324,              4.9E-324
            1.7976931348623157e308, 1.7976931348623157E+308
            """)
    void spellsNumbersAsASpreadsheetWould(double v, String expected) {
        assertEquals(expected, text(v));
    }

    @Test
    void millionsOfRandomDoublesReadBackIdenticallyAndMatchNumberText() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 2_000_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-30, 40));
                case 2 -> Math.rint(random.nextDouble() * 1e16) / Math.pow(10, random.nextInt(0, 8));
                default -> random.nextInt(-1_000_000, 1_000_000);
            };
            if (!Double.isFinite(v)) continue;
            String s = text(v);
            if (v != 0) assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(s)), s);
            assertEquals(NumberText.shortest(v), s);
        }
    }
}
