package org.flopsheet.engine.eval;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.List;
import java.util.function.ToIntFunction;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * Turns a checked syntax tree into a tree of {@link Node} closures once, so that evaluating a row
 * is a walk over small lambdas with no name look-ups and no allocation. Excel's rules live here:
 * the leftmost error wins, division by zero is #DIV/0!, overflow is #NUM!.
 */
public final class NodeCompiler {
    private final ToIntFunction<String> slotOf;

    /** @param slotOf the slot index of a quantity name (names are already resolved by the compiler) */
    public NodeCompiler(ToIntFunction<String> slotOf) {
        this.slotOf = slotOf;
    }

    public Node compile(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> constant(n.value());
            case Expr.Bool b -> constant(b.value() ? 1 : 0);
            case Expr.Ref r -> {
                int slot = slotOf.applyAsInt(r.name());
                yield slots -> slots[slot];
            }
            case Expr.Unary u -> {
                Node operand = compile(u.operand());
                yield u.op() == Expr.UnaryOp.NEG ? slots -> -operand.eval(slots) : operand;
            }
            case Expr.Binary b -> binary(b.op(), compile(b.left()), compile(b.right()));
            case Expr.Convert c -> {
                Node inner = compile(c.inner());
                double num = c.numerator(), den = c.denominator();
                yield den == 1 ? slots -> {
                    double v = inner.eval(slots);
                    return Double.isNaN(v) ? v : checked(v * num);
                } : slots -> {
                    double v = inner.eval(slots);
                    return Double.isNaN(v) ? v : checked(v * num / den);
                };
            }
            case Expr.Call c -> call(FunctionLibrary.lookup(c.name()), c.args());
        };
    }

    private static Node constant(double v) {
        return slots -> v;
    }

    private static Node binary(Expr.BinaryOp op, Node l, Node r) {
        return switch (op) {
            case ADD -> slots -> {
                double a = l.eval(slots), b = r.eval(slots);
                return Double.isNaN(a) ? a : Double.isNaN(b) ? b : checked(a + b);
            };
            case SUB -> slots -> {
                double a = l.eval(slots), b = r.eval(slots);
                return Double.isNaN(a) ? a : Double.isNaN(b) ? b : checked(a - b);
            };
            case MUL -> slots -> {
                double a = l.eval(slots), b = r.eval(slots);
                return Double.isNaN(a) ? a : Double.isNaN(b) ? b : checked(a * b);
            };
            case DIV -> slots -> {
                double a = l.eval(slots), b = r.eval(slots);
                return Double.isNaN(a) ? a : Double.isNaN(b) ? b : b == 0 ? DIV0 : checked(a / b);
            };
            case POW -> slots -> ExcelMath.power(l.eval(slots), r.eval(slots));
            case EQ -> comparison(l, r, c -> c == 0);
            case NE -> comparison(l, r, c -> c != 0);
            case LT -> comparison(l, r, c -> c < 0);
            case LE -> comparison(l, r, c -> c <= 0);
            case GT -> comparison(l, r, c -> c > 0);
            case GE -> comparison(l, r, c -> c >= 0);
        };
    }

    private interface Test { boolean holds(int comparison); }

    private static Node comparison(Node l, Node r, Test test) {
        return slots -> {
            double a = l.eval(slots), b = r.eval(slots);
            if (Double.isNaN(a)) return a;
            if (Double.isNaN(b)) return b;
            return test.holds(Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b)) ? 1 : 0;
        };
    }

    private Node call(ExcelFunction f, List<Expr> argExprs) {
        Node[] args = argExprs.stream().map(this::compile).toArray(Node[]::new);
        return switch (f.implementation()) {
            case ExcelFunction.OneArg one -> {
                Node x = args[0];
                yield slots -> one.apply(x.eval(slots));
            }
            case ExcelFunction.TwoArgs two -> {
                Node x = args[0], y = args[1];
                yield slots -> two.apply(x.eval(slots), y.eval(slots));
            }
            case ExcelFunction.ManyArgs many -> slots -> {
                double[] values = new double[args.length];
                for (int i = 0; i < args.length; i++) values[i] = args[i].eval(slots);
                return many.apply(values);
            };
        };
    }
}
