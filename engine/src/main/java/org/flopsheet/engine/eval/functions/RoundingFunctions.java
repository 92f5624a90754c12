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
            significance("CEILING", "Rounds up to a multiple of significance; a negative number with a positive significance rounds toward zero; #NUM! for a positive number with a negative significance",
                "", RoundingFunctions::ceiling, "(x, s) => s === 0 || x === 0 ? 0 : x > 0 && s < 0 ? NUM : ceil15(x / s) * s"),
            significance("FLOOR", "Rounds down to a multiple of significance (a negative number with a positive one away from zero); #NUM! for a positive number with a negative significance, #DIV/0! for a zero one",
                "", RoundingFunctions::floor, "(x, s) => x === 0 ? 0 : s === 0 ? DIV0 : x > 0 && s < 0 ? NUM : floor15(x / s) * s"),
            define("CEILING.MATH", "Rounds up to a multiple of significance (default 1); negative numbers toward zero, or away from it when mode is not 0")
                .parameters(number("number").unit("x"), number("significance").unit("x").orElse(1), number("mode").unit("*").orElse(0))
                .unit(UnitRule.SAME).scaleSensitive().xlfn()
                .javaMany(a -> ceilingMath(a[0], a[1], a[2]))
                .js("(x, s, mode) => { s = Math.abs(s); return s === 0 || x === 0 ? 0 : x < 0 && mode !== 0 ? floor15(x / s) * s : ceil15(x / s) * s; }"),
            define("FLOOR.MATH", "Rounds down to a multiple of significance (default 1); negative numbers away from zero, or toward it when mode is not 0")
                .parameters(number("number").unit("x"), number("significance").unit("x").orElse(1), number("mode").unit("*").orElse(0))
                .unit(UnitRule.SAME).scaleSensitive().xlfn()
                .javaMany(a -> floorMath(a[0], a[1], a[2]))
                .js("(x, s, mode) => { s = Math.abs(s); return s === 0 || x === 0 ? 0 : x < 0 && mode !== 0 ? ceil15(x / s) * s : floor15(x / s) * s; }"),
            significance("CEILING.PRECISE", "Rounds up to a multiple of the significance's size (default 1), whatever the signs",
                "_xlfn.", (x, s) -> ceilingMath(x, s, 0), "(x, s) => { s = Math.abs(s); return s === 0 || x === 0 ? 0 : ceil15(x / s) * s; }"),
            significance("FLOOR.PRECISE", "Rounds down to a multiple of the significance's size (default 1), whatever the signs",
                "_xlfn.", (x, s) -> floorMath(x, s, 0), "(x, s) => { s = Math.abs(s); return s === 0 || x === 0 ? 0 : floor15(x / s) * s; }"),
            define("MROUND", "Rounds to the nearest multiple, halves away from zero; #NUM! when number and multiple differ in sign")
                .parameters(number("number").unit("x"), number("multiple").unit("x")).unit(UnitRule.SAME).scaleSensitive().emptyIsNA()
                .java(RoundingFunctions::mround)
                .js("(x, m) => { if (m === 0 || x === 0) return 0; if ((x < 0) !== (m < 0)) return NUM; const q = shown(x / m); return Math.floor(Math.abs(q) + 0.5) * Math.abs(m) * (x < 0 ? -1 : 1); }"),
            define("EVEN", "Rounds away from zero to an even integer")
                .parameters(number("number").unit("x")).unit(UnitRule.SAME).scaleSensitive()
                .java(x -> { double v = ExcelMath.ceil15(Math.abs(x)); if (v % 2 != 0) v++; return x < 0 ? -v : v; })
                .js("x => { let v = ceil15(Math.abs(x)); if (v % 2 !== 0) v++; return x < 0 ? -v : v; }"),
            define("ODD", "Rounds away from zero to an odd integer")
                .parameters(number("number").unit("x")).unit(UnitRule.SAME).scaleSensitive()
                .java(x -> { double v = ExcelMath.ceil15(Math.abs(x)); if (v % 2 == 0) v++; return x < 0 ? -v : v; })
                .js("x => { let v = ceil15(Math.abs(x)); if (v % 2 === 0) v++; return x < 0 ? -v : v; }"),
            define("QUOTIENT", "The integer part of a division; #DIV/0! for a zero denominator")
                .parameters(number("numerator").unit("x"), number("denominator").unit("y")).unit("x/y").scaleSensitive()
                .java((x, y) -> y == 0 ? DIV0 : ExcelMath.trunc15(x / y))
                .js("(x, y) => y === 0 ? DIV0 : trunc15(x / y)"),
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

    private static ExcelFunction significance(String name, String description, String prefix, ExcelFunction.TwoArgs body, String js) {
        ExcelFunction.Builder b = define(name, description);
        if (!prefix.isEmpty()) b.xlfn();
        Parameter significance = number("significance").unit("x");
        return b.parameters(number("number").unit("x"), prefix.isEmpty() ? significance : significance.orElse(1))
                .unit(UnitRule.SAME).scaleSensitive().java(body).js(js);
    }

    private static double ceiling(double x, double s) {
        if (s == 0 || x == 0) return 0;
        if (x > 0 && s < 0) return NUM;
        return ExcelMath.ceil15(x / s) * s;
    }

    private static double floor(double x, double s) {
        if (x == 0) return 0;
        if (s == 0) return DIV0;
        if (x > 0 && s < 0) return NUM;
        return ExcelMath.floor15(x / s) * s;
    }

    private static double ceilingMath(double x, double s, double mode) {
        s = Math.abs(s);
        if (s == 0 || x == 0) return 0;
        return x < 0 && mode != 0 ? ExcelMath.floor15(x / s) * s : ExcelMath.ceil15(x / s) * s;
    }

    private static double floorMath(double x, double s, double mode) {
        s = Math.abs(s);
        if (s == 0 || x == 0) return 0;
        return x < 0 && mode != 0 ? ExcelMath.ceil15(x / s) * s : ExcelMath.floor15(x / s) * s;
    }

    private static double mround(double x, double m) {
        if (m == 0 || x == 0) return 0;
        if ((x < 0) != (m < 0)) return NUM;
        double q = ExcelMath.shown(x / m);
        return Math.floor(Math.abs(q) + 0.5) * Math.abs(m) * (x < 0 ? -1 : 1);
    }

    static double round(double x, double digits, RoundingMode mode) {
        if (x == 0) return 0;
        int d = (int) Math.max(-400, Math.min(400, digits < 0 ? Math.ceil(digits) : Math.floor(digits)));
        BigDecimal shown = new BigDecimal(x).round(new MathContext(15, RoundingMode.HALF_EVEN));
        return checked(shown.setScale(d, mode).doubleValue());
    }
}
