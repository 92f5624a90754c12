package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.number;

import java.util.List;

/**
 * SIN, COS, TAN and their inverses, the hyperbolic functions, DEGREES, RADIANS. Angles are in
 * radians and dimensionless. Java has no asinh, acosh or atanh; they are written from log1p and
 * sqrt the same way in both languages.
 */
final class TrigonometryFunctions {
    private TrigonometryFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            trig("SIN", "Sine of an angle in radians", Math::sin, "Math.sin"),
            trig("COS", "Cosine of an angle in radians", Math::cos, "Math.cos"),
            trig("TAN", "Tangent of an angle in radians", Math::tan, "Math.tan"),
            trig("ASIN", "Arcsine in radians; #NUM! outside -1..1", x -> Math.abs(x) > 1 ? NUM : Math.asin(x),
                "x => Math.abs(x) > 1 ? NUM : Math.asin(x)"),
            trig("ACOS", "Arccosine in radians; #NUM! outside -1..1", x -> Math.abs(x) > 1 ? NUM : Math.acos(x),
                "x => Math.abs(x) > 1 ? NUM : Math.acos(x)"),
            trig("ATAN", "Arctangent in radians", Math::atan, "Math.atan"),
            define("ATAN2", "ATAN2(x_num, y_num): the angle of the point (x, y) from the x axis, in radians; #DIV/0! at (0, 0)")
                .parameters(number("x_num").unit("x"), number("y_num").unit("x")).libm()
                .java((x, y) -> x == 0 && y == 0 ? DIV0 : Math.atan2(y, x))
                .js("(x, y) => x === 0 && y === 0 ? DIV0 : Math.atan2(y, x)"),
            trig("SINH", "Hyperbolic sine", Math::sinh, "Math.sinh"),
            trig("COSH", "Hyperbolic cosine", Math::cosh, "Math.cosh"),
            trig("TANH", "Hyperbolic tangent", Math::tanh, "Math.tanh"),
            trig("ASINH", "Inverse hyperbolic sine", TrigonometryFunctions::asinh,
                "x => { const a = Math.abs(x), r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a))); return x < 0 ? -r : r; }"),
            trig("ACOSH", "Inverse hyperbolic cosine; #NUM! below 1", x -> x < 1 ? NUM : Math.log(x + Math.sqrt(x * x - 1)),
                "x => x < 1 ? NUM : Math.log(x + Math.sqrt(x * x - 1))"),
            trig("ATANH", "Inverse hyperbolic tangent; #NUM! unless strictly between -1 and 1",
                x -> Math.abs(x) >= 1 ? NUM : 0.5 * Math.log1p(2 * x / (1 - x)),
                "x => Math.abs(x) >= 1 ? NUM : 0.5 * Math.log1p(2 * x / (1 - x))"),
            define("DEGREES", "Radians to degrees")
                .parameters(number("angle"))
                .java(x -> x * 180 / Math.PI)
                .js("x => x * 180 / Math.PI"),
            define("RADIANS", "Degrees to radians")
                .parameters(number("angle"))
                .java(x -> x * Math.PI / 180)
                .js("x => x * Math.PI / 180")
        );
    }

    private static ExcelFunction trig(String name, String description, ExcelFunction.OneArg body, String js) {
        return define(name, description).parameters(number("number")).libm().java(body).js(js);
    }

    private static double asinh(double x) {
        double a = Math.abs(x), r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return x < 0 ? -r : r;
    }
}
