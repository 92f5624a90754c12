package org.flopsheet.engine.eval;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.Parameter;

/**
 * Turns a checked syntax tree into a tree of {@link Node} closures once, so that evaluating a row
 * is a walk over small lambdas with no name look-ups and no allocation. Excel's rules live here:
 * the leftmost error wins, division by zero is #DIV/0!, overflow is #NUM!. This is the fast path,
 * for formulas whose every part is a number or a logical ({@link ValueType#scalar()}); text and arrays
 * take {@link ValueCompiler}'s general path.
 */
public final class NodeCompiler {
    private final ToIntFunction<String> slotOf;
    private final Function<Expr, ValueType> typeOf;

    /**
     * @param slotOf the slot index of a quantity name (names are already resolved by the compiler)
     * @param typeOf the static type of every sub-expression (the compiler's {@link TypeInference})
     */
    public NodeCompiler(ToIntFunction<String> slotOf, Function<Expr, ValueType> typeOf) {
        this.slotOf = slotOf;
        this.typeOf = typeOf;
    }

    /** For constants only (scenario values, typed inputs): every part is a number. */
    public NodeCompiler(ToIntFunction<String> slotOf) {
        this(slotOf, e -> ValueType.NUMBER);
    }

    /**
     * A quantity's whole formula: as {@link #compile}, except that a last + or - cancelling to within
     * Excel's precision gives 0, as Excel does for a cell's final operation ({@link ExcelMath#finalSum}).
     */
    public Node compileFormula(Expr expr) {
        if (expr instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.ADD || b.op() == Expr.BinaryOp.SUB)) {
            Node l = compile(b.left()), r = compile(b.right());
            boolean subtract = b.op() == Expr.BinaryOp.SUB;
            return slots -> {
                double a = l.eval(slots), c = r.eval(slots);
                if (Double.isNaN(a)) return a;
                if (Double.isNaN(c)) return c;
                return checked(ExcelMath.finalSum(a, subtract ? -c : c));
            };
        }
        return compile(expr);
    }

    public Node compile(Expr expr) {
        return switch (expr) {
            case Expr.Num n -> constant(n.value());
            case Expr.Bool b -> constant(b.value() ? 1 : 0);
            case Expr.Missing m -> constant(0);
            case Expr.Text t -> throw new IllegalStateException("text takes the general path");
            case Expr.ArrayOf a -> throw new IllegalStateException("arrays take the general path");
            case Expr.Ref r -> {
                int slot = slotOf.applyAsInt(r.name());
                yield slots -> slots[slot];
            }
            case Expr.Unary u -> {
                Node operand = compile(u.operand());
                yield u.op() == Expr.UnaryOp.NEG ? slots -> -operand.eval(slots) : operand;
            }
            case Expr.Binary b -> b.op().isComparison() && kindsDiffer(b)
                    ? mixedComparison(b.op(), compile(b.left()), compile(b.right()), typeOf.apply(b.left()) == ValueType.BOOLEAN)
                    : binary(b.op(), compile(b.left()), compile(b.right()));
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
            case CONCAT -> throw new IllegalStateException("& makes text, which takes the general path");
        };
    }

    private boolean kindsDiffer(Expr.Binary b) {
        return (typeOf.apply(b.left()) == ValueType.BOOLEAN) != (typeOf.apply(b.right()) == ValueType.BOOLEAN);
    }

    /** A logical compared with a number: never equal, and the logical is the greater ({@code TRUE=1} is FALSE, {@code FALSE>5} TRUE). */
    private static Node mixedComparison(Expr.BinaryOp op, Node l, Node r, boolean leftIsLogical) {
        int order = leftIsLogical ? 1 : -1;
        boolean result = switch (op) {
            case EQ -> false;
            case NE -> true;
            case LT -> order < 0;
            case LE -> order < 0;
            case GT -> order > 0;
            case GE -> order > 0;
            case ADD, SUB, MUL, DIV, POW, CONCAT -> throw new IllegalStateException(op + " is no comparison");
        };
        double value = result ? 1 : 0;
        return slots -> {
            double a = l.eval(slots), b = r.eval(slots);
            return Double.isNaN(a) ? a : Double.isNaN(b) ? b : value;
        };
    }

    private interface Test { boolean holds(int comparison); }

    private static Node comparison(Node l, Node r, Test test) {
        return slots -> {
            double a = l.eval(slots), b = r.eval(slots);
            if (Double.isNaN(a)) return a;
            if (Double.isNaN(b)) return b;
            return test.holds(ExcelMath.compare(a, b)) ? 1 : 0;
        };
    }

    private Node call(ExcelFunction f, List<Expr> given) {
        List<Expr> argExprs = counted(f, withDefaults(f, given));
        int n = argExprs.size();
        Node[] args = new Node[n];
        boolean[] guarded = new boolean[n];
        for (int i = 0; i < n; i++) {
            Expr a = argExprs.get(i);
            Parameter p = f.parameterAt(i, n);
            guarded[i] = p.propagatesErrors();
            args[i] = f.emptyIsNA() && a instanceof Expr.Missing ? constant(NA)
                    : p.kind() == Parameter.Kind.INTEGERS && typeOf.apply(a) == ValueType.BOOLEAN ? constant(VALUE)
                    : compile(a);
        }
        return switch (f.implementation()) {
            case ExcelFunction.OneArg one -> {
                Node x = args[0];
                yield guarded[0]
                        ? slots -> { double v = x.eval(slots); return Double.isNaN(v) ? v : finite(one.apply(v)); }
                        : slots -> finite(one.apply(x.eval(slots)));
            }
            case ExcelFunction.TwoArgs two -> {
                Node x = args[0], y = args[1];
                boolean gx = guarded[0], gy = guarded[1];
                yield slots -> {
                    double a = x.eval(slots), b = y.eval(slots);
                    if (gx && Double.isNaN(a)) return a;
                    if (gy && Double.isNaN(b)) return b;
                    return finite(two.apply(a, b));
                };
            }
            case ExcelFunction.ManyArgs many -> slots -> {
                double[] values = new double[args.length];
                for (int i = 0; i < args.length; i++) {
                    double v = args[i].eval(slots);
                    if (guarded[i] && Double.isNaN(v)) return v;
                    values[i] = v;
                }
                return finite(many.apply(values));
            };
            case ExcelFunction.Lazy lazy -> slots -> finite(lazy.apply(args, slots));
            case ExcelFunction.OneTyped typed -> {
                Node x = args[0];
                ValueType type = typeOf.apply(argExprs.get(0));
                yield slots -> typed.apply(x.eval(slots), type);
            }
            case ExcelFunction.OnValues onValues -> boxed(onValues::apply, argExprs, args);
            case ExcelFunction.OnScalars onScalars -> boxed(onScalars::apply, argExprs, args);
        };
    }

    /** A function on values over numbers and logicals: boxes the arguments, unboxes the result (a number or logical here). */
    private Node boxed(Function<Value[], Value> f, List<Expr> argExprs, Node[] args) {
        ValueType[] types = argExprs.stream().map(typeOf).toArray(ValueType[]::new);
        boolean[] missing = new boolean[args.length];
        for (int i = 0; i < args.length; i++) missing[i] = argExprs.get(i) instanceof Expr.Missing;
        return slots -> {
            Value[] values = new Value[args.length];
            for (int i = 0; i < args.length; i++) values[i] = missing[i] ? null : Value.of(args[i].eval(slots), types[i]);
            return f.apply(values).raw();
        };
    }

    /**
     * The arguments that count: SUM and its kin ({@link Parameter.Kind#NUMBERS}) skip logicals that come
     * from a reference to a quantity, while logicals typed as arguments count.
     */
    private List<Expr> counted(ExcelFunction f, List<Expr> argExprs) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < argExprs.size(); i++) {
            Expr a = argExprs.get(i);
            boolean aggregated = f.parameterAt(i, argExprs.size()).kind() == Parameter.Kind.NUMBERS;
            if (aggregated && a instanceof Expr.Ref && typeOf.apply(a) == ValueType.BOOLEAN) continue;
            out.add(a);
        }
        return out;
    }

    /** The arguments with omitted trailing ones replaced by their declared defaults (LOG(x) is LOG(x, 10)). */
    static List<Expr> withDefaults(ExcelFunction f, List<Expr> given) {
        if (f.maxArgs() == ExcelFunction.VARIADIC || given.size() == f.parameters().size()) return given;
        List<Expr> all = new ArrayList<>(given);
        for (int i = given.size(); i < f.parameters().size(); i++) {
            Double value = f.parameters().get(i).defaultValue();
            if (value == null) break;
            all.add(new Expr.Num(value, NumberText.shortest(value), null, null));
        }
        return all;
    }

    /** An infinite result is #NUM!, as Excel shows overflow; errors and numbers pass. */
    private static double finite(double v) {
        return Double.isInfinite(v) ? NUM : v;
    }
}
