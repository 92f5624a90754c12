package org.flopsheet.engine.eval.functions;

import org.flopsheet.engine.eval.ValueType;

/**
 * One spreadsheet function: its name (the same in the DSL and in Excel), how many arguments it
 * takes, the Excel file prefix it needs ({@code _xlfn.} for functions newer than Excel 2007),
 * its result type, its unit rule, and its implementation on doubles.
 */
public record ExcelFunction(String name, int minArgs, int maxArgs, String excelPrefix, ValueType resultType,
                            UnitRule unitRule, Implementation implementation, String description) {

    public static final int VARIADIC = 255;

    /** How errors flow is up to each implementation; {@link Errors} has the usual helpers. */
    public sealed interface Implementation {}

    @FunctionalInterface
    public non-sealed interface OneArg extends Implementation { double apply(double x); }

    @FunctionalInterface
    public non-sealed interface TwoArgs extends Implementation { double apply(double x, double y); }

    @FunctionalInterface
    public non-sealed interface ManyArgs extends Implementation { double apply(double[] args); }

    /** The text written into an .xlsx cell formula, e.g. {@code SQRT} or {@code _xlfn.CEILING.MATH}. */
    public String excelName() { return excelPrefix + name; }

    public String arity() {
        if (minArgs == maxArgs) return minArgs + (minArgs == 1 ? " argument" : " arguments");
        if (maxArgs == VARIADIC) return "at least " + minArgs + (minArgs == 1 ? " argument" : " arguments");
        return minArgs + " to " + maxArgs + " arguments";
    }
}
