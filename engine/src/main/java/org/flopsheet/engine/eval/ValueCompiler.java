package org.flopsheet.engine.eval;

import static org.flopsheet.engine.eval.functions.Errors.checked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.Parameter;

/**
 * The general path: compiles a checked formula into {@link ValueNode}s over {@link Value}s, for
 * formulas that touch text, arrays or values whose kind is known only when evaluated. Operators and
 * scalar functions apply element by element to arrays (Excel's dynamic arrays), with Excel's coercions.
 */
public final class ValueCompiler {
    private final ToIntFunction<String> slotOf;
    private final TypeInference types;
    private final NodeCompiler numbers;

    public ValueCompiler(ToIntFunction<String> slotOf, TypeInference types) {
        this.slotOf = slotOf;
        this.types = types;
        this.numbers = new NodeCompiler(slotOf, types::of);
    }

    public ValueNode compile(Expr expr) {
        if (!(expr instanceof Expr.Missing) && types.scalarThroughout(expr)) {
            // a part made of numbers and logicals only runs on the fast path, boxed once at the end
            Node fast = numbers.compile(expr);
            ValueType type = types.of(expr);
            return (slots, values) -> Value.of(fast.eval(slots), type);
        }
        return switch (expr) {
            case Expr.Num n -> constant(new Value.Num(n.value()));
            case Expr.Bool b -> constant(Value.Bool.of(b.value()));
            case Expr.Text t -> constant(new Value.Text(t.value()));
            case Expr.Missing m -> (slots, values) -> null;
            case Expr.ArrayOf a -> constant(array(a));
            case Expr.Ref r -> {
                int slot = slotOf.applyAsInt(r.name());
                ValueType type = types.of(r);
                yield type.scalar() ? (slots, values) -> Value.of(slots[slot], type) : (slots, values) -> values[slot];
            }
            case Expr.Unary u -> {
                ValueNode operand = compile(u.operand());
                yield u.op() == Expr.UnaryOp.NEG
                        ? (slots, values) -> Elementwise.map(present(operand.eval(slots, values)), v -> number(-Coercion.number(v)))
                        : operand;
            }
            case Expr.Binary b -> binary(b.op(), compile(b.left()), compile(b.right()));
            case Expr.Convert c -> {
                ValueNode inner = compile(c.inner());
                double num = c.numerator(), den = c.denominator();
                yield (slots, values) -> Elementwise.map(present(inner.eval(slots, values)), v -> {
                    double x = Coercion.number(v);
                    return number(Double.isNaN(x) ? x : checked(den == 1 ? x * num : x * num / den));
                });
            }
            case Expr.Call c -> call(FunctionLibrary.lookup(c.name()), c.args());
        };
    }

    /** The value of an array constant (its elements are numbers, signed numbers, text and logicals). */
    private Value.Array array(Expr.ArrayOf a) {
        List<Value> elements = new ArrayList<>();
        for (List<Expr> row : a.rows()) for (Expr e : row) elements.add(compile(e).eval(new double[0], new Value[0]));
        return new Value.Array(a.height(), a.width(), elements);
    }

    private static ValueNode constant(Value v) {
        return (slots, values) -> v;
    }

    private static Value number(double raw) {
        return Double.isNaN(raw) ? new Value.Err(ExcelError.of(raw)) : new Value.Num(raw);
    }

    /** An empty argument where an operator needs a value counts as 0, as in Excel. */
    private static Value present(Value v) {
        return v == null ? new Value.Num(0) : v;
    }

    private static ValueNode binary(Expr.BinaryOp op, ValueNode l, ValueNode r) {
        return (slots, values) -> Elementwise.zip(present(l.eval(slots, values)), present(r.eval(slots, values)), (a, b) -> scalar(op, a, b));
    }

    /** One operator on two scalars: the left error first, then the right one. */
    private static Value scalar(Expr.BinaryOp op, Value a, Value b) {
        if (a instanceof Value.Err) return a;
        if (op.isComparison()) {
            if (b instanceof Value.Err) return b;
            int c = Coercion.compare(a, b);
            return Value.Bool.of(switch (op) {
                case EQ -> c == 0;
                case NE -> c != 0;
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case ADD, SUB, MUL, DIV, POW, CONCAT -> throw new IllegalStateException(op.toString());
            });
        }
        if (op == Expr.BinaryOp.CONCAT) {
            if (b instanceof Value.Err) return b;
            return new Value.Text(Coercion.text(a) + Coercion.text(b));
        }
        double x = Coercion.number(a);
        if (Double.isNaN(x)) return number(x);
        double y = Coercion.number(b);
        if (Double.isNaN(y)) return number(y);
        return number(switch (op) {
            case ADD -> checked(x + y);
            case SUB -> checked(x - y);
            case MUL -> checked(x * y);
            case DIV -> y == 0 ? ExcelError.DIV0.asDouble() : checked(x / y);
            case POW -> ExcelMath.power(x, y);
            case EQ, NE, LT, LE, GT, GE, CONCAT -> throw new IllegalStateException(op.toString());
        });
    }

    private ValueNode call(ExcelFunction f, List<Expr> given) {
        List<Expr> argExprs = NodeCompiler.withDefaults(f, given); // LOG("10") is LOG("10", 10) here as on the fast path
        ValueNode[] args = argExprs.stream()
                .map(a -> f.emptyIsNA() && a instanceof Expr.Missing ? constant(new Value.Err(ExcelError.NA)) : compile(a))
                .toArray(ValueNode[]::new);
        int n = args.length;
        boolean[] fromReference = new boolean[n], guarded = new boolean[n];
        for (int i = 0; i < n; i++) {
            fromReference[i] = argExprs.get(i) instanceof Expr.Ref;
            guarded[i] = f.parameterAt(i, n).propagatesErrors();
        }
        if (f.onValues() != null) return (slots, values) -> f.onValues().apply(evaluateRaw(args, slots, values));
        if (TypeInference.aggregates(f) && f.parameters().get(0).kind() == Parameter.Kind.LOGICAL) {
            ExcelFunction.ManyArgs fold = (ExcelFunction.ManyArgs) f.implementation();
            return (slots, values) -> overLogicals(fold, args, slots, values);
        }
        Parameter[] parameters = new Parameter[n];
        for (int i = 0; i < n; i++) parameters[i] = f.parameterAt(i, n);
        if (f.implementation() instanceof ExcelFunction.ManyArgs fold && Arrays.stream(parameters).anyMatch(Parameter::takesList)) {
            return (slots, values) -> overLists(fold, parameters, args, fromReference, slots, values);
        }
        return switch (f.implementation()) {
            case ExcelFunction.OneArg one -> lifted(args, guarded, x -> one.apply(x[0]));
            case ExcelFunction.TwoArgs two -> lifted(args, guarded, x -> two.apply(x[0], x[1]));
            case ExcelFunction.ManyArgs many -> lifted(args, guarded, many::apply);
            case ExcelFunction.OneTyped typed -> (slots, values) -> Elementwise.map(present(args[0].eval(slots, values)),
                    v -> Value.of(typed.apply(v.raw(), kind(v)), f.resultType() == org.flopsheet.engine.eval.functions.ResultType.LOGICAL
                            ? ValueType.BOOLEAN : ValueType.NUMBER));
            case ExcelFunction.Lazy lazy -> throw new IllegalStateException(f.name() + " on text or arrays needs a body on values");
            case ExcelFunction.OnValues onValues -> (slots, values) -> onValues.apply(evaluateRaw(args, slots, values));
            case ExcelFunction.OnScalars onScalars -> (slots, values) -> Elementwise.zipAll(evaluateRaw(args, slots, values), onScalars::apply);
        };
    }

    private static ValueType kind(Value v) {
        return switch (v) {
            case Value.Num x -> ValueType.NUMBER;
            case Value.Bool x -> ValueType.BOOLEAN;
            case Value.Text x -> ValueType.TEXT;
            case Value.Err x -> ValueType.NUMBER;
            case Value.Array x -> ValueType.ARRAY;
        };
    }

    private interface NumberBody { double apply(double[] args); }

    /** A function on numbers applied element by element; an error in a guarded argument is the result. */
    private ValueNode lifted(ValueNode[] args, boolean[] guarded, NumberBody body) {
        ValueType resultType = ValueType.NUMBER;
        return (slots, values) -> Elementwise.zipAll(evaluate(args, slots, values), vs -> {
            double[] x = new double[vs.length];
            for (int i = 0; i < vs.length; i++) {
                x[i] = Coercion.number(vs[i]);
                if (guarded[i] && Double.isNaN(x[i])) return number(x[i]);
            }
            double r = body.apply(x);
            return number(Double.isInfinite(r) ? ExcelError.NUM.asDouble() : r);
        });
    }

    /**
     * A function of lists of numbers (SUM, LARGE, GCD): an array given to a list parameter is flattened into
     * the list, as Excel reads ranges there; the other parameters (LARGE's k) take one number each, and an
     * array given to one of them makes the result an array, element by element.
     */
    private static Value overLists(ExcelFunction.ManyArgs fold, Parameter[] parameters, ValueNode[] args, boolean[] fromReference,
                                   double[] slots, Value[] values) {
        Value[] given = evaluate(args, slots, values);
        List<Value> scalars = new ArrayList<>();
        for (int i = 0; i < given.length; i++) if (!parameters[i].takesList()) scalars.add(given[i]);
        return Elementwise.zipAll(scalars.toArray(Value[]::new), one -> {
            CountedNumbers counted = new CountedNumbers();
            int next = 0;
            for (int i = 0; i < given.length; i++) {
                Value error = switch (parameters[i].kind()) {
                    case NUMBERS -> counted.add(given[i], fromReference[i]);
                    case INTEGERS -> counted.addEach(given[i]);
                    case NUMBER, LOGICAL, ANY -> counted.addOne(one[next++]);
                };
                if (error != null) return error;
            }
            double r = fold.apply(counted.numbers());
            return number(Double.isInfinite(r) ? ExcelError.NUM.asDouble() : r);
        });
    }

    private static Value overLogicals(ExcelFunction.ManyArgs fold, ValueNode[] args, double[] slots, Value[] values) {
        List<Double> logicals = new ArrayList<>();
        for (ValueNode arg : args) {
            Value v = present(arg.eval(slots, values));
            List<Value> items = v instanceof Value.Array a ? a.elements() : List.of(v);
            for (Value item : items) {
                switch (item) {
                    case Value.Err e -> { return e; }
                    case Value.Num num -> logicals.add(num.value() != 0 ? 1.0 : 0.0);
                    case Value.Bool b -> logicals.add(b.value() ? 1.0 : 0.0);
                    case Value.Text t -> {
                        // text in an array is skipped, as in a range; so is "" typed as an argument (AND("", TRUE) is TRUE)
                        if (!(v instanceof Value.Array) && !t.value().isEmpty()) {
                            Value typed = Coercion.logical(t);
                            if (typed instanceof Value.Err) return typed;
                            logicals.add(((Value.Bool) typed).value() ? 1.0 : 0.0);
                        }
                    }
                    case Value.Array nested -> throw new IllegalStateException("an array inside an array");
                }
            }
        }
        if (logicals.isEmpty()) return new Value.Err(ExcelError.VALUE);
        return Value.Bool.of(fold.apply(logicals.stream().mapToDouble(Double::doubleValue).toArray()) != 0);
    }

    private static Value[] evaluate(ValueNode[] args, double[] slots, Value[] values) {
        Value[] out = new Value[args.length];
        for (int i = 0; i < args.length; i++) out[i] = present(args[i].eval(slots, values));
        return out;
    }

    private static Value[] evaluateRaw(ValueNode[] args, double[] slots, Value[] values) {
        Value[] out = new Value[args.length];
        for (int i = 0; i < args.length; i++) out[i] = args[i].eval(slots, values);
        return out;
    }
}
