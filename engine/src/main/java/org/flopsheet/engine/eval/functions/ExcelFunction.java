package org.flopsheet.engine.eval.functions;

import org.flopsheet.engine.eval.Value;
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

    /**
     * SUM, AVERAGE, MIN, MAX: {@code numbers} are what Excel counts, never an error (the evaluator
     * passes the first error on): numbers and text typed as arguments (coerced, logicals as 1 and 0),
     * but only the numbers of arrays and of references to quantities (their logicals and text are skipped).
     */
    @FunctionalInterface
    public non-sealed interface OverNumbers extends Implementation { double apply(double[] numbers); }

    /**
     * AND, OR: {@code values} are the logicals (1 or 0) of every argument and array element that is a
     * number or a logical; text in arrays is skipped, none at all is #VALUE!.
     */
    @FunctionalInterface
    public non-sealed interface OverLogicals extends Implementation { double apply(double[] values); }

    /**
     * Functions on whole values (text, arrays, lookups): the arguments as they are, null where one
     * was left empty or omitted ({@code args.length} is the number written). Errors are the function's to pass on.
     */
    @FunctionalInterface
    public non-sealed interface OnValues extends Implementation { Value apply(Value[] args); }

    /**
     * Functions of scalars on values of any kind (LEN, LEFT, VALUE): each argument is a number, a logical,
     * text or an error, null where omitted; given arrays, the evaluator applies it element by element.
     */
    @FunctionalInterface
    public non-sealed interface OnScalars extends Implementation { Value apply(Value[] args); }

    /** The text written into an .xlsx cell formula, e.g. {@code SQRT} or {@code _xlfn.CEILING.MATH}. */
    public String excelName() { return excelPrefix + name; }

    public String arity() {
        if (minArgs == maxArgs) return minArgs + (minArgs == 1 ? " argument" : " arguments");
        if (maxArgs == VARIADIC) return "at least " + minArgs + (minArgs == 1 ? " argument" : " arguments");
        return minArgs + " to " + maxArgs + " arguments";
    }
}
