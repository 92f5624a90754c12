package org.flopsheet.engine.eval;

import java.util.function.Function;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.functions.Parameter;

/** The static type of a formula, from its functions' declared result types. */
public final class ValueTypes {
    private ValueTypes() {}

    /** @param refType the type of a quantity by name (already decided: types follow dependency order) */
    public static ValueType of(Expr e, Function<String, ValueType> refType) {
        return switch (e) {
            case Expr.Bool b -> ValueType.BOOLEAN;
            case Expr.Ref r -> refType.apply(r.name());
            case Expr.Binary b -> b.op().isComparison() ? ValueType.BOOLEAN : ValueType.NUMBER;
            case Expr.Call c -> call(FunctionLibrary.lookup(c.name()), c, refType);
            case Expr.Num n -> ValueType.NUMBER;
            case Expr.Unary u -> ValueType.NUMBER;
            case Expr.Convert c -> ValueType.NUMBER;
        };
    }

    private static ValueType call(ExcelFunction f, Expr.Call c, Function<String, ValueType> refType) {
        return switch (f.resultType()) {
            case NUMBER -> ValueType.NUMBER;
            case LOGICAL -> ValueType.BOOLEAN;
            case LIKE_RESULTS -> {
                int n = c.args().size();
                for (int i = 0; i < n; i++) {
                    if (f.parameterAt(i, n).result() && of(c.args().get(i), refType) != ValueType.BOOLEAN) yield ValueType.NUMBER;
                }
                // an omitted result argument's default (IF's else) is FALSE
                yield ValueType.BOOLEAN;
            }
        };
    }

}
