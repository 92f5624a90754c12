package org.flopsheet.app.whatif;

import java.util.Map;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.compile.Suggestions;

/**
 * One goal-seek question as a person types it (on the command line, in an API request, in an add-in
 * call), checked against the sheet: an output, a target (optionally with a unit of the output's
 * dimension), the input to vary and the scenario to start from. Bad names throw
 * IllegalArgumentException with a message that says what to write instead.
 */
public record SolveQuestion(Sheet sheet, Quantity output, double target, String targetText, Quantity input,
                            String scenario, Map<String, Double> inputs) {

    /**
     * @param target   the target value, e.g. {@code 4e6} or {@code 4e6 token/s} or {@code 345.6e9 token/day}
     * @param scenario a scenario's name, or null for the base case
     */
    public static SolveQuestion of(Sheet sheet, String output, String target, String vary, String scenario) {
        Quantity out = quantity(sheet, output, "target");
        if (out.input()) {
            throw new IllegalArgumentException("'" + output + "' is an input; the target must be a formula of the sheet, e.g. "
                    + sheet.outputs().get(sheet.outputs().size() - 1).name());
        }
        Quantity in = quantity(sheet, vary, "input to vary");
        if (!in.input()) {
            throw new IllegalArgumentException("'" + vary + "' is a formula; vary one of the inputs: "
                    + String.join(", ", sheet.inputs().stream().map(Quantity::name).toList()));
        }
        double value = InputValues.valueIn(sheet, out, target);
        Map<String, Double> inputs = Map.of();
        if (scenario != null) {
            Scenario s = sheet.scenario(scenario);
            if (s == null) {
                String guess = Suggestions.closest(scenario, sheet.scenarios().stream().map(Scenario::name).toList());
                throw new IllegalArgumentException("no scenario named '" + scenario + "'"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "; the sheet has: "
                        + String.join(", ", sheet.scenarios().stream().map(Scenario::name).toList())));
            }
            inputs = s.inputs();
        }
        return new SolveQuestion(sheet, out, value, target.trim(), in, scenario, inputs);
    }

    private static Quantity quantity(Sheet sheet, String name, String role) {
        Quantity q = sheet.quantity(name == null ? "" : name.trim());
        if (q != null) return q;
        String guess = Suggestions.closest(name == null ? "" : name.trim(), sheet.byName().keySet());
        throw new IllegalArgumentException("the " + role + " '" + name + "' is not a quantity of sheet '" + sheet.name() + "'"
                + (guess != null ? "; did you mean '" + guess + "'?" : ""));
    }
}
