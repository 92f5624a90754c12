package org.flopsheet.engine.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.TestSheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rounding to digits and to multiples: Microsoft's documented examples, error cases, and Excel's rule
 * that these functions see the number as it shows at 15 significant digits (INT(4.35/0.01) is 435).
 */
class RoundingFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        INT(8.9)                    | 8
        INT(-8.9)                   | -9
        INT(4.35/0.01)              | 435
        INT(-4.35/0.01)             | -435
        INT(0.1*3/0.3)              | 1
        TRUNC(8.9)                  | 8
        TRUNC(-8.9)                 | -8
        TRUNC(0.45)                 | 0
        TRUNC(4.35/0.01)            | 435
        TRUNC(3.14159, 2)           | 3.14
        ROUND(2.15, 1)              | 2.2
        ROUND(2.149, 1)             | 2.1
        ROUND(-1.475, 2)            | -1.48
        ROUND(21.5, -1)             | 20
        ROUND(626.3, -3)            | 1000
        ROUND(1.98, -1)             | 0
        ROUND(-50.55, -2)           | -100
        ROUNDUP(3.2, 0)             | 4
        ROUNDUP(76.9, 0)            | 77
        ROUNDUP(3.14159, 3)         | 3.142
        ROUNDUP(-3.14159, 1)        | -3.2
        ROUNDUP(31415.92654, -2)    | 31500
        ROUNDDOWN(3.2, 0)           | 3
        ROUNDDOWN(76.9, 0)          | 76
        ROUNDDOWN(3.14159, 3)       | 3.141
        ROUNDDOWN(-3.14159, 1)      | -3.1
        ROUNDDOWN(31415.92654, -2)  | 31400
        CEILING(2.5, 1)             | 3
        CEILING(-2.5, -2)           | -4
        CEILING(-2.5, 2)            | -2
        CEILING(1.5, 0.1)           | 1.5
        CEILING(0.234, 0.01)        | 0.24
        CEILING(2.5, 0)             | 0
        CEILING(2.5, -2)            | #NUM!
        FLOOR(3.7, 2)               | 2
        FLOOR(-2.5, -2)             | -2
        FLOOR(-2.5, 2)              | -4
        FLOOR(2.5, -2)              | #NUM!
        FLOOR(1.58, 0.1)            | 1.5
        FLOOR(0.234, 0.01)          | 0.23
        FLOOR(2.5, 0)               | #DIV/0!
        CEILING.MATH(24.3, 5)       | 25
        CEILING.MATH(6.7)           | 7
        CEILING.MATH(-8.1, 2)       | -8
        CEILING.MATH(-5.5, 2, -1)   | -6
        FLOOR.MATH(24.3, 5)         | 20
        FLOOR.MATH(6.7)             | 6
        FLOOR.MATH(-8.1, 2)         | -10
        FLOOR.MATH(-5.5, 2, -1)     | -4
        CEILING.PRECISE(4.3)        | 5
        CEILING.PRECISE(-4.3)       | -4
        CEILING.PRECISE(4.3, 2)     | 6
        CEILING.PRECISE(4.3, -2)    | 6
        CEILING.PRECISE(-4.3, 2)    | -4
        CEILING.PRECISE(-4.3, -2)   | -4
        FLOOR.PRECISE(-3.2, -1)     | -4
        FLOOR.PRECISE(3.2, 1)       | 3
        FLOOR.PRECISE(-3.2, 1)      | -4
        FLOOR.PRECISE(3.2, -1)      | 3
        FLOOR.PRECISE(3.2)          | 3
        MROUND(10, 3)               | 9
        MROUND(-10, -3)             | -9
        MROUND(1.3, 0.2)            | 1.4000000000000001
        MROUND(5, -2)               | #NUM!
        MROUND(5, 0)                | 0
        EVEN(1.5)                   | 2
        EVEN(3)                     | 4
        EVEN(2)                     | 2
        EVEN(-1)                    | -2
        EVEN(0)                     | 0
        ODD(1.5)                    | 3
        ODD(3)                      | 3
        ODD(2)                      | 3
        ODD(-1)                     | -1
        ODD(-2)                     | -3
        ODD(0)                      | 1
        QUOTIENT(5, 2)              | 2
        QUOTIENT(4.5, 3.1)          | 1
        QUOTIENT(-10, 3)            | -3
        QUOTIENT(1, 0)              | #DIV/0!
        """)
    void evaluatesLikeExcel(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }
}
