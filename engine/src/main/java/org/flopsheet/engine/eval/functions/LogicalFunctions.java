package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.List;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.Elementwise;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueType;

/** IF, IFERROR, AND, OR, NOT. Logical values are 1 and 0; any non-zero number counts as TRUE. */
final class LogicalFunctions {
    private LogicalFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            new ExcelFunction("IF", 2, 3, "", ValueType.ANY, UnitRule.CONDITIONAL,
                (ExcelFunction.OnValues) LogicalFunctions::conditional,
                "IF(test, then, else): else defaults to FALSE; only an error in the test or the chosen branch shows"),
            new ExcelFunction("IFERROR", 2, 2, "", ValueType.ANY, UnitRule.FALLBACK,
                (ExcelFunction.OnValues) LogicalFunctions::ifError,
                "IFERROR(value, fallback): the fallback when the value is any error (#DIV/0!, #NUM!, ...)"),
            new ExcelFunction("AND", 1, ExcelFunction.VARIADIC, "", ValueType.BOOLEAN, UnitRule.LOGICAL,
                (ExcelFunction.OverLogicals) args -> {
                    for (double a : args) if (a == 0) return 0;
                    return 1;
                }, "TRUE when every argument is TRUE"),
            new ExcelFunction("OR", 1, ExcelFunction.VARIADIC, "", ValueType.BOOLEAN, UnitRule.LOGICAL,
                (ExcelFunction.OverLogicals) args -> {
                    for (double a : args) if (a != 0) return 1;
                    return 0;
                }, "TRUE when any argument is TRUE"),
            new ExcelFunction("NOT", 1, 1, "", ValueType.BOOLEAN, UnitRule.LOGICAL,
                (ExcelFunction.OneArg) x -> Double.isNaN(x) ? x : (x == 0 ? 1 : 0), "TRUE for FALSE and FALSE for TRUE")
        );
    }

    /** IF(test, then, else): an omitted else is FALSE, an empty branch 0; an array of tests picks element by element. */
    private static Value conditional(Value[] args) {
        Value test = args[0] == null ? Value.Bool.FALSE : args[0];
        Value then = orZero(args[1]);
        Value otherwise = args.length > 2 ? orZero(args[2]) : Value.Bool.FALSE;
        if (!(test instanceof Value.Array)) return pick(test, then, otherwise);
        return Elementwise.zipAll(new Value[] {test, then, otherwise}, v -> pick(v[0], v[1], v[2]));
    }

    private static Value pick(Value test, Value then, Value otherwise) {
        Value t = Coercion.logical(test);
        if (t instanceof Value.Err) return t;
        return ((Value.Bool) t).value() ? then : otherwise;
    }

    /** IFERROR(value, fallback): the fallback for an error, element by element in an array. */
    private static Value ifError(Value[] args) {
        Value value = orZero(args[0]), fallback = orZero(args[1]);
        return Elementwise.map(value, v -> v instanceof Value.Err ? fallback : v);
    }

    private static Value orZero(Value v) {
        return v == null ? new Value.Num(0) : v;
    }
}
