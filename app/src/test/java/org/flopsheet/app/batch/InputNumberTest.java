package org.flopsheet.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input cells: which are plain numbers, and that the fast parser gives exactly Double.parseDouble's double. */
class InputNumberTest {

    @ParameterizedTest(name = "[{0}] plain: {1}")
    @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
            3e25          ~ true
            ` 1.5 `       ~ true
            -2            ~ true
            1E+7          ~ true
            4 month       ~ false
            abc           ~ false
            0x1p3         ~ false
            1d            ~ false
            NaN           ~ false
            Infinity      ~ false
            `-`           ~ false
            ` `           ~ false
            """)
    void plainCellsAreDecimalNumbersOnly(String cell, boolean plain) {
        assertEquals(plain, InputNumber.isPlain(cell));
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
            1e            ~ '1e' is not a number
            1.2.3         ~ '1.2.3' is not a number
            --1           ~ '--1' is not a number
            1e400         ~ '1e400' is beyond the range of a double (about 1.8E+308)
            -1e400        ~ '-1e400' is beyond the range of a double (about 1.8E+308)
            """)
    void malformedOrHugeCellsSayWhy(String cell, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> InputNumber.parsePlain(cell)).getMessage());
    }

    @Test
    void theFastParserGivesExactlyWhatDoubleParseDoubleGives() {
        SplittableRandom random = new SplittableRandom(4180);
        for (int i = 0; i < 1_000_000; i++) {
            String text = switch (i % 5) {
                case 0 -> Double.toString(Double.longBitsToDouble(random.nextLong()));
                case 1 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-320, 309)));
                case 2 -> digits(random, random.nextInt(1, 26)) + "e" + random.nextInt(-345, 330);
                case 3 -> digits(random, random.nextInt(1, 12)) + "." + digits(random, random.nextInt(1, 15));
                default -> (random.nextBoolean() ? " -" : "+") + digits(random, random.nextInt(1, 20)) + "E" + random.nextInt(-30, 30) + " ";
            };
            double expected = Double.parseDouble(text);
            if (!InputNumber.isPlain(text) || Double.isInfinite(expected)) continue;
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(InputNumber.parsePlain(text)), text);
        }
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) s.append((char) ('0' + random.nextInt(10)));
        return s.toString();
    }
}
