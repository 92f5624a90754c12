package org.flopsheet.engine.eval.functions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The README's list of functions, written from the declarations so that it cannot fall behind them. */
public final class FunctionReference {
    public static final String START = "<!-- functions:start (generated from the function declarations) -->";
    public static final String END = "<!-- functions:end -->";

    private FunctionReference() {}

    /** The Markdown between {@link #START} and {@link #END}, both included. */
    public static String markdown() {
        StringBuilder md = new StringBuilder(START).append("\n");
        md.append(FunctionLibrary.all().size()).append(" functions. Unit: the result's unit, `[p]` standing for the unit of parameter p;")
                .append(" parameters that share a unit are brought to one.\n");
        for (Map.Entry<String, List<ExcelFunction>> category : FunctionLibrary.byCategory().entrySet()) {
            md.append("\n**").append(category.getKey()).append("**\n\n");
            md.append("| function | what it gives | unit |\n| --- | --- | --- |\n");
            for (ExcelFunction f : category.getValue()) {
                md.append("| `").append(f.signature()).append("` | ").append(f.description().replace("|", "\\|")).append(" | ")
                        .append(unit(f)).append(" |\n");
            }
        }
        return md.append(END).toString();
    }

    private static String unit(ExcelFunction f) {
        return switch (f.unitRule()) {
            case UnitRule.Pattern p -> p.result().isEmpty() ? "dimensionless" : pattern(f, p.result());
            case UnitRule.Power p -> "[number]^power, power a constant";
            case UnitRule.SquareRoot s -> "[number]^(1/2)";
            case UnitRule.CriteriaRange r -> "[sum_range], or [range] without it";
            case UnitRule.Product p -> "the product of the arrays' units";
            case UnitRule.CumulativeOrDensity d -> "dimensionless (cumulative) or 1/" + pattern(f, "x") + " (density)";
        };
    }

    private static String pattern(ExcelFunction f, String result) {
        Map<String, String> firstParameter = new LinkedHashMap<>();
        for (Parameter p : f.parameters()) firstParameter.putIfAbsent(p.unit(), p.name());
        StringBuilder out = new StringBuilder();
        for (char c : result.toCharArray()) {
            String name = Character.isLetter(c) ? firstParameter.get(String.valueOf(c)) : null;
            out.append(name != null ? "[" + name + "]" : String.valueOf(c));
        }
        return out.toString();
    }
}
