package org.flopsheet.app.addin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.eval.ValueTypes;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * Unparses a compiled formula ({@code Quantity.formula()}) into a JavaScript expression over the
 * runtime's Excel helpers ({@code add}, {@code div}, {@code fn["SQRT"]}, ...), reading other quantities
 * from the slot array {@code s}. Every operator becomes a call, so JavaScript's own precedence and
 * its error-blind arithmetic never come into play.
 */
final class JavaScriptEmitter {
    private final ToIntFunction<String> slotOf;
    private final Function<String, ValueType> typeOfRef;

    JavaScriptEmitter(ToIntFunction<String> slotOf, Function<String, ValueType> typeOfRef) {
        this.slotOf = slotOf;
        this.typeOfRef = typeOfRef;
    }

    String emit(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> number(n.value());
            case Expr.Bool b -> b.value() ? "1" : "0";
            case Expr.Ref r -> "s[" + slotOf.applyAsInt(r.name()) + "]";
            case Expr.Unary u -> u.op() == Expr.UnaryOp.NEG ? "neg(" + emit(u.operand()) + ")" : emit(u.operand());
            case Expr.Binary b -> helper(b.op()) + "(" + emit(b.left()) + ", " + emit(b.right()) + ")";
            case Expr.Convert c -> "convert(" + emit(c.inner()) + ", " + number(c.numerator()) + ", " + number(c.denominator()) + ")";
            case Expr.Call c -> call(FunctionLibrary.lookup(c.name()), c.args());
        };
    }

    /** A quantity's whole formula: a last + or - is Excel's final sum, which cancels to 0 within 15 digits. */
    String emitFormula(Expr expr) {
        if (expr instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB)) {
            return (b.op() == Expr.BinaryOp.ADD ? "addFinal(" : "subFinal(") + emit(b.left()) + ", " + emit(b.right()) + ")";
        }
        return emit(expr);
    }

    /** {@code fn["LOG"](x, 10)}: omitted arguments written as their defaults; a typed function also gets 1 for a logical argument. */
    private String call(ExcelFunction f, List<Expr> given) {
        List<String> args = new ArrayList<>();
        for (Expr a : given) args.add(emit(a));
        if (f.maxArgs() != ExcelFunction.VARIADIC) {
            for (int i = given.size(); i < f.parameters().size() && f.parameters().get(i).defaultValue() != null; i++) {
                args.add(number(f.parameters().get(i).defaultValue()));
            }
        }
        if (f.implementation() instanceof ExcelFunction.OneTyped) {
            args.add(ValueTypes.of(given.get(0), typeOfRef) == ValueType.BOOLEAN ? "1" : "0");
        }
        return "fn[" + CustomFunctions.quote(f.name()) + "](" + String.join(", ", args) + ")";
    }

    private static String helper(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case POW -> "power";
            case EQ, NE, LT, LE, GT, GE -> op.name().toLowerCase(Locale.ROOT);
        };
    }

    /** A JavaScript literal that reads back as exactly {@code v} (Java's shortest repetition is valid JavaScript). */
    static String number(double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (v < 0 || (v == 0 && 1 / v < 0) ? "-" : "") + Long.toString(Math.abs((long) v));
        String text = Double.toString(v);
        return v < 0 ? "(" + text + ")" : text;
    }
}
