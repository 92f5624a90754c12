package org.flopsheet.app.addin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.eval.TypeInference;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.Parameter;

/**
 * Unparses a compiled formula ({@code Quantity.formula()}) into a JavaScript expression over the
 * runtime's Excel helpers ({@code add}, {@code div}, {@code fn["SQRT"]}, ...), reading other quantities
 * from the slot array {@code s}. Every operator becomes a call, so JavaScript's own precedence and
 * its error-blind arithmetic never come into play.
 */
final class JavaScriptEmitter {
    private final ToIntFunction<String> slotOf;
    private final TypeInference types;

    JavaScriptEmitter(ToIntFunction<String> slotOf, Function<String, ValueType> typeOfRef) {
        this.slotOf = slotOf;
        this.types = new TypeInference(typeOfRef);
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
            case Expr.Binary b -> b.op().isComparison() && kindsDiffer(b)
                    ? "mixedKinds(" + emit(b.left()) + ", " + emit(b.right()) + ", " + (mixedComparison(b) ? 1 : 0) + ")"
                    : helper(b.op()) + "(" + emit(b.left()) + ", " + emit(b.right()) + ")";
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

    /**
     * {@code fn["LOG"](x, 10)}: omitted arguments written as their defaults; a typed function also gets 1 for
     * a logical argument. The evaluator's argument rules hold here too: a logical quantity given to SUM and its
     * kin is skipped, one given to GCD and its kin is #VALUE!, an empty argument of MROUND and its kin is #N/A.
     */
    private String call(ExcelFunction f, List<Expr> given) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Expr a = given.get(i);
            Parameter p = f.parameterAt(i, given.size());
            boolean logical = types.of(a) == ValueType.BOOLEAN;
            if (p.kind() == Parameter.Kind.NUMBERS && logical && a instanceof Expr.Ref) continue;
            args.add(f.emptyIsNA() && a instanceof Expr.Missing ? "NA"
                    : p.kind() == Parameter.Kind.INTEGERS && logical ? "VALUE"
                    : emit(a));
        }
        if (f.maxArgs() != ExcelFunction.VARIADIC) {
            for (int i = given.size(); i < f.parameters().size() && f.parameters().get(i).defaultValue() != null; i++) {
                args.add(number(f.parameters().get(i).defaultValue()));
            }
        }
        if (f.implementation() instanceof ExcelFunction.OneTyped) {
            args.add(types.of(given.get(0)) == ValueType.BOOLEAN ? "1" : "0");
        }
        return "fn[" + CustomFunctions.quote(f.name()) + "](" + String.join(", ", args) + ")";
    }

    private boolean kindsDiffer(Expr.Binary b) {
        return (types.of(b.left()) == ValueType.BOOLEAN) != (types.of(b.right()) == ValueType.BOOLEAN);
    }

    /** A logical against a number, as Excel orders them: never equal, the logical the greater. */
    private boolean mixedComparison(Expr.Binary b) {
        boolean leftLogical = types.of(b.left()) == ValueType.BOOLEAN;
        return switch (b.op()) {
            case EQ -> false;
            case NE -> true;
            case LT, LE -> !leftLogical;
            case GT, GE -> leftLogical;
            case ADD, SUB, MUL, DIV, POW, CONCAT -> throw new IllegalStateException(b.op() + " is no comparison");
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
