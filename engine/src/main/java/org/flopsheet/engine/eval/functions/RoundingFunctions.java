package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.flopsheet.engine.eval.ValueType;

/**
 * ROUND, ROUNDUP, ROUNDDOWN. Excel rounds the number as it displays it (15 significant digits),
 * so ROUND(2.675, 2) is 2.68 although the double 2.675 is slightly below it.
 */
final class RoundingFunctions {
    private RoundingFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            rounding("ROUND", RoundingMode.HALF_UP, "Rounds to a number of digits, halves away from zero"),
            rounding("ROUNDUP", RoundingMode.UP, "Rounds away from zero to a number of digits"),
            rounding("ROUNDDOWN", RoundingMode.DOWN, "Rounds toward zero to a number of digits")
        );
    }

    private static ExcelFunction rounding(String name, RoundingMode mode, String description) {
        ExcelFunction.TwoArgs f = (x, digits) -> round(x, digits, mode);
        return new ExcelFunction(name, 2, 2, "", ValueType.NUMBER, UnitRule.ROUNDS_FIRST, f, description);
    }

    static double round(double x, double digits, RoundingMode mode) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(digits)) return digits;
        if (x == 0) return 0;
        int d = (int) Math.max(-400, Math.min(400, digits < 0 ? Math.ceil(digits) : Math.floor(digits)));
        BigDecimal shown = new BigDecimal(x).round(new MathContext(15, RoundingMode.HALF_EVEN));
        return checked(shown.setScale(d, mode).doubleValue());
    }
}
