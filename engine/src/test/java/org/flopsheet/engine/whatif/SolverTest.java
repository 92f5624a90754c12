package org.flopsheet.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.flopsheet.engine.TestSheets;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Solving sheets that are not power laws: every crossing, or a sentence saying why there is none. */
class SolverTest {

    private static Solution solve(String formula, double x0, double target) {
        Sheet sheet = TestSheets.compile("input x = " + x0 + "\ninput a = 3\ny = " + formula + "\n");
        return Solver.solve(sheet, sheet.quantity("y"), target, sheet.quantity("x"), Map.of());
    }

    @ParameterizedTest(name = "y = {0} from x = {1}: y = {2} at x = {3}")
    @CsvSource(delimiter = '|', value = {
        // formula              | x0   | target | every solution, nearest the start first
        "x + a                  | 1    | 10     | 7",
        "x^2 + x                | 1    | 12     | 3",
        "1 + 1/x                | 2    | 1.25   | 4",
        "(x - a)^2              | 1    | 1      | 2 4",
        "EXP(x) - 1             | 1    | 0.5    | 0.4054651081081644",
        "x*LN(x)                | 2    | 10     | 5.728925",
        "MIN(x, 10) + x/100     | 1    | 10.5   | 50",
        "x - 20                 | -1   | -25    | -5",
        "x^3 - a                | 0    | 5      | 2",
    })
    void findsEveryCrossing(String formula, double x0, double target, String expected) {
        Solution s = solve(formula, x0, target);
        double[] wanted = Arrays.stream(expected.split(" ")).mapToDouble(Double::parseDouble).toArray();
        if (s instanceof Solution.Exact exact) {
            assertEquals(1, wanted.length);
            assertEquals(wanted[0], exact.value(), 1e-6 * Math.abs(wanted[0]));
            return;
        }
        Solution.Searched found = assertInstanceOf(Solution.Searched.class, s, s.toString());
        assertEquals(wanted.length, found.values().size(), found.toString());
        for (int i = 0; i < wanted.length; i++) {
            assertEquals(wanted[i], found.values().get(i), 1e-6 * Math.abs(wanted[i]), found.toString());
            assertEquals(target, found.reached().get(i), Solver.ACCEPT * Math.abs(target));
        }
    }

    @ParameterizedTest(name = "y = {0} from x = {1} never reaches {2}")
    @CsvSource(delimiter = '|', value = {
        "x^2 + 1                | 1    | 0.5    | between",
        "IF(x > 5, 10, 0)       | 1    | 4      | jumps past the target",
        "a                      | 1    | 4      | does not depend on x",
        "SQRT(x) * a            | 1    | -5     | never reaches -5",
        "1/(x-x)                | 1    | 4      | an error for every value tried",
    })
    void saysWhyNoValueReachesTheTarget(String formula, double x0, double target, String because) {
        Solution.NotReached none = assertInstanceOf(Solution.NotReached.class, solve(formula, x0, target));
        assertTrue(none.reason().contains(because), none.reason());
    }

    @ParameterizedTest(name = "y = {0}: closed form, exponent {1}")
    @CsvSource(delimiter = '|', value = {
        "a * x^2                | 2",
        "SQRT(a / x)            | -0.5",
        "POWER(x * a, 1/3) / a  | 0.3333333333333333",
        "x^a                    | 3",
        "-x / a                 | 1",
    })
    void powerLawsAreSolvedInClosedForm(String formula, double exponent) {
        Sheet sheet = TestSheets.compile("input x = 2\ninput a = 3\ny = " + formula + "\n");
        double target = 7 * sheet.evaluate().number("y");
        Solution.Exact exact = assertInstanceOf(Solution.Exact.class,
                Solver.solve(sheet, sheet.quantity("y"), target, sheet.quantity("x"), Map.of()));
        assertEquals(exponent, exact.exponent(), 1e-15);
        assertEquals(2 * Math.pow(7, 1 / exponent), exact.value(), 1e-13 * exact.value());
    }
}
