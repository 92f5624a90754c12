package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.flopsheet.engine.eval.ExcelMath;

/**
 * ROUND, ROUNDUP, ROUNDDOWN, INT, TRUNC. Excel rounds the number as it displays it (15 significant
 * digits), so ROUND(2.675, 2) is 2.68 although the double 2.675 is slightly below it, and
 * INT(4.35/0.01) is 435 although the quotient is 434.99999999999994.
 */
final class RoundingFunctions {
    private RoundingFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            rounding("ROUND", RoundingMode.HALF_UP, "HALF_UP", "Rounds to a number of digits, halves away from zero"),
            rounding("ROUNDUP", RoundingMode.UP, "UP", "Rounds away from zero to a number of digits"),
            rounding("ROUNDDOWN", RoundingMode.DOWN, "DOWN", "Rounds toward zero to a number of digits"),
            define("INT", "Rounds down to the nearest integer (of the number as shown at 15 digits)")
                .parameters(number("number").unit("x")).unit(UnitRule.SAME).scaleSensitive()
                .java(ExcelMath::floor15)
                .js("floor15"),
            define("TRUNC", "Cuts the number toward zero to a number of digits (default 0)")
                .parameters(number("number").unit("x"), number("num_digits").orElse(0)).unit(UnitRule.SAME).scaleSensitive()
                .java((x, digits) -> round(x, digits, RoundingMode.DOWN))
                .js("rounding(\"DOWN\")")
        );
    }

    private static ExcelFunction rounding(String name, RoundingMode mode, String jsMode, String description) {
        return define(name, description)
            .parameters(number("number").unit("x"), number("num_digits")).unit(UnitRule.SAME).scaleSensitive()
            .java((x, digits) -> round(x, digits, mode))
            .js("rounding(\"" + jsMode + "\")");
    }

    static double round(double x, double digits, RoundingMode mode) {
        if (x == 0) return 0;
        int d = (int) Math.max(-400, Math.min(400, digits < 0 ? Math.ceil(digits) : Math.floor(digits)));
        BigDecimal shown = new BigDecimal(x).round(new MathContext(15, RoundingMode.HALF_EVEN));
        return checked(shown.setScale(d, mode).doubleValue());
    }
}
