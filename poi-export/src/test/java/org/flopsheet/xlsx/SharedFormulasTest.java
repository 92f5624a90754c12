package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shared formula (filled down or across in Excel) as it reads in each cell of its range. */
class SharedFormulasTest {

    @ParameterizedTest(name = "{0} moved by ({1}, {2}) is {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # formula in the first cell          | rows | columns | in the other cell
        B7*2                                 | 1    | 0       | B8*2
        B7*2                                 | 0    | 1       | C7*2
        $B$7*B7                              | 3    | 2       | $B$7*D10
        $B7+B$7                              | 1    | 1       | $B8+C$7
        SUM(B7:B9)                           | 2    | 0       | SUM(B9:B11)
        'my sheet'!B7+finveden!B7            | 1    | 0       | 'my sheet'!B8+finveden!B8
        training_flop/(3*h*k*m)              | 5    | 3       | training_flop/(3*h*k*m)
        q_1*x1_value+LOG10(B7)               | 1    | 0       | q_1*x1_value+LOG10(B8)
        1.5E+10*B7                           | 1    | 0       | 1.5E+10*B8
        IF(B7>0,"B7 is positive",B7)         | 1    | 0       | IF(B8>0,"B7 is positive",B8)
        'B7''s sheet'!B7                     | 1    | 0       | 'B7''s sheet'!B8
        """)
    void relativeReferencesMoveAndEverythingElseStays(String formula, int rows, int columns, String moved) {
        assertEquals(moved, SharedFormulas.moved(formula, rows, columns));
    }
}
