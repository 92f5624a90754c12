package org.flopsheet.engine.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.TestSheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Distributions: Microsoft's documented examples (to the digits the documentation prints, compared
 * within half a unit of its last digit), values known in closed form to the last bit, inverses that
 * undo their distribution, and the error cases.
 */
class DistributionFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # formula                                 | Microsoft's figure | digits after the point
        NORM.DIST(42, 40, 1.5, TRUE)              | 0.9087888          | 7
        NORM.DIST(42, 40, 1.5, FALSE)             | 0.10934            | 5
        NORMDIST(42, 40, 1.5, TRUE)               | 0.9087888          | 7
        NORM.INV(0.908789, 40, 1.5)               | 42.000002          | 6
        NORMINV(0.908789, 40, 1.5)                | 42.000002          | 6
        NORM.S.DIST(1.333333, TRUE)               | 0.908788726        | 9
        NORM.S.DIST(1.333333, FALSE)              | 0.164010148        | 9
        NORM.S.INV(0.908789)                      | 1.3333347          | 7
        LOGNORM.DIST(4, 3.5, 1.2, TRUE)           | 0.0390836          | 7
        LOGNORM.DIST(4, 3.5, 1.2, FALSE)          | 0.0176176          | 7
        LOGNORM.INV(0.039084, 3.5, 1.2)           | 4.0000252          | 7
        EXPON.DIST(0.2, 10, TRUE)                 | 0.86466472         | 8
        EXPON.DIST(0.2, 10, FALSE)                | 1.35335283         | 8
        GAMMA.DIST(10.00001131, 9, 2, FALSE)      | 0.032639           | 6
        GAMMA.DIST(10.00001131, 9, 2, TRUE)       | 0.068094           | 6
        GAMMA.INV(0.068094, 9, 2)                 | 10.0000112         | 7
        BETA.DIST(2, 8, 10, TRUE, 1, 3)           | 0.6854706          | 7
        BETA.DIST(2, 8, 10, FALSE, 1, 3)          | 1.4837646          | 7
        BETA.INV(0.685470581, 8, 10, 1, 3)        | 2                  | 7
        """)
    void microsoftsExamples(String formula, double expected, int digits) {
        double actual = Double.parseDouble(TestSheets.value(formula));
        assertEquals(expected, actual, 0.5 * Math.pow(10, -digits), formula);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # closed forms, to 5e-15 relative (the far tail Phi(-10) is the worst, 3.7e-15 off): Phi(0) = 1/2, Phi(-1.96), the density at 0 is 1/sqrt(2 pi), exp's CDF, Beta(1,1) is uniform
        NORM.S.DIST(0, TRUE)                 | 0.5
        NORM.S.DIST(-1.959963984540054, TRUE) | 0.025
        NORM.S.DIST(-10, TRUE)               | 7.619853024160527E-24
        NORM.S.DIST(0, FALSE)                | 0.3989422804014327
        NORM.S.INV(0.5)                      | 0
        NORM.S.INV(0.975)                    | 1.959963984540054
        NORM.S.INV(1E-10)                    | -6.361340902404056
        NORM.INV(0.5, 3 , 2)                 | 3
        EXPON.DIST(1, 1, TRUE)               | 0.6321205588285577
        GAMMA.DIST(2, 1, 1, TRUE)            | 0.8646647167633873
        GAMMA.INV(0.8646647167633873, 1, 1)  | 2
        BETA.DIST(0.3, 1, 1, TRUE)           | 0.3
        BETA.INV(0.3, 1, 1)                  | 0.3
        BETA.DIST(0.5, 2, 3, TRUE)           | 0.6875
        LOGNORM.INV(0.5, 0, 1)               | 1
        """)
    void closedForms(String formula, double expected) {
        double actual = Double.parseDouble(TestSheets.value(formula));
        assertEquals(expected, actual, expected == 0 ? 1e-16 : 5e-15 * Math.abs(expected), formula);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        NORM.DIST(1, 0, 0, TRUE)         | #NUM!
        NORM.DIST(1, 0, -1, FALSE)       | #NUM!
        NORM.INV(0, 0, 1)                | #NUM!
        NORM.INV(1, 0, 1)                | #NUM!
        NORM.INV(0.5, 0, 0)              | #NUM!
        NORM.S.INV(0)                    | #NUM!
        NORM.S.INV(1.5)                  | #NUM!
        LOGNORM.DIST(0, 1, 1, TRUE)      | #NUM!
        LOGNORM.DIST(1, 1, 0, TRUE)      | #NUM!
        LOGNORM.INV(1, 0, 1)             | #NUM!
        EXPON.DIST(-1, 1, TRUE)          | #NUM!
        EXPON.DIST(1, 0, TRUE)           | #NUM!
        GAMMA.DIST(-1, 1, 1, TRUE)       | #NUM!
        GAMMA.DIST(1, 0, 1, TRUE)        | #NUM!
        GAMMA.INV(1, 1, 1)               | #NUM!
        GAMMA.INV(0, 2, 1)               | 0
        BETA.DIST(4, 8, 10, TRUE, 1, 3)  | #NUM!
        BETA.DIST(0.5, 0, 1, TRUE)       | #NUM!
        BETA.INV(0, 8, 10)               | #NUM!
        BETA.INV(0.5, 8, 10, 3, 1)       | #NUM!
        NORM.DIST(1 / 0, 0, 1, TRUE)     | #DIV/0!
        """)
    void errors(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }
}
