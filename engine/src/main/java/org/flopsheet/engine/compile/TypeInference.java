package org.flopsheet.engine.compile;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * The static type of every node of a formula, from the types of the quantities it uses. Types follow
 * the values, not a function's name: IFERROR(flag, FALSE) is a logical, IF(c, 5) may be a number or
 * FALSE (so its type is ANY), an operator on an array is an array.
 */
final class TypeInference {
    private final Function<String, ValueType> typeOfQuantity;
    private final Map<Expr, ValueType> types = new IdentityHashMap<>();

    TypeInference(Function<String, ValueType> typeOfQuantity) {
        this.typeOfQuantity = typeOfQuantity;
    }

    /** The type of {@code e}, inferring it (and its sub-expressions') on first use. */
    ValueType of(Expr e) {
        ValueType known = types.get(e);
        if (known != null) return known;
        ValueType t = infer(e);
        types.put(e, t);
        return t;
    }

    /** True when every part of {@code e} is a number or a logical: the formula takes the fast path. */
    boolean scalarThroughout(Expr e) {
        return e.descendantsAndSelf().stream().allMatch(x -> of(x).scalar());
    }

    private ValueType infer(Expr e) {
        return switch (e) {
            case Expr.Num n -> ValueType.NUMBER;
            case Expr.Missing m -> ValueType.NUMBER;
            case Expr.Bool b -> ValueType.BOOLEAN;
            case Expr.Text t -> ValueType.TEXT;
            case Expr.ArrayOf a -> ValueType.ARRAY;
            case Expr.Ref r -> typeOfQuantity.apply(r.name());
            case Expr.Unary u -> u.op() == Expr.UnaryOp.PLUS ? of(u.operand()) : lifted(ValueType.NUMBER, u.operand());
            case Expr.Convert c -> lifted(ValueType.NUMBER, c.inner());
            case Expr.Binary b -> lifted(switch (b.op()) {
                case ADD, SUB, MUL, DIV, POW -> ValueType.NUMBER;
                case EQ, NE, LT, LE, GT, GE -> ValueType.BOOLEAN;
                case CONCAT -> ValueType.TEXT;
            }, b.left(), b.right());
            case Expr.Call c -> call(FunctionLibrary.lookup(c.name()), c.args());
        };
    }

    /** An element-wise result: an array when an operand is one, unknown when an operand may be one. */
    private ValueType lifted(ValueType scalarResult, Expr... operands) {
        ValueType result = scalarResult;
        for (Expr o : operands) {
            ValueType t = of(o);
            if (t == ValueType.ARRAY) return ValueType.ARRAY;
            if (t == ValueType.ANY) result = ValueType.ANY;
        }
        return result;
    }

    private ValueType call(ExcelFunction f, List<Expr> args) {
        for (Expr a : args) of(a);
        return switch (f.unitRule()) {
            case CONDITIONAL -> {
                ValueType branches = of(args.get(1)).or(args.size() > 2 ? of(args.get(2)) : ValueType.BOOLEAN);
                yield of(args.get(0)).scalar() ? branches : ValueType.ANY;
            }
            case FALLBACK -> of(args.get(0)).or(of(args.get(1)));
            case CHOICE -> {
                ValueType t = of(args.get(1));
                for (int i = 2; i < args.size(); i++) t = t.or(of(args.get(i)));
                yield of(args.get(0)).scalar() ? t : ValueType.ANY;
            }
            case SAME_AS_ARGUMENTS, SAME_AS_FIRST, DIMENSIONLESS, SQUARE_ROOT, POWER, LOGICAL, MODULUS, CONSTANT,
                 FROM_FIRST, FROM_SECOND, FROM_THIRD, PLAIN_RESULT, CRITERIA_SUM, PRODUCT -> switch (f.implementation()) {
                case ExcelFunction.OneArg one -> lifted(f.resultType(), args.toArray(Expr[]::new));
                case ExcelFunction.TwoArgs two -> lifted(f.resultType(), args.toArray(Expr[]::new));
                case ExcelFunction.ManyArgs many -> lifted(f.resultType(), args.toArray(Expr[]::new));
                case ExcelFunction.OverNumbers over -> f.resultType();
                case ExcelFunction.OverLogicals over -> f.resultType();
                case ExcelFunction.OnValues values -> f.resultType();
                case ExcelFunction.OnScalars scalars -> lifted(f.resultType(), args.toArray(Expr[]::new));
            };
        };
    }
}
