package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.whatif.Sensitivity;
import org.flopsheet.engine.whatif.Solution;
import org.flopsheet.engine.whatif.Solver;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The add-in's goal seek, {@code SHEET.SOLVE(output, target, vary, inputs...)}, run in GraalJS, against the
 * Java solver, on every sheet of the project: for every output and every input it is a power of, the
 * closed form's value that brings the output to twice its current value; and for a few pairs that need
 * the search (slow in an interpreted JavaScript engine), a value that gets there too. Where a plateau of
 * values reaches the target (ROUND, INT), the two may pick different ones.
 */
class SolveFunctionTest {
    private static final int SEARCHES_PER_SHEET = 3;
    private static Context js;

    @BeforeAll
    static void load() {
        js = Context.newBuilder("js").allowHostAccess(HostAccess.EXPLICIT).option("engine.WarnInterpreterOnly", "false").build();
        js.eval("js", "var registered = {}; var CustomFunctions = { ErrorCode: { notAvailable: '#N/A', invalidValue: '#VALUE!', invalidNumber: '#NUM!',"
                + " divisionByZero: '#DIV/0!' }, Error: function (code) { this.code = code; }, associate: function (id, f) { registered[id] = f; } };");
        js.eval(Source.create("js", CustomFunctions.of(ProjectFiles.allSheets()).javaScript()));
    }

    @AfterAll
    static void close() {
        js.close();
    }

    private static Value call(Sheet sheet, String output, double target, String vary) {
        return js.eval("js", "(function (f, o, t, v) { try { return f(o, t, v); } catch (e) { return e.code; } })")
                .execute(js.eval("js", "registered['" + CustomFunctions.solveId(sheet) + "']"), output, target, vary);
    }

    /**
     * The sheets with a goal seek in the add-in: those it computes in JavaScript (numbers and logicals only).
     * The distributions rule sheet is left out: its outputs are sums of CDFs that no doubling reaches, and
     * each search step runs bisecting inverses in an interpreted engine (minutes for nothing checked).
     */
    static Stream<Sheet> sheets() {
        return ProjectFiles.allSheets().stream().filter(s -> !s.hasGeneralValues())
                .filter(s -> !s.name().equals("excel_rules_distributions"));
    }

    @Test
    void finvedenTrainingFlopForHundredMillionTasks() {
        Sheet finveden = ProjectFiles.allSheets().stream().filter(s -> s.name().equals("finveden")).findFirst().orElseThrow();
        double closedForm = Math.pow(1e8 * 1e7 * 10, 2) * 1.5 / (3 * 1.5 * 20);
        assertEquals(closedForm, call(finveden, "parallel_tasks", 1e8, "training_flop").asDouble(), 1e-14 * closedForm);
        assertEquals("#N/A", call(finveden, "parallel_tasks", -5, "training_flop").asString());
        assertEquals("#VALUE!", call(finveden, "nope", 1, "training_flop").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void agreesWithTheJavaSolverOnEveryOutputAndInput(Sheet sheet) {
        List<String> problems = new ArrayList<>();
        int solved = 0, searched = 0;
        for (Quantity y : Sensitivity.numericOutputs(sheet)) {
            double y0 = sheet.evaluate().number(y.name());
            if (!Double.isFinite(y0) || y0 == 0) continue;
            for (Quantity x : Sensitivity.numericInputs(sheet)) {
                var elasticity = Sensitivity.of(sheet, y, x, Map.of());
                if (elasticity.how() == org.flopsheet.engine.whatif.Elasticity.How.EXPONENT && elasticity.value() == 0) continue;
                Solution java = Solver.solve(sheet, y, 2 * y0, x, Map.of());
                if (!(java instanceof Solution.Exact) && ++searched > SEARCHES_PER_SHEET) continue;
                Value got = call(sheet, y.name(), 2 * y0, x.name());
                double expected = switch (java) {
                    case Solution.Exact e -> e.value();
                    case Solution.Searched s -> s.values().get(0);
                    case Solution.NotReached n -> Double.NaN;
                };
                String what = y.name() + " = 2 x " + y0 + " by " + x.name();
                if (Double.isNaN(expected)) {
                    if (!got.isString() || !got.asString().equals("#N/A")) problems.add(what + ": Java finds none, JavaScript " + got);
                } else if (!got.isNumber()) {
                    problems.add(what + ": Java " + expected + ", JavaScript " + got);
                } else {
                    double reached = sheet.evaluate(Map.of(x.name(), got.asDouble())).number(y.name());
                    boolean sameValue = Math.abs(got.asDouble() - expected) <= 1e-9 * Math.abs(expected);
                    if ((java instanceof Solution.Exact && !sameValue) || Math.abs(reached - 2 * y0) > Solver.ACCEPT * Math.abs(2 * y0)) {
                        problems.add(what + ": Java " + expected + ", JavaScript " + got.asDouble() + " reaching " + reached);
                    }
                    solved++;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(solved > 0, sheet.name());
    }
}
