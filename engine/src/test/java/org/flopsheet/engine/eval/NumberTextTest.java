package org.flopsheet.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the eval table shows numbers, at three significant digits. */
class NumberTextTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        471404520791.0316, 4.71E+11
        3e25,              3.00E+25
        1e7,               1.00E+07
        424264.0687,       4.24E+05
        1024,              1024
        50257,             50257
        2048.4,            2048
        213.9,             214
        3.7748,            3.77
        1.5,               1.5
        20,                20
        0.0233,            0.0233
        0.000123456,       1.23E-04
        -4.71e11,          -4.71E+11
        0,                 0
        """)
    void significantDigitsForTheTable(double value, String shown) {
        assertEquals(shown, NumberText.significant(value, 3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3e25", "0.1", "4.714045207910317E11", "1024", "-2.5", "1e-300", "123456789012345678"})
    void shortestTextReadsBackToTheSameDouble(double value) {
        assertEquals(value, Double.parseDouble(NumberText.shortest(value)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        3e25,          3e25
        1e7,           1e7
        1234567,       1.234567e6
        -2500000,      -2.5e6
        1000000,       1e6
        999999,        999999
        0.5,           0.5
        0.00005,       5e-5
        """)
    void sourceTextIsShortAndReadsBackToTheSameDouble(double value, String text) {
        assertEquals(text, NumberText.source(value));
        assertEquals(value, Double.parseDouble(text));
    }
}
