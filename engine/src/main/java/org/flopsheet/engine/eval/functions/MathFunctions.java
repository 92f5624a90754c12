package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.List;
import org.flopsheet.engine.eval.ExcelMath;
import org.flopsheet.engine.eval.ValueType;

/** SQRT, LN, EXP, LOG, LOG10, POWER, ABS, INT, MOD, PI with Excel's domain errors. */
final class MathFunctions {
    private MathFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            one("SQRT", UnitRule.SQUARE_ROOT, "Square root; #NUM! for a negative number",
                x -> x < 0 ? NUM : Math.sqrt(x)),
            one("LN", UnitRule.DIMENSIONLESS, "Natural logarithm; #NUM! unless the number is positive",
                x -> x <= 0 ? NUM : Math.log(x)),
            one("LOG10", UnitRule.DIMENSIONLESS, "Base-10 logarithm; #NUM! unless the number is positive",
                x -> x <= 0 ? NUM : Math.log10(x)),
            one("EXP", UnitRule.DIMENSIONLESS, "e raised to the number; #NUM! on overflow",
                x -> checked(Math.exp(x))),
            one("ABS", UnitRule.SAME_AS_FIRST, "Absolute value", Math::abs),
            one("INT", UnitRule.ROUNDS_FIRST, "Rounds down to the nearest integer", Math::floor),
            new ExcelFunction("LOG", 1, 2, "", ValueType.NUMBER, UnitRule.DIMENSIONLESS,
                (ExcelFunction.ManyArgs) MathFunctions::log, "Logarithm to a base (default 10)"),
            new ExcelFunction("POWER", 2, 2, "", ValueType.NUMBER, UnitRule.POWER,
                (ExcelFunction.TwoArgs) ExcelMath::power, "Number raised to a power, as ^"),
            new ExcelFunction("MOD", 2, 2, "", ValueType.NUMBER, UnitRule.MODULUS,
                (ExcelFunction.TwoArgs) MathFunctions::mod, "Remainder with the sign of the divisor; #DIV/0! for a zero divisor"),
            new ExcelFunction("PI", 0, 0, "", ValueType.NUMBER, UnitRule.CONSTANT,
                (ExcelFunction.ManyArgs) args -> Math.PI, "The number pi")
        );
    }

    private static ExcelFunction one(String name, UnitRule rule, String description, ExcelFunction.OneArg f) {
        ExcelFunction.OneArg guarded = x -> Double.isNaN(x) ? x : checked(f.apply(x));
        return new ExcelFunction(name, 1, 1, "", ValueType.NUMBER, rule, guarded, description);
    }

    private static double log(double[] args) {
        double err = firstError(args);
        if (Double.isNaN(err)) return err;
        double x = args[0], base = args.length > 1 ? args[1] : 10;
        if (x <= 0 || base <= 0) return NUM;
        if (base == 1) return DIV0;
        return checked(Math.log(x) / Math.log(base));
    }

    private static double mod(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (y == 0) return DIV0;
        return checked(x - y * Math.floor(x / y));
    }
}
