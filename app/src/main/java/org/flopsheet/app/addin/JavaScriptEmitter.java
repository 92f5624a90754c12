package org.flopsheet.app.addin;

import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * Unparses a compiled formula ({@code Quantity.formula()}) into a JavaScript expression over the
 * runtime's Excel helpers ({@code add}, {@code div}, {@code fn.SQRT}, ...), reading other quantities
 * from the slot array {@code s}. Every operator becomes a call, so JavaScript's own precedence and
 * its error-blind arithmetic never come into play.
 */
final class JavaScriptEmitter {
    private final ToIntFunction<String> slotOf;

    JavaScriptEmitter(ToIntFunction<String> slotOf) {
        this.slotOf = slotOf;
    }

    String emit(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> number(n.value());
            case Expr.Bool b -> b.value() ? "1" : "0";
            case Expr.Missing m -> "0";
            case Expr.Text t -> throw notYet("text");
            case Expr.ArrayOf a -> throw notYet("array constants");
            case Expr.Ref r -> "s[" + slotOf.applyAsInt(r.name()) + "]";
            case Expr.Unary u -> u.op() == Expr.UnaryOp.NEG ? "neg(" + emit(u.operand()) + ")" : emit(u.operand());
            case Expr.Binary b -> helper(b.op()) + "(" + emit(b.left()) + ", " + emit(b.right()) + ")";
            case Expr.Convert c -> "convert(" + emit(c.inner()) + ", " + number(c.numerator()) + ", " + number(c.denominator()) + ")";
            case Expr.Call c -> "fn." + FunctionLibrary.lookup(c.name()).name()
                    + c.args().stream().map(this::emit).collect(Collectors.joining(", ", "(", ")"));
        };
    }

    private static String helper(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case POW -> "power";
            case EQ, NE, LT, LE, GT, GE -> op.name().toLowerCase(Locale.ROOT);
            case CONCAT -> throw notYet("& (joining text)");
        };
    }

    /** The add-in's runtime computes numbers and logicals only; sheets with text or arrays are left out of it. */
    static IllegalArgumentException notYet(String what) {
        return new IllegalArgumentException(what + " cannot run in the add-in's custom functions yet");
    }

    /** A JavaScript literal that reads back as exactly {@code v} (Java's shortest repetition is valid JavaScript). */
    static String number(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (v < 0 || (v == 0 && 1 / v < 0) ? "-" : "") + Long.toString(Math.abs((long) v));
        String text = Double.toString(v);
        return v < 0 ? "(" + text + ")" : text;
    }
}
