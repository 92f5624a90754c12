package org.flopsheet.engine.whatif;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.NodeCompiler;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * Reads off the syntax tree whether an output is {@code c·x^e} in one input {@code x} along its whole
 * chain of formulas (products, quotients, constant powers and square roots of {@code x}, with {@code c}
 * free of {@code x}), and if so the exponent {@code e}. An exponent written with other inputs
 * ({@code N^alpha}) takes their values in {@code slots}. Sums, IF, MIN and the like that involve
 * {@code x} are not power laws: the answer is empty, and callers fall back to numerical methods.
 */
public final class PowerLaw {
    private final Sheet sheet;
    private final String input;
    private final double[] slots;
    private final NodeCompiler nodes;
    private final boolean exponentsMayUseQuantities;
    private final Map<String, OptionalDouble> byQuantity = new HashMap<>();

    private PowerLaw(Sheet sheet, String input, double[] slots, boolean exponentsMayUseQuantities) {
        this.sheet = sheet;
        this.exponentsMayUseQuantities = exponentsMayUseQuantities;
        this.input = input;
        this.slots = slots;
        this.nodes = new NodeCompiler(name -> sheet.quantity(name).index());
    }

    /**
     * The exponent of {@code input} in {@code output} (0 when the output does not depend on it), or
     * empty when the chain is not a product of powers of it.
     *
     * @param slots every quantity's value at the point of interest (exponents written with inputs are read here)
     */
    public static OptionalDouble exponent(Sheet sheet, Quantity output, Quantity input, double[] slots) {
        return new PowerLaw(sheet, input.name(), slots, true).along(output);
    }

    /**
     * Like {@link #exponent}, but only where every exponent along the chain is written as a number, so
     * that the exponent stays the same whatever the inputs are: what a formula written into a workbook needs.
     */
    public static OptionalDouble fixedExponent(Sheet sheet, Quantity output, Quantity input) {
        return new PowerLaw(sheet, input.name(), sheet.defaults(), false).along(output);
    }

    /**
     * {@link #fixedExponent} of every formula quantity in {@code input}, in one pass in dependency order:
     * what a caller asking for every output needs (asking one output at a time walks the sheet each time).
     */
    public static java.util.Map<String, OptionalDouble> fixedExponents(Sheet sheet, Quantity input) {
        PowerLaw law = new PowerLaw(sheet, input.name(), sheet.defaults(), false);
        java.util.Map<String, OptionalDouble> byName = new java.util.HashMap<>();
        for (Quantity q : sheet.formulasInOrder()) byName.put(q.name(), law.of(q));
        return byName;
    }

    /**
     * The exponent in {@code output}, found for every formula before it in the sheet's dependency order
     * first, so that each formula meets only known exponents: a chain of 100,000 quantities would
     * otherwise recurse 100,000 deep and overflow the stack.
     */
    private OptionalDouble along(Quantity output) {
        java.util.Set<String> used = new java.util.HashSet<>();
        java.util.ArrayDeque<org.flopsheet.engine.dsl.Expr> work = new java.util.ArrayDeque<>();
        if (!output.input()) work.push(output.formula());
        while (!work.isEmpty()) {
            org.flopsheet.engine.dsl.Expr e = work.pop();
            if (e instanceof org.flopsheet.engine.dsl.Expr.Ref r) {
                Quantity q = sheet.quantity(r.name());
                if (used.add(q.name()) && !q.input()) work.push(q.formula());
            }
            e.children().forEach(work::push);
        }
        for (Quantity q : sheet.formulasInOrder()) {
            if (q.name().equals(output.name())) break;
            if (used.contains(q.name())) of(q);
        }
        return of(output);
    }

    private OptionalDouble of(Quantity q) {
        if (q.name().equals(input)) return OptionalDouble.of(1);
        if (q.input()) return OptionalDouble.of(0);
        OptionalDouble known = byQuantity.get(q.name());
        if (known != null) return known;
        OptionalDouble e = of(q.formula());
        byQuantity.put(q.name(), e);
        return e;
    }

    private OptionalDouble of(Expr e) {
        return switch (e) {
            case Expr.Num n -> OptionalDouble.of(0);
            case Expr.Bool b -> OptionalDouble.of(0);
            case Expr.Text t -> OptionalDouble.of(0);
            case Expr.Missing m -> OptionalDouble.of(0);
            case Expr.ArrayOf a -> OptionalDouble.of(0);
            case Expr.Ref r -> of(sheet.quantity(r.name()));
            case Expr.Unary u -> of(u.operand());
            case Expr.Convert c -> of(c.inner());
            case Expr.Binary b -> switch (b.op()) {
                case MUL -> combine(of(b.left()), of(b.right()), 1);
                case DIV -> combine(of(b.left()), of(b.right()), -1);
                case POW -> power(b.left(), b.right());
                case ADD, SUB, EQ, NE, LT, LE, GT, GE, CONCAT -> independentOnly(of(b.left()), of(b.right()));
            };
            case Expr.Call c -> call(c);
        };
    }

    private OptionalDouble call(Expr.Call c) {
        String name = FunctionLibrary.lookup(c.name()).name();
        if (name.equals("SQRT")) {
            OptionalDouble inner = of(c.args().get(0));
            return inner.isPresent() ? OptionalDouble.of(inner.getAsDouble() / 2) : inner;
        }
        if (name.equals("POWER")) return power(c.args().get(0), c.args().get(1));
        for (Expr arg : c.args()) {
            OptionalDouble a = of(arg);
            if (a.isEmpty() || a.getAsDouble() != 0) return OptionalDouble.empty();
        }
        return OptionalDouble.of(0);
    }

    private OptionalDouble power(Expr base, Expr exponent) {
        OptionalDouble b = of(base), p = of(exponent);
        if (b.isEmpty() || p.isEmpty() || p.getAsDouble() != 0) return OptionalDouble.empty();
        if (b.getAsDouble() == 0) return OptionalDouble.of(0);
        if (!exponentsMayUseQuantities && usesQuantity(exponent)) return OptionalDouble.empty();
        double value = nodes.compile(exponent).eval(slots);
        return Double.isFinite(value) ? OptionalDouble.of(b.getAsDouble() * value) : OptionalDouble.empty();
    }

    private static boolean usesQuantity(Expr e) {
        return e.descendantsAndSelf().stream().anyMatch(x -> x instanceof Expr.Ref);
    }

    private static OptionalDouble combine(OptionalDouble left, OptionalDouble right, int sign) {
        if (left.isEmpty() || right.isEmpty()) return OptionalDouble.empty();
        return OptionalDouble.of(left.getAsDouble() + sign * right.getAsDouble());
    }

    private static OptionalDouble independentOnly(OptionalDouble left, OptionalDouble right) {
        boolean independent = left.isPresent() && right.isPresent() && left.getAsDouble() == 0 && right.getAsDouble() == 0;
        return independent ? OptionalDouble.of(0) : OptionalDouble.empty();
    }
}
