package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.List;
import org.flopsheet.engine.eval.ValueType;

/** IF, IFERROR, AND, OR, NOT. Logical values are 1 and 0; any non-zero number counts as TRUE. */
final class LogicalFunctions {
    private LogicalFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            new ExcelFunction("IF", 2, 3, "", ValueType.NUMBER, UnitRule.CONDITIONAL,
                (ExcelFunction.ManyArgs) LogicalFunctions::conditional,
                "IF(test, then, else): else defaults to FALSE; only an error in the test or the chosen branch shows"),
            new ExcelFunction("IFERROR", 2, 2, "", ValueType.NUMBER, UnitRule.SAME_AS_ARGUMENTS,
                (ExcelFunction.TwoArgs) (value, fallback) -> Double.isNaN(value) ? fallback : value,
                "IFERROR(value, fallback): the fallback when the value is any error (#DIV/0!, #NUM!, ...)"),
            new ExcelFunction("AND", 1, ExcelFunction.VARIADIC, "", ValueType.BOOLEAN, UnitRule.LOGICAL,
                (ExcelFunction.ManyArgs) args -> {
                    double err = firstError(args);
                    if (Double.isNaN(err)) return err;
                    for (double a : args) if (a == 0) return 0;
                    return 1;
                }, "TRUE when every argument is TRUE"),
            new ExcelFunction("OR", 1, ExcelFunction.VARIADIC, "", ValueType.BOOLEAN, UnitRule.LOGICAL,
                (ExcelFunction.ManyArgs) args -> {
                    double err = firstError(args);
                    if (Double.isNaN(err)) return err;
                    for (double a : args) if (a != 0) return 1;
                    return 0;
                }, "TRUE when any argument is TRUE"),
            new ExcelFunction("NOT", 1, 1, "", ValueType.BOOLEAN, UnitRule.LOGICAL,
                (ExcelFunction.OneArg) x -> Double.isNaN(x) ? x : (x == 0 ? 1 : 0), "TRUE for FALSE and FALSE for TRUE")
        );
    }

    private static double conditional(double[] args) {
        double test = args[0];
        if (Double.isNaN(test)) return test;
        if (test != 0) return args[1];
        return args.length > 2 ? args[2] : 0;
    }
}
