package org.flopsheet.engine.functions;

import org.flopsheet.engine.TestSheets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Aggregates and statistics on argument lists: Microsoft's documented examples (their data typed as
 * arguments, since a list is its arguments until arrays exist) and the error cases, compared at the
 * 15 significant digits Excel shows.
 */
class StatisticsFunctionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        SUM(3, 2)                               | 5
        PRODUCT(5, 15, 30)                      | 2250
        PRODUCT(5, 15, 30, 2)                   | 4500
        SUMSQ(3, 4)                             | 25
        COUNT(1, 2, 1 / 0, 3)                   | 3
        COUNTA(1, 2, 1 / 0, 3)                  | 4
        MIN(10, 7, 9, 27, 2)                    | 2
        MAX(10, 7, 9, 27, 2, 30)                | 30
        MINA(FALSE, 0.2, 0.5, 0.4, 0.8)         | 0
        MAXA(0, 0.2, 0.5, 0.4, TRUE)            | 1
        AVERAGE(10, 7, 9, 27, 2)                | 11
        AVERAGEA(10, 7, 9, 2, FALSE)            | 5.6
        MEDIAN(1, 2, 3, 4, 5)                   | 3
        MEDIAN(1, 2, 3, 4, 5, 6)                | 3.5
        MODE.SNGL(5.6, 4, 4, 3, 2, 4)           | 4
        MODE(5.6, 4, 4, 3, 2, 4)                | 4
        MODE.SNGL(1, 2, 3)                      | #N/A
        MODE.SNGL(1, 2, 2, 1)                   | 1
        VAR.S(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299) | 754.2666666666667
        VAR(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299)   | 754.2666666666667
        VAR.P(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299) | 678.84
        STDEV.S(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299) | 27.463915719843467
        STDEV(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299)   | 27.463915719843467
        STDEV.P(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299) | 26.054558142482477
        VAR.S(5)                                | #DIV/0!
        STDEV.S(5)                              | #DIV/0!
        VAR.P(5)                                | 0
        GEOMEAN(4, 5, 8, 7, 11, 4, 3)           | 5.476986969656962
        GEOMEAN(4, 0)                           | #NUM!
        HARMEAN(4, 5, 8, 7, 11, 4, 3)           | 5.028375962061728
        HARMEAN(4, -1)                          | #NUM!
        LARGE(3, 5, 3, 5, 4, 3)                 | 4
        LARGE(3, 5, 3, 5, 4, 4, 2, 4, 6, 7, 3)  | 5
        LARGE(3, 5, 3, 5, 4, 7)                 | #NUM!
        LARGE(3, 5, 3, 5, 4, 0)                 | #NUM!
        SMALL(3, 4, 5, 2, 3, 4, 5, 6, 4, 7, 4)  | 4
        SMALL(1, 4, 8, 3, 7, 12, 54, 8, 23, 2)  | 3
        PERCENTILE.INC(1, 3, 2, 4, 0.3)         | 1.9
        PERCENTILE(1, 3, 2, 4, 0.3)             | 1.9
        PERCENTILE.INC(1, 3, 2, 4, 1.5)         | #NUM!
        PERCENTILE.EXC(1, 2, 3, 6, 6, 6, 7, 8, 9, 0.25) | 2.5
        PERCENTILE.EXC(1, 2, 3, 6, 6, 6, 7, 8, 9, 0)    | #NUM!
        PERCENTILE.EXC(1, 2, 3, 6, 6, 6, 7, 8, 9, 0.01) | #NUM!
        PERCENTILE.EXC(1, 2, 3, 6, 6, 6, 7, 8, 9, 2)    | #NUM!
        QUARTILE.INC(1, 2, 4, 7, 8, 9, 10, 12, 1) | 3.5
        QUARTILE(1, 2, 4, 7, 8, 9, 10, 12, 1)     | 3.5
        QUARTILE.INC(1, 2, 4, 7, 8, 9, 10, 12, 5) | #NUM!
        QUARTILE.EXC(6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49, 1) | 15
        QUARTILE.EXC(6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49, 3) | 43
        QUARTILE.EXC(6, 7, 15, 36, 39, 40, 41, 42, 43, 47, 49, 4) | #NUM!
        SUM(1, 1 / 0, SQRT(-1))                 | #DIV/0!
        MEDIAN(SQRT(-1), 2)                     | #NUM!
        """)
    void evaluatesLikeExcel(String formula, String expected) {
        ExcelDisplay.assertShows(expected, TestSheets.value(formula));
    }
}
