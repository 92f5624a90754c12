package org.flopsheet.engine.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output and input of every model in workbooks/: exact exponents agree with a numerical
 * derivative, and every solve lands on its target when the sheet is evaluated at the answer.
 */
class ShippedModelsTest {

    /** The models whose quantities are all numbers: power-law chains run through numbers (accelerators.flop is a lookup model). */
    static Stream<Path> models() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(Path.of("..", "workbooks"))) {
            list.filter(p -> p.toString().endsWith(".flop")).sorted()
                    .filter(ShippedModelsTest::numeric).forEach(files::add);
        }
        assertTrue(files.size() >= 4, "the shipped models are missing: " + files);
        return files.stream();
    }

    private static boolean numeric(Path model) {
        try {
            return !Compiler.compile(model).hasGeneralValues();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** d ln y / d ln x by a central difference with a wide step, written here independently of Sensitivity. */
    private static double numericalElasticity(Sheet sheet, Quantity y, Quantity x) {
        double x0 = sheet.defaults()[x.index()];
        double h = 1e-4;
        double up = sheet.evaluate(Map.of(x.name(), x0 * (1 + h))).number(y.name());
        double down = sheet.evaluate(Map.of(x.name(), x0 * (1 - h))).number(y.name());
        return Math.log(up / down) / Math.log((1 + h) / (1 - h));
    }

    @ParameterizedTest
    @MethodSource("models")
    void exactExponentsAgreeWithNumericalDerivatives(Path model) throws IOException {
        Sheet sheet = Compiler.compile(model);
        int exact = 0;
        var table = Sensitivity.table(sheet, Map.of(), Sensitivity.numericOutputs(sheet));
        for (var row : table.entrySet()) {
            Quantity y = sheet.quantity(row.getKey());
            for (var cell : row.getValue().entrySet()) {
                Elasticity e = cell.getValue();
                Quantity x = sheet.quantity(cell.getKey());
                if (!e.defined()) continue;
                double numerical = numericalElasticity(sheet, y, x);
                if (e.how() == Elasticity.How.EXPONENT && e.value() != 0) exact++;
                if (Double.isFinite(numerical)) {
                    assertEquals(numerical, e.value(), 1e-5 * Math.max(1, Math.abs(numerical)),
                            model + ": d ln " + y.name() + " / d ln " + x.name() + " (" + e.how() + ")");
                }
            }
        }
        assertTrue(exact > 0, model + " has no power-law chain at all");
    }

    @ParameterizedTest
    @MethodSource("models")
    void solvingForThreeTimesEachOutputLandsOnIt(Path model) throws IOException {
        Sheet sheet = Compiler.compile(model);
        int solved = 0;
        for (Quantity y : Sensitivity.numericOutputs(sheet)) {
            double y0 = sheet.evaluate().number(y.name());
            if (!Double.isFinite(y0) || y0 == 0) continue;
            for (Quantity x : Sensitivity.numericInputs(sheet)) {
                if (!Chain.reaches(sheet, y, x) || sheet.defaults()[x.index()] == 0) continue;
                Elasticity e = Sensitivity.of(sheet, y, x, Map.of());
                if (e.how() != Elasticity.How.EXPONENT || e.value() == 0) continue;
                Solution.Exact exact = assertInstanceOf(Solution.Exact.class, Solver.solve(sheet, y, 3 * y0, x, Map.of()),
                        model + ": " + y.name() + " by " + x.name());
                double x0 = sheet.defaults()[x.index()];
                assertEquals(x0 * Math.pow(3, 1 / e.value()), exact.value(), 1e-12 * Math.abs(exact.value()));
                double reached = sheet.evaluate(Map.of(x.name(), exact.value())).number(y.name());
                assertEquals(3 * y0, reached, 1e-9 * Math.abs(3 * y0), model + ": " + y.name() + " by " + x.name());
                solved++;
            }
        }
        assertTrue(solved > 0, model + ": nothing solved in closed form");
    }

    @ParameterizedTest
    @MethodSource("models")
    void searchedSolutionsLandOnTheirTargets(Path model) throws IOException {
        Sheet sheet = Compiler.compile(model);
        for (Quantity y : Sensitivity.numericOutputs(sheet)) {
            for (Quantity x : Sensitivity.numericInputs(sheet)) {
                double x0 = sheet.defaults()[x.index()];
                if (!Chain.reaches(sheet, y, x) || x0 == 0) continue;
                if (Sensitivity.of(sheet, y, x, Map.of()).how() != Elasticity.How.CENTRAL_DIFFERENCE) continue;
                double target = sheet.evaluate(Map.of(x.name(), x0 * 1.5)).number(y.name());
                if (!Double.isFinite(target)) continue;
                Solution s = Solver.solve(sheet, y, target, x, Map.of());
                String what = model + ": " + y.name() + " = " + target + " by " + x.name();
                if (s instanceof Solution.NotReached none) throw new AssertionError(what + ": " + none.reason());
                List<Double> values = s instanceof Solution.Searched found ? found.values() : List.of(((Solution.Exact) s).value());
                for (double v : values) {
                    assertEquals(target, sheet.evaluate(Map.of(x.name(), v)).number(y.name()), Solver.ACCEPT * Math.abs(target), what);
                }
            }
        }
    }
}
