package org.flopsheet.app.whatif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.whatif.Solution;
import org.flopsheet.engine.whatif.Solver;

/** A solve answer for people (a few lines) and for programs (JSON), the same on the command line and the API. */
public final class SolveReport {
    private SolveReport() {}

    public static Solution solve(SolveQuestion q) {
        return Solver.solve(q.sheet(), q.output(), q.target(), q.input(), q.inputs());
    }

    public static Map<String, Object> json(SolveQuestion q, Solution s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sheet", q.sheet().name());
        json.put("output", q.output().name());
        json.put("target", q.target());
        json.put("targetUnit", q.output().unitText());
        json.put("vary", q.input().name());
        json.put("unit", q.input().unitText());
        json.put("scenario", q.scenario());
        json.put("current", currentInput(q));
        switch (s) {
            case Solution.Exact exact -> {
                json.put("method", "exact");
                json.put("value", exact.value());
                json.put("values", List.of(exact.value()));
                json.put("reached", exact.reached());
                json.put("exponent", exact.exponent());
                json.put("explanation", explain(q, s));
            }
            case Solution.Searched found -> {
                json.put("method", "search");
                json.put("value", found.values().get(0));
                json.put("values", found.values());
                json.put("reached", found.reached().get(0));
                json.put("unique", found.unique());
                json.put("searched", List.of(found.from(), found.to()));
                json.put("tolerance", Solver.TOLERANCE);
                json.put("explanation", explain(q, s));
            }
            case Solution.NotReached none -> {
                json.put("method", "none");
                json.put("value", null);
                json.put("values", List.of());
                json.put("explanation", none.reason());
            }
        }
        return json;
    }

    /** The answer as a person reads it: the value, then how it was found. */
    public static String text(SolveQuestion q, Solution s) {
        StringBuilder out = new StringBuilder();
        String where = q.scenario() == null ? "the base case" : "scenario " + q.scenario();
        boolean plainNumber = q.targetText().matches("[-+]?[0-9._]+([eE][-+]?[0-9]+)?");
        String goal = q.output().name() + " = " + q.targetText()
                + (plainNumber ? withUnit(q.output(), "") : " (" + NumberText.shortest(q.target()) + withUnit(q.output(), "") + ")");
        switch (s) {
            case Solution.Exact exact -> {
                out.append(q.input().name()).append(" = ").append(shown(exact.value(), q.input())).append('\n');
                out.append("  makes ").append(goal).append(", the other inputs as in ").append(where).append(".\n");
                out.append("  ").append(explain(q, s)).append('\n');
            }
            case Solution.Searched found -> {
                if (!found.unique()) {
                    out.append(found.values().size()).append(" values of ").append(q.input().name()).append(" make ").append(goal)
                            .append(" (the other inputs as in ").append(where).append("), nearest the current value first:\n");
                    for (double v : found.values()) out.append("  ").append(q.input().name()).append(" = ").append(shown(v, q.input())).append('\n');
                } else {
                    out.append(q.input().name()).append(" = ").append(shown(found.values().get(0), q.input())).append('\n');
                    out.append("  makes ").append(goal).append(", the other inputs as in ").append(where).append(".\n");
                }
                out.append("  ").append(explain(q, s)).append('\n');
            }
            case Solution.NotReached none -> out.append("no solution: ").append(none.reason()).append('\n');
        }
        return out.toString();
    }

    private static String explain(SolveQuestion q, Solution s) {
        String x = q.input().name(), y = q.output().name();
        return switch (s) {
            case Solution.Exact exact -> "Exact: along its chain of formulas " + y + " ∝ " + x + "^" + NumberText.shortest(exact.exponent())
                    + ", so " + x + " = " + NumberText.shortest(currentInput(q)) + " × (" + NumberText.shortest(q.target()) + " / "
                    + NumberText.shortest(currentOutput(q)) + ")^(1/" + NumberText.shortest(exact.exponent()) + "); the sheet gives "
                    + y + " = " + NumberText.shortest(exact.reached()) + " there.";
            case Solution.Searched found -> y + " is not a product of powers of " + x + ", so by a " + Solver.SEARCH_METHOD
                    + " over " + NumberText.significant(found.from(), 3) + " to " + NumberText.significant(found.to(), 3)
                    + "; the sheet gives " + y + " = " + NumberText.shortest(found.reached().get(0)) + " there"
                    + (found.unique() ? "; no other value crosses the target in that range." : ".");
            case Solution.NotReached none -> none.reason();
        };
    }

    private static double currentInput(SolveQuestion q) {
        return q.inputs().getOrDefault(q.input().name(), q.sheet().defaults()[q.input().index()]);
    }

    private static double currentOutput(SolveQuestion q) {
        return q.sheet().evaluate(q.inputs()).number(q.output().name());
    }

    private static String shown(double v, Quantity q) {
        return NumberText.significant(v, 4) + withUnit(q, "") + "  (" + NumberText.shortest(v) + ")";
    }

    private static String withUnit(Quantity q, String none) {
        return q.unitText().isEmpty() ? none : " " + q.unitText();
    }
}
