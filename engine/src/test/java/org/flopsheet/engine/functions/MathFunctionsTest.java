package org.flopsheet.engine.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.TestSheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Math, trigonometry and combinatorics: Microsoft's documented examples and the error cases, exactly as Excel shows them. */
class MathFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # Microsoft's examples
        ABS(-4)                | 4
        SIGN(10)               | 1
        SIGN(4-4)              | 0
        SIGN(-0.00001)         | -1
        SQRTPI(1)              | 1.7724538509055159
        SQRTPI(2)              | 2.5066282746310002
        SQRTPI(-1)             | #NUM!
        DEGREES(PI())          | 180
        RADIANS(270)           | 4.71238898038469
        SIN(PI()/2)            | 1
        SIN(30*PI()/180)       | 0.49999999999999994
        COS(0)                 | 1
        TAN(0)                 | 0
        ASIN(-0.5)             | -0.5235987755982989
        ASIN(2)                | #NUM!
        ACOS(-0.5)             | 2.0943951023931957
        ACOS(1.5)              | #NUM!
        ATAN(1)                | 0.7853981633974483
        ATAN2(1, 1)            | 0.7853981633974483
        ATAN2(-1, -1)          | -2.356194490192345
        ATAN2(0, 0)            | #DIV/0!
        SINH(0)                | 0
        COSH(0)                | 1
        TANH(0.5)              | 0.46211715726000974
        ASINH(-2.5)            | -1.6472311463710958
        ASINH(10)              | 2.99822295029797
        ACOSH(1)               | 0
        ACOSH(10)              | 2.993222846126381
        ACOSH(0.5)             | #NUM!
        ATANH(0.76159416)      | 1.0000000096297197
        ATANH(-0.1)            | -0.10033534773107558
        ATANH(1)               | #NUM!
        EXP(1)                 | 2.718281828459045
        LN(86)                 | 4.454347296253507
        LOG(10)                | 1
        LOG(8, 2)              | 3
        LOG(86, 2.7182818)     | 4.454347342888286
        LOG10(86)              | 1.9344984512435677
        POWER(5, 2)            | 25
        POWER(98.6, 3.2)       | 2401077.2220695773
        POWER(4, 5/4)          | 5.656854249492381
        MOD(3, 2)              | 1
        MOD(-3, 2)             | 1
        MOD(3, -2)             | -1
        MOD(-3, -2)            | -1
        FACT(5)                | 120
        FACT(1.9)              | 1
        FACT(0)                | 1
        FACT(-1)               | #NUM!
        FACT(170)              | 7.257415615307994E+306
        FACT(171)              | #NUM!
        FACTDOUBLE(6)          | 48
        FACTDOUBLE(7)          | 105
        FACTDOUBLE(-1)         | #NUM!
        COMBIN(8, 2)           | 28
        COMBIN(8.9, 2.9)       | 28
        COMBIN(2, 3)           | #NUM!
        COMBIN(60, 30)         | 1.1826458156486142E+17
        COMBINA(4, 3)          | 20
        COMBINA(10, 3)         | 220
        COMBINA(0, 0)          | 1
        COMBINA(-1, 0)         | #NUM!
        GCD(5, 2)              | 1
        GCD(24, 36)            | 12
        GCD(7, 1)              | 1
        GCD(5, 0)              | 5
        GCD(-1, 5)             | #NUM!
        LCM(5, 2)              | 10
        LCM(24, 36)            | 72
        LCM(3, 0)              | 0
        LCM(-3, 2)             | #NUM!
        MULTINOMIAL(2, 3, 4)   | 1260
        MULTINOMIAL(-1, 2)     | #NUM!
        PI()                   | 3.141592653589793
        """)
    void evaluatesLikeExcel(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }
}
