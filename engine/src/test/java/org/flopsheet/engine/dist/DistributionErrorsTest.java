package org.flopsheet.engine.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.TestSheets;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A distribution that cannot be is refused at its line and column, with what to write instead. */
class DistributionErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # source (\\n = new line)                                      | line | column | message contains
        input x = 10 to 1                                              | 1    | 14     | the range 10 to 1 is empty or reversed
        input x = normal(1, -2)                                        | 1    | 21     | the standard deviation must be positive
        input x = normal(1)                                            | 1    | 11     | normal takes 2 numbers
        input x = lognormal(1 GB, 2)                                   | 1    | 21     | mu, the mean of ln x, is a plain number
        input x = triangular(0, 5, 3)                                  | 1    | 11     | out of order
        input x = mixture(1, 0 to 1)                                   | 1    | 11     | pairs of a weight and a distribution
        input x = truncate(normal(0, 1), 50, 60)                       | 1    | 11     | no part of normal(0, 1) lies between 50 and 60
        input y = 1\\ninput x = y to 3                                  | 2    | 11     | not the quantity 'y'
        input x = 1 to 2\\ny = normal(x, 1)                             | 2    | 5      | can only be an input's whole definition
        input x = 1 s to 2 GB                                          | 1    | 18     | is in
        input a = 1 to 2\\ninput b = 1 to 2\\ncorrelate a, b = 1.5      | 3    | 1      | outside -1 to 1
        input a = 1 to 2\\ninput b = 5\\ncorrelate a, b = 0.5          | 3    | 14     | 'b' is an input with one value
        input a = 1 to 2\\ncorrelate a, a = 0.5                         | 2    | 14     | cannot be correlated with itself
        input a = 1 to 2\\ninput b = 1 to 2\\ninput d = 1 to 2\\ncorrelate a, b = 0.95\\ncorrelate b, d = 0.95\\ncorrelate a, d = -0.95 | 6 | 1 | contradict each other
        """)
    void refused(String source, int line, int column, String message) {
        FlopError e = TestSheets.error(source.replace("\\n", "\n"));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }
}
