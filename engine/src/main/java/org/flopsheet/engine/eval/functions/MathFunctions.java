package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.number;

import java.util.List;
import org.flopsheet.engine.eval.ExcelMath;

/** SQRT, LN, EXP, LOG, LOG10, POWER, ABS, SIGN, MOD, PI, SQRTPI with Excel's domain errors. */
final class MathFunctions {
    private MathFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("SQRT", "Square root; #NUM! for a negative number")
                .parameters(number("number").unit("x")).unit(new UnitRule.SquareRoot())
                .java(x -> x < 0 ? NUM : Math.sqrt(x))
                .js("x => x < 0 ? NUM : Math.sqrt(x)"),
            define("SQRTPI", "Square root of the number times pi; #NUM! for a negative number")
                .parameters(number("number"))
                .java(x -> x < 0 ? NUM : Math.sqrt(x * Math.PI))
                .js("x => x < 0 ? NUM : Math.sqrt(x * Math.PI)"),
            define("LN", "Natural logarithm; #NUM! unless the number is positive")
                .parameters(number("number")).libm()
                .java(x -> x <= 0 ? NUM : Math.log(x))
                .js("x => x <= 0 ? NUM : Math.log(x)"),
            define("LOG10", "Base-10 logarithm; #NUM! unless the number is positive")
                .parameters(number("number")).libm()
                .java(x -> x <= 0 ? NUM : Math.log10(x))
                .js("x => x <= 0 ? NUM : Math.log10(x)"),
            define("LOG", "Logarithm to a base (default 10); #NUM! unless both are positive, #DIV/0! for base 1")
                .parameters(number("number"), number("base").orElse(10)).libm()
                .java(MathFunctions::log)
                .js("(x, base) => x <= 0 || base <= 0 ? NUM : base === 1 ? DIV0 : base === 10 ? Math.log10(x) : Math.log(x) / Math.log(base)"),
            define("EXP", "e raised to the number; #NUM! on overflow")
                .parameters(number("number")).libm()
                .java(Math::exp)
                .js("Math.exp"),
            define("POWER", "Number raised to a power, as ^")
                .parameters(number("number").unit("x"), number("power")).unit(new UnitRule.Power()).libm()
                .java(ExcelMath::power)
                .js("power"),
            define("ABS", "Absolute value")
                .parameters(number("number").unit("x")).unit(UnitRule.SAME)
                .java(Math::abs)
                .js("Math.abs"),
            define("SIGN", "1 for a positive number, -1 for a negative one, 0 for zero")
                .parameters(number("number").unit("*"))
                .java(x -> x > 0 ? 1 : x < 0 ? -1 : 0)
                .js("x => x > 0 ? 1 : x < 0 ? -1 : 0"),
            define("MOD", "Remainder with the sign of the divisor; #DIV/0! for a zero divisor")
                .parameters(number("number").unit("x"), number("divisor").unit("x")).unit(UnitRule.SAME).scaleSensitive()
                .java(ExcelMath::mod)
                .js("mod"),
            define("PI", "The number pi, 3.14159265358979")
                .javaMany(args -> Math.PI)
                .js("() => Math.PI")
        );
    }

    private static double log(double x, double base) {
        if (x <= 0 || base <= 0) return NUM;
        if (base == 1) return DIV0;
        // log(1000)/log(10) is 2.9999999999999996; Excel's LOG(1000) is 3, as log10 gives
        return base == 10 ? Math.log10(x) : Math.log(x) / Math.log(base);
    }
}
