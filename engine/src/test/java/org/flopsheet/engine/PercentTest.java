package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity in % holds the fraction, as a spreadsheet cell formatted as a percentage does: 60 % is 0.6,
 * shown as 60 %. Written after a number, % is Excel's percent operator (';' separates the lines of a sheet).
 */
class PercentTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sheet                                                       | quantity | stored | shown | unit
        input u = 60 %                                                 | u        | 0.6    | 60    | %
        input u = 0.5 %                                                | u        | 0.005  | 0.5   | %
        input u = (60) %                                               | u        | 0.6    | 60    | %
        x = 50 % + 0.25                                                | x        | 0.75   | 75    | %
        input u = 60 %; x = u + 0.25                                   | x        | 0.85   | 85    | %
        input u = 60 %; x = u * 2                                      | x        | 1.2    | 120   | %
        input u = 60 %; x = u * (2 GB)                                 | x        | 1.2    | 1.2   | GB
        input u = 60 %; x = u > (50 %)                                 | x        | 1      | 1     | ''
        input u = 60 %; x = u > 0.5                                    | x        | 1      | 1     | ''
        input u = 60 %; x = u > 50                                     | x        | 0      | 0     | ''
        input a = 3; input b = 4; share = a / b %                      | share    | 0.75   | 75    | %
        input a = 3 GB; input b = 4 GB; share = a / b %                | share    | 0.75   | 75    | %
        unit GPU; input g = 10 GPU; input u = 50 %; x = g / u          | x        | 20     | 20    | GPU
        unit GPU; input g = 10 GPU; input u = 50 %; x = g / u GPU      | x        | 20     | 20    | GPU
        unit GPU; input g = 10 GPU; input u = 50 %; x = g / u GPU/%    | x        | 20     | 20    | GPU
        unit GPU; input g = 10 GPU; input u = 50 %; x = u / g          | x        | 0.05   | 0.05  | 1/GPU
        input u = 50 %; x = u^2                                        | x        | 0.25   | 0.25  | ''
        input u = 50 %; x = LN(u)                                      | x        | -0.6931471805599453 | -0.6931471805599453 | ''
        """)
    void aPercentQuantityHoldsTheFraction(String lines, String quantity, double stored, double shown, String unit) {
        Sheet sheet = TestSheets.compile(lines.replace("; ", "\n") + "\n");
        double value = sheet.evaluate().number(quantity);
        assertEquals(stored, value, 1e-12);
        assertEquals(shown, sheet.quantity(quantity).unit().shown(value), 1e-12);
        assertEquals(unit, sheet.quantity(quantity).unitText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # typed outside the DSL (--set, CSV cells, JSON) | fraction
        0.5                                             | 0.5
        0.65                                            | 0.65
        65%                                             | 0.65
        65 %                                            | 0.65
        1e2 %                                           | 1
        0                                               | 0
        """)
    void aPlainNumberForAPercentInputIsTheFraction(String typed, double fraction) {
        Sheet sheet = TestSheets.compile("input utilization = 60 %\nx = utilization * 10\n");
        assertEquals(fraction, InputValues.parse(sheet, "utilization", typed), 1e-15);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # scenario values of a % input        | stored
        scenarios u = 20 %, 0.3                | 0.2
        scenario "hot" u = 90 %                 | 0.9
        """)
    void scenarioValuesFollowTheSameConvention(String scenarioLine, double first) {
        Sheet sheet = TestSheets.compile("input u = 60 %\n" + scenarioLine + "\n");
        assertEquals(first, sheet.evaluate(sheet.scenarios().get(0)).number("u"), 1e-15);
    }
}
