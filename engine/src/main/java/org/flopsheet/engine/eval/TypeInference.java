package org.flopsheet.engine.eval;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.Parameter;

/**
 * The static type of every node of a formula, from the types of the quantities it uses. Types follow
 * the values, not a function's name: IFERROR(flag, FALSE) is a logical, IF(c, 5) may be a number or
 * FALSE (so its type is ANY), an operator on an array is an array.
 */
public final class TypeInference {
    private final Function<String, ValueType> typeOfQuantity;
    private final Map<Expr, ValueType> types = new IdentityHashMap<>();

    public TypeInference(Function<String, ValueType> typeOfQuantity) {
        this.typeOfQuantity = typeOfQuantity;
    }

    /** The type of {@code e}, inferring it (and its sub-expressions') on first use. */
    public ValueType of(Expr e) {
        ValueType known = types.get(e);
        if (known != null) return known;
        ValueType t = infer(e);
        types.put(e, t);
        return t;
    }

    /** True when every part of {@code e} is a number or a logical: the formula takes the fast path. */
    public boolean scalarThroughout(Expr e) {
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
        int n = args.size();
        for (Expr a : args) of(a);
        ValueType declared = switch (f.resultType()) {
            case NUMBER -> ValueType.NUMBER;
            case LOGICAL -> ValueType.BOOLEAN;
            case TEXT -> ValueType.TEXT;
            case ANY -> ValueType.ANY;
            case LIKE_RESULTS -> likeResults(f, args);
        };
        if (aggregates(f)) return declared;
        return switch (f.implementation()) {
            case ExcelFunction.OneArg one -> lifted(declared, args.toArray(Expr[]::new));
            case ExcelFunction.TwoArgs two -> lifted(declared, args.toArray(Expr[]::new));
            case ExcelFunction.ManyArgs many -> lifted(declared, scalarArguments(f, args));
            case ExcelFunction.OneTyped typed -> lifted(declared, args.toArray(Expr[]::new));
            case ExcelFunction.OnScalars scalars -> lifted(declared, args.toArray(Expr[]::new));
            case ExcelFunction.Lazy lazy -> declared;
            case ExcelFunction.OnValues values -> declared;
        };
    }

    /** The arguments that are one value each: a list's (LARGE's array, GCD's numbers) is read whole and lifts nothing. */
    private static Expr[] scalarArguments(ExcelFunction f, List<Expr> args) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) if (!f.parameterAt(i, args.size()).takesList()) out.add(args.get(i));
        return out.toArray(Expr[]::new);
    }

    /**
     * One of the arguments marked as results (IF's branches, IFERROR's value and fallback): their common
     * type, FALSE's for an omitted one (IF without else); ANY when they differ or a test is an array.
     */
    private ValueType likeResults(ExcelFunction f, List<Expr> args) {
        int n = args.size();
        ValueType t = null;
        for (int i = 0; i < n; i++) {
            boolean result = f.parameterAt(i, n).result();
            ValueType a = of(args.get(i));
            if (result) t = t == null ? a : t.or(a);
            else if (!a.scalar()) return ValueType.ANY;
        }
        // an omitted result of a fixed-arity function is FALSE (IF's else); a variadic one's (SWITCH's default) is #N/A
        for (int i = n; i < f.parameters().size() && f.maxArgs() != ExcelFunction.VARIADIC; i++) {
            if (f.parameters().get(i).result()) t = t == null ? ValueType.BOOLEAN : t.or(ValueType.BOOLEAN);
        }
        return t == null ? ValueType.ANY : t;
    }

    /** SUM, AND and their kin: one repeating group of parameters, folded over every element of every argument. */
    public static boolean aggregates(ExcelFunction f) {
        return !f.parameters().isEmpty() && f.parameters().stream().allMatch(Parameter::repeats)
                && (f.implementation() instanceof ExcelFunction.ManyArgs)
                && f.parameters().stream().allMatch(p -> p.kind() == Parameter.Kind.NUMBERS || p.kind() == Parameter.Kind.LOGICAL);
    }
}
