package org.flopsheet.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finveden's chain in closed form: parallel_tasks = sqrt(3·F·h·m/k) / (D·r). */
class FinvedenClosedFormTest {
    private final Sheet sheet = compile();

    private static Sheet compile() {
        try {
            return Compiler.compile(Path.of("..", "workbooks", "finveden.flop"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private double input(String name) { return sheet.defaults()[sheet.quantity(name).index()]; }

    @Test
    void trainingFlopForHundredMillionTasksIsTheClosedForm() {
        double tasks = 1e8, d = input("duration"), r = input("task_rate"), k = input("k"), h = input("h"), m = input("m");
        double closedForm = (tasks * d * r) * (tasks * d * r) * k / (3 * h * m);
        Solution s = Solver.solve(sheet, sheet.quantity("parallel_tasks"), tasks, sheet.quantity("training_flop"), Map.of());
        Solution.Exact exact = assertInstanceOf(Solution.Exact.class, s);
        assertEquals(0.5, exact.exponent());
        assertEquals(closedForm, exact.value(), 1e-14 * closedForm);
        assertEquals(1.667e30, exact.value(), 0.0005e30);
        assertEquals(tasks, exact.reached(), 1e-12 * tasks);
    }

    @ParameterizedTest(name = "parallel_tasks ∝ {0}^{1}")
    @CsvSource({
        "training_flop,  0.5",
        "h,              0.5",
        "m,              0.5",
        "k,             -0.5",
        "duration,      -1",
        "task_rate,     -1",
    })
    void elasticitiesAreTheExponentsOfTheClosedForm(String input, double exponent) {
        Elasticity e = Sensitivity.of(sheet, sheet.quantity("parallel_tasks"), sheet.quantity(input), Map.of());
        assertEquals(Elasticity.How.EXPONENT, e.how());
        assertEquals(exponent, e.value(), 0);
    }

    @ParameterizedTest(name = "{0} for tokens_per_s = {1}")
    @CsvSource({
        // tokens_per_s = sqrt(3·F·h·m/k) / D: F = (T·D)²·k/(3·h·m), D = sqrt(3·F·h·m/k) / T
        "training_flop, 4e6",
        "duration,      4e6",
        "training_flop, 1e12",
    })
    void solvingTokensPerSecondMatchesTheClosedForm(String input, double target) {
        double f = input("training_flop"), d = input("duration"), k = input("k"), h = input("h"), m = input("m");
        double expected = input.equals("training_flop") ? (target * d) * (target * d) * k / (3 * h * m) : Math.sqrt(3 * f * h * m / k) / target;
        Solution.Exact exact = assertInstanceOf(Solution.Exact.class,
                Solver.solve(sheet, sheet.quantity("tokens_per_s"), target, sheet.quantity(input), Map.of()));
        assertEquals(expected, exact.value(), 1e-14 * expected);
    }

    @Test
    void aScenarioIsTheStartingPoint() {
        Map<String, Double> scenario = sheet.scenario("training_flop=3e29").inputs();
        Solution.Exact exact = assertInstanceOf(Solution.Exact.class,
                Solver.solve(sheet, sheet.quantity("parallel_tasks"), 1e8, sheet.quantity("duration"), scenario));
        double tasksThere = sheet.evaluate(scenario).number("parallel_tasks");
        assertEquals(input("duration") * tasksThere / 1e8, exact.value(), 1e-14 * exact.value());
    }

    @Test
    void aNegativeTargetIsNeverReached() {
        Solution s = Solver.solve(sheet, sheet.quantity("parallel_tasks"), -5, sheet.quantity("training_flop"), Map.of());
        Solution.NotReached none = assertInstanceOf(Solution.NotReached.class, s);
        assertEquals(true, none.reason().contains("never reaches -5"), none.reason());
    }
}
