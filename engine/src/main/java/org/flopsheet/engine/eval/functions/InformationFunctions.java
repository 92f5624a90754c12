package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.any;
import static org.flopsheet.engine.eval.functions.Parameter.number;

import java.util.List;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.ExcelMath;
import org.flopsheet.engine.eval.ValueType;

/** ISNUMBER, ISLOGICAL, ISERROR, ISERR, ISNA, ISEVEN, ISODD, NA, N: what kind of value an argument is. */
final class InformationFunctions {
    private InformationFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("ISNUMBER", "TRUE for a number (not for a logical value or an error)")
                .parameters(any("value")).logical()
                .java((ExcelFunction.OneTyped) (x, type) -> !Double.isNaN(x) && type == ValueType.NUMBER ? 1 : 0)
                .js("(x, logical) => !isErr(x) && !logical ? 1 : 0"),
            define("ISLOGICAL", "TRUE for a logical value")
                .parameters(any("value")).logical()
                .java((ExcelFunction.OneTyped) (x, type) -> !Double.isNaN(x) && type == ValueType.BOOLEAN ? 1 : 0)
                .js("(x, logical) => !isErr(x) && logical ? 1 : 0"),
            define("ISERROR", "TRUE for any error value")
                .parameters(any("value")).logical()
                .java(x -> Double.isNaN(x) ? 1 : 0)
                .js("x => isErr(x) ? 1 : 0"),
            define("ISERR", "TRUE for any error value except #N/A")
                .parameters(any("value")).logical()
                .java(x -> Double.isNaN(x) && ExcelError.of(x) != ExcelError.NA ? 1 : 0)
                .js("x => isErr(x) && x !== NA ? 1 : 0"),
            define("ISNA", "TRUE for #N/A")
                .parameters(any("value")).logical()
                .java(x -> Double.isNaN(x) && ExcelError.of(x) == ExcelError.NA ? 1 : 0)
                .js("x => x === NA ? 1 : 0"),
            define("ISEVEN", "TRUE when the number, cut to an integer, is even")
                .parameters(number("number")).logical()
                .java(x -> ExcelMath.trunc15(x) % 2 == 0 ? 1 : 0)
                .js("x => trunc15(x) % 2 === 0 ? 1 : 0"),
            define("ISODD", "TRUE when the number, cut to an integer, is odd")
                .parameters(number("number")).logical()
                .java(x -> ExcelMath.trunc15(x) % 2 != 0 ? 1 : 0)
                .js("x => trunc15(x) % 2 !== 0 ? 1 : 0"),
            define("NA", "The error value #N/A, 'no value available'")
                .javaMany(args -> NA)
                .js("() => NA"),
            define("N", "The number itself; 1 for TRUE and 0 for FALSE")
                .parameters(number("value").unit("x")).unit(UnitRule.SAME)
                .java(x -> x)
                .js("x => x")
        );
    }
}
