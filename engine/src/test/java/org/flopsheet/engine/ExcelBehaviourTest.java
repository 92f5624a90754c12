package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the evaluator gives for a formula, row by row, as a reader could check it against Excel. */
class ExcelBehaviourTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # precedence and associativity (the DSL follows mathematics; the workbook writer adds Excel's parentheses)
        1 + 2 * 3          | 7
        (1 + 2) * 3        | 9
        2 * 3 ^ 2          | 18
        -2 ^ 2             | -4
        (-2) ^ 2           | 4
        2 ^ 3 ^ 2          | 512
        2 ^ -1             | 0.5
        - - 3              | 3
        +4                 | 4
        10 - 4 - 3         | 3
        100 / 10 / 5       | 2
        1e3 + 1_000        | 2000
        4.71E+11 * 2       | 942000000000
        .5 * 4             | 2
        # comparisons give logical values
        1 < 2              | TRUE
        2 <= 1             | FALSE
        3 = 3              | TRUE
        3 == 4             | FALSE
        3 <> 4             | TRUE
        3 != 3             | FALSE
        1 + 1 > 1          | TRUE
        TRUE               | TRUE
        # functions
        SQRT(16)           | 4
        sqrt(2.25)         | 1.5
        LN(EXP(2))         | 2
        EXP(0)             | 1
        LOG10(1000)        | 3
        LOG(8, 2)          | 3
        LOG(100)           | 2
        POWER(2, 10)       | 1024
        POWER(-8, 3)       | -512
        ABS(-3.5)          | 3.5
        INT(-2.5)          | -3
        MOD(-7, 3)         | 2
        MIN(3, 1, 2)       | 1
        MAX(3, 1, 2)       | 3
        SUM(1, 2, 3, 4)    | 10
        AVERAGE(1, 2, 3, 4) | 2.5
        ROUND(2.675, 2)    | 2.68
        ROUND(-2.5, 0)     | -3
        ROUND(1234.5, -2)  | 1200
        ROUNDUP(1.21, 1)   | 1.3
        ROUNDUP(-1.21, 1)  | -1.3
        ROUNDDOWN(1.29, 1) | 1.2
        ROUNDDOWN(-1.29, 1) | -1.2
        IF(1 < 2, 10, 20)  | 10
        IF(0, 10, 20)      | 20
        IF(FALSE, 1)       | FALSE
        AND(TRUE, 1 > 0)   | TRUE
        AND(TRUE, FALSE)   | FALSE
        OR(FALSE, 0, 1)    | TRUE
        OR(FALSE, 0)       | FALSE
        NOT(FALSE)         | TRUE
        NOT(2)             | FALSE
        # error values
        1 / 0              | #DIV/0!
        0 / 0              | #DIV/0!
        SQRT(-1)           | #NUM!
        LN(0)              | #NUM!
        LN(-1)             | #NUM!
        LOG10(0)           | #NUM!
        LOG(8, 1)          | #DIV/0!
        LOG(-8, 2)         | #NUM!
        0 ^ 0              | #NUM!
        0 ^ -1             | #DIV/0!
        (-8) ^ (1/3)       | #NUM!
        POWER(0, 0)        | #NUM!
        EXP(1000)          | #NUM!
        1e308 * 10         | #NUM!
        10 ^ 400           | #NUM!
        MOD(5, 0)          | #DIV/0!
        # errors propagate; the leftmost one wins, as in Excel
        1 / 0 + 1          | #DIV/0!
        SQRT(-1) + 1 / 0   | #NUM!
        1 / 0 + SQRT(-1)   | #DIV/0!
        -(1 / 0)           | #DIV/0!
        SQRT(1 / 0)        | #DIV/0!
        MAX(1, SQRT(-1))   | #NUM!
        SUM(1, 1 / 0)      | #DIV/0!
        1 / 0 > 1          | #DIV/0!
        AND(TRUE, 1 / 0)   | #DIV/0!
        NOT(SQRT(-1))      | #NUM!
        IF(1 / 0, 1, 2)    | #DIV/0!
        # IFERROR catches any error, and only errors
        IFERROR(1 / 0, 7)  | 7
        IFERROR(SQRT(-1), -1) | -1
        IFERROR(4, 1 / 0)  | 4
        IFERROR(1 / 0, SQRT(-1)) | #NUM!
        # IF shows only the branch it takes
        IF(TRUE, 1, 1 / 0) | 1
        IF(FALSE, 1 / 0, 2) | 2
        IF(TRUE, 1 / 0, 2) | #DIV/0!
        """)
    void evaluatesLikeExcel(String formula, String expected) {
        assertEquals(expected, TestSheets.value(formula));
    }

    /**
     * Where Excel departs from plain double arithmetic or from what a function's name suggests, as its
     * documentation and saved results show; each row over the quantities x = 2.5, flag = TRUE (an input, so
     * a reference) and zero = 0.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # INT and its kin look at the number as Excel shows it, 15 significant digits (4.35/0.01 is 434.99999999999994)
        INT(4.35 / 0.01)          | 435
        TRUNC(4.35 / 0.01)        | 435
        # a last + or - that cancels to within 15 digits is 0; comparisons are made at 15 digits
        0.1 + 0.2 - 0.3           | 0
        0.1 + 0.2 = 0.3           | TRUE
        0.1 + 0.2 <> 0.3          | FALSE
        # SUM, AVERAGE, MIN and MAX skip a logical that comes from a reference, and count one typed as an argument
        SUM(flag, 1)              | 1
        AVERAGE(flag, 1, 3)       | 2
        MIN(flag, 2)              | 2
        MAX(flag, -1)             | -1
        MIN(flag)                 | 0
        MAX(flag)                 | 0
        SUM(TRUE, 1)              | 2
        AVERAGE(TRUE, 3)          | 2
        MAX(TRUE, -1)             | 1
        MIN(FALSE, 2)             | 0
        # a logical is never equal to a number and sorts above every number
        TRUE = 1                  | FALSE
        flag = 1                  | FALSE
        TRUE > 5                  | TRUE
        flag > 5                  | TRUE
        FALSE < 0                 | FALSE
        # an empty argument is legal Excel, read as 0
        ROUND(x,)                 | 3
        IF(flag,,2)               | 0
        IF(zero,1,)               | 0
        # the result's type follows the value chosen, not the function's name
        IFERROR(flag, FALSE)      | TRUE
        IFERROR(1 / zero, flag)   | TRUE
        IF(flag, flag, 0)         | TRUE
        """)
    void excelSemanticsBeyondDoubles(String formula, String expected) {
        var sheet = TestSheets.compile("input x = 2.5\ninput flag = TRUE\ninput zero = 0\nresult = " + formula + "\n");
        assertEquals(expected, sheet.evaluate().value("result").text());
    }

    @ParameterizedTest(name = "an error in ''a'' reaches ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
        b = a + 1      | #DIV/0!
        b = a * 0      | #DIV/0!
        b = MIN(a, 1)  | #DIV/0!
        b = IF(TRUE, 0, a) | 0
        """)
    void errorsFlowThroughQuantities(String definition, String expected) {
        var sheet = TestSheets.compile("input z = 0\na = 1 / z\n" + definition + "\n");
        assertEquals(expected, sheet.evaluate().value("b").text());
    }
}
