package org.flopsheet.engine.eval.functions;

import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.eval.Node;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueType;

/**
 * One spreadsheet function, declared once: everything the compiler, the unit checker, the
 * evaluator, the workbook writer, the add-in's JavaScript and the README need to know about it.
 *
 * @param name           the name, the same in the DSL and in Excel ({@code CEILING.MATH})
 * @param excelPrefix    what Excel writes before it in files: {@code _xlfn.} for functions newer than Excel 2007
 * @param parameters     in Excel's order; see {@link #parameterAt} for optional and repeating ones
 * @param resultType     number, logical, or like its result arguments
 * @param unitRule       how the result's unit follows from the arguments'
 * @param implementation the Java body on NaN-boxed doubles; errors in arguments that
 *                       {@link Parameter#propagatesErrors() propagate} never reach it, and an
 *                       infinite result becomes #NUM!
 * @param javaScript     the JavaScript twin's body for the add-in: a function expression over the same
 *                       arguments (omitted ones already replaced by their defaults), in the runtime's helpers;
 *                       null for functions on text and arrays, which the add-in's numeric runtime does not run
 *                       (sheets that use them are served by the JSON API)
 * @param onValues       for a function on numbers whose result is one of its arguments (IF, IFERROR, CHOOSE):
 *                       its body on values of any kind, for the general path; null when the general path may
 *                       apply the number body element by element
 * @param description    one line for the README, the add-in and error messages
 * @param scaleSensitive whether the result depends on the scale of the arguments' unit (ROUND of 1.5 GB
 *                       differs from ROUND of 1500 MB), so arguments must be in a declared unit
 * @param libm           whether it uses the platform's transcendental functions (exp, log, pow, sin ...),
 *                       whose last bit may differ between Java and a JavaScript engine
 * @param emptyIsNA      whether an argument left empty ({@code MROUND(,5)}) is #N/A instead of 0, as Excel's
 *                       saved results show for the functions that came from its Analysis ToolPak (MROUND, GCD, LCM)
 */
public record ExcelFunction(String name, String excelPrefix, List<Parameter> parameters, ResultType resultType,
                            UnitRule unitRule, Implementation implementation, String javaScript, String description,
                            boolean scaleSensitive, boolean libm, OnValues onValues, boolean emptyIsNA) {

    /** Excel's limit on the number of arguments of one call. */
    public static final int VARIADIC = 255;

    public ExcelFunction {
        parameters = List.copyOf(parameters);
    }

    /** The Java body. How errors flow into it is decided by the parameters' kinds. */
    public sealed interface Implementation {}

    @FunctionalInterface
    public non-sealed interface OneArg extends Implementation { double apply(double x); }

    @FunctionalInterface
    public non-sealed interface TwoArgs extends Implementation { double apply(double x, double y); }

    @FunctionalInterface
    public non-sealed interface ManyArgs extends Implementation { double apply(double[] args); }

    /** Takes its arguments unevaluated, for lazy parameters: evaluates only what it needs. */
    @FunctionalInterface
    public non-sealed interface Lazy extends Implementation { double apply(Node[] args, double[] slots); }

    /** One argument and its static type (ISNUMBER of TRUE is FALSE although TRUE travels as 1). */
    @FunctionalInterface
    public non-sealed interface OneTyped extends Implementation { double apply(double x, ValueType type); }

    /**
     * Functions on whole values (lookups, arrays, criteria): the arguments as they are, arrays included,
     * null where one was left empty or omitted ({@code args.length} is the number written).
     */
    @FunctionalInterface
    public non-sealed interface OnValues extends Implementation { Value apply(Value[] args); }

    /**
     * Functions of scalars of any kind (LEN, LEFT, VALUE): each argument a number, logical, text or
     * error, null where omitted; given arrays, the evaluator applies it element by element.
     */
    @FunctionalInterface
    public non-sealed interface OnScalars extends Implementation { Value apply(Value[] args); }

    /** Whether the add-in's JavaScript runtime has this function. */
    public boolean inJavaScript() { return javaScript != null; }

    /** The text written into an .xlsx cell formula, e.g. {@code SQRT} or {@code _xlfn.CEILING.MATH}. */
    public String excelName() { return excelPrefix + name; }

    private int groupStart() {
        for (int i = 0; i < parameters.size(); i++) if (parameters.get(i).repeats()) return i;
        return -1;
    }

    private int groupSize() {
        int start = groupStart();
        if (start < 0) return 0;
        int end = start;
        while (end < parameters.size() && parameters.get(end).repeats()) end++;
        return end - start;
    }

    /**
     * Whether the repeating list is a single argument in Excel (LARGE(array, k), PERCENTILE.INC(array, k)),
     * so that several values written here must become one union of references or one array constant there.
     */
    public boolean listIsOneArgument() {
        int start = groupStart();
        return start >= 0 && parameters.get(start).takesList() && parameters.size() > groupSize();
    }

    /** Whether the argument at {@code index} of a call with {@code count} arguments belongs to the repeating group. */
    public boolean repeatsAt(int index, int count) {
        int start = groupStart();
        return start >= 0 && index >= start && index - start < count - start - trailing(count);
    }

    public int minArgs() {
        int n = 0;
        for (Parameter p : parameters) if (!p.optional()) n++;
        return n;
    }

    public int maxArgs() { return groupStart() >= 0 ? VARIADIC : parameters.size(); }

    /**
     * The parameter that the argument at {@code index} of a call with {@code count} arguments fills:
     * parameters before the repeating group, the group as often as it fits, then what follows it
     * (SWITCH's default after its value and result pairs).
     */
    public Parameter parameterAt(int index, int count) {
        int start = groupStart();
        if (start < 0 || index < start) return parameters.get(index);
        int size = groupSize(), repeated = count - start - trailing(count);
        if (index - start < repeated) return parameters.get(start + (index - start) % size);
        return parameters.get(start + size + (index - start - repeated));
    }

    /**
     * How many of {@code count} arguments fill the parameters after the repeating group: the
     * required ones always, optional ones (SWITCH's default) when the group's count leaves room.
     */
    private int trailing(int count) {
        int start = groupStart(), size = groupSize(), required = 0, optional = 0;
        for (int i = start + size; i < parameters.size(); i++) {
            if (parameters.get(i).optional()) optional++;
            else required++;
        }
        int rest = count - start - required;
        return required + Math.min(optional, Math.max(0, rest % size));
    }

    /** Why a call with {@code count} arguments is wrong, or null when it is fine. */
    public String whyNot(int count) {
        if (count < minArgs() || count > maxArgs()) return name + " takes " + arity() + ", but " + count + (count == 1 ? " was" : " were") + " given";
        int start = groupStart();
        if (start >= 0 && groupSize() > 1) {
            int size = groupSize(), rest = count - start - trailing(count);
            if (rest % size != 0) {
                List<String> names = new ArrayList<>();
                for (int i = start; i < start + size; i++) names.add(parameters.get(i).name());
                return name + " takes its arguments in groups of " + String.join(", ", names) + ", but " + count + " were given";
            }
        }
        return null;
    }

    public String arity() {
        int min = minArgs(), max = maxArgs();
        if (min == max) return min + (min == 1 ? " argument" : " arguments");
        if (max == VARIADIC) return "at least " + min + (min == 1 ? " argument" : " arguments");
        return min + " to " + max + " arguments";
    }

    /** Excel's own way of writing the call's shape: {@code ROUND(number, num_digits)}, {@code SUM(number1, [number2], ...)}. */
    public String signature() {
        List<String> parts = new ArrayList<>();
        int start = groupStart(), size = groupSize();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.repeats()) {
                parts.add(p.optional() ? "[" + p.name() + "1]" : p.name() + "1");
                if (i == start + size - 1) {
                    for (int j = start; j <= i; j++) parts.add("[" + parameters.get(j).name() + "2]");
                    parts.add("...");
                }
            } else {
                parts.add(p.optional() ? "[" + p.name() + "]" : p.name());
            }
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    /** Starts a declaration: {@code define("SQRT", "Square root").parameters(number("number")).java(...).js(...)}. */
    public static Builder define(String name, String description) {
        return new Builder(name, description);
    }

    public static final class Builder {
        private final String name, description;
        private String prefix = "";
        private List<Parameter> parameters = List.of();
        private ResultType resultType = ResultType.NUMBER;
        private UnitRule unitRule = UnitRule.DIMENSIONLESS;
        private Implementation implementation;
        private boolean scaleSensitive, libm, emptyIsNA;
        private OnValues onValues;

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        /** Newer than Excel 2007: files spell it {@code _xlfn.NAME}. */
        public Builder xlfn() { prefix = "_xlfn."; return this; }

        /** A dynamic-array function of Excel's worksheet set (SORT, FILTER): files spell it {@code _xlfn._xlws.NAME}. */
        public Builder xlws() { prefix = "_xlfn._xlws."; return this; }

        public Builder parameters(Parameter... ps) { parameters = List.of(ps); return this; }

        public Builder result(ResultType type) { resultType = type; return this; }

        public Builder logical() { return result(ResultType.LOGICAL); }

        public Builder unit(UnitRule rule) { unitRule = rule; return this; }

        /** The result's unit from the parameters' unit letters, e.g. {@code "x"} or {@code "x^2"}. */
        public Builder unit(String result) { return unit(new UnitRule.Pattern(result)); }

        public Builder scaleSensitive() { scaleSensitive = true; return this; }

        public Builder libm() { libm = true; return this; }

        /** An argument left empty is #N/A, not 0 (see {@link ExcelFunction#emptyIsNA}). */
        public Builder emptyIsNA() { emptyIsNA = true; return this; }

        public Builder java(Implementation body) { implementation = body; return this; }

        public Builder java(OneArg body) { return java((Implementation) body); }

        public Builder java(TwoArgs body) { return java((Implementation) body); }

        public Builder javaMany(ManyArgs body) { return java(body); }

        public Builder javaValues(OnValues body) { return java(body); }

        public Builder javaScalars(OnScalars body) { return java(body); }

        /** The body on values for the general path, beside the body on numbers (see {@link ExcelFunction#onValues}). */
        public Builder onValues(OnValues body) { onValues = body; return this; }

        /** Finishes the declaration with the JavaScript twin. */
        public ExcelFunction js(String body) {
            if (implementation == null) throw new IllegalStateException(name + " has no Java body");
            return new ExcelFunction(name, prefix, parameters, resultType, unitRule, implementation, body.strip(), description,
                    scaleSensitive, libm, onValues, emptyIsNA);
        }

        /** Finishes a function on text or arrays: Java only, the add-in's numeric runtime leaves it out. */
        public ExcelFunction javaOnly() {
            if (!(implementation instanceof OnValues || implementation instanceof OnScalars)) {
                throw new IllegalStateException(name + ": a function on numbers needs its JavaScript twin");
            }
            return new ExcelFunction(name, prefix, parameters, resultType, unitRule, implementation, null, description,
                    scaleSensitive, libm, onValues, emptyIsNA);
        }
    }
}
