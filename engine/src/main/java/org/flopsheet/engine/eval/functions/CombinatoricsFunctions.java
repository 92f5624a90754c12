package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.integers;
import static org.flopsheet.engine.eval.functions.Parameter.number;

import java.util.List;
import org.flopsheet.engine.eval.ExcelMath;

/** FACT, FACTDOUBLE, COMBIN, COMBINA, GCD, LCM, MULTINOMIAL: arguments are cut to integers first, as Excel does. */
final class CombinatoricsFunctions {
    private CombinatoricsFunctions() {}

    private static final double EXACT_LIMIT = 0x1p53;
    /** 171! overflows a double: Excel's MULTINOMIAL, computed from factorials, is #NUM! beyond. */
    private static final double MAX_FACTORIAL = 170;

    static List<ExcelFunction> all() {
        return List.of(
            define("FACT", "Factorial of the number cut to an integer; #NUM! for a negative number")
                .parameters(number("number"))
                .java(x -> {
                    if (x < 0) return NUM;
                    double n = ExcelMath.trunc15(x), r = 1;
                    for (int i = 2; i <= n && r < Double.POSITIVE_INFINITY; i++) r *= i;
                    return r;
                })
                .js("x => { if (x < 0) return NUM; const n = trunc15(x); let r = 1; for (let i = 2; i <= n && r < Infinity; i++) r *= i; return r; }"),
            define("FACTDOUBLE", "Double factorial n*(n-2)*(n-4)...; #NUM! for a negative number")
                .parameters(number("number"))
                .java(x -> {
                    if (x < 0) return NUM;
                    double r = 1;
                    for (double i = ExcelMath.trunc15(x); i > 1 && r < Double.POSITIVE_INFINITY; i -= 2) r *= i;
                    return r;
                })
                .js("x => { if (x < 0) return NUM; let r = 1; for (let i = trunc15(x); i > 1 && r < Infinity; i -= 2) r *= i; return r; }"),
            define("COMBIN", "Number of combinations of number_chosen items out of number; #NUM! unless 0 <= number_chosen <= number")
                .parameters(number("number"), number("number_chosen"))
                .java(CombinatoricsFunctions::combin)
                .js(COMBIN_JS),
            define("COMBINA", "Number of combinations with repetitions; #NUM! for a negative argument")
                .parameters(number("number"), number("number_chosen")).xlfn()
                .java((x, k) -> {
                    double n = ExcelMath.trunc15(x), c = ExcelMath.trunc15(k);
                    if (n < 0 || c < 0) return NUM;
                    return n == 0 && c == 0 ? 1 : combin(n + c - 1, c);
                })
                .js("(x, k) => { const n = trunc15(x), c = trunc15(k); if (n < 0 || c < 0) return NUM; return n === 0 && c === 0 ? 1 : ("
                    + COMBIN_JS + ")(n + c - 1, c); }"),
            define("GCD", "Greatest common divisor of integers; #NUM! for a negative one")
                .parameters(integers("number")).emptyIsNA()
                .javaMany(args -> {
                    double g = 0;
                    for (double a : args) {
                        double n = ExcelMath.trunc15(a);
                        if (n < 0 || n >= EXACT_LIMIT) return NUM;
                        g = gcd(g, n);
                    }
                    return g;
                })
                .js("(...xs) => { let g = 0; for (const a of xs) { const n = trunc15(a); if (n < 0 || n >= 2 ** 53) return NUM; g = gcd(g, n); } return g; }"),
            define("LCM", "Least common multiple of integers; #NUM! for a negative one")
                .parameters(integers("number")).emptyIsNA()
                .javaMany(args -> {
                    double l = 1;
                    for (double a : args) {
                        double n = ExcelMath.trunc15(a);
                        if (n < 0 || n >= EXACT_LIMIT) return NUM;
                        if (n == 0) return 0;
                        l = l / gcd(l, n) * n;
                    }
                    return l;
                })
                .js("(...xs) => { let l = 1; for (const a of xs) { const n = trunc15(a); if (n < 0 || n >= 2 ** 53) return NUM; if (n === 0) return 0; l = l / gcd(l, n) * n; } return l; }"),
            define("MULTINOMIAL", "(a+b+...)! / (a!*b!*...); #NUM! for a negative number or a sum over 170")
                .parameters(integers("number"))
                .javaMany(args -> {
                    double sum = 0;
                    for (double a : args) {
                        if (a < 0) return NUM;
                        sum += ExcelMath.trunc15(a);
                    }
                    if (sum > MAX_FACTORIAL) return NUM;
                    double r = 1, total = 0;
                    for (double a : args) {
                        double n = ExcelMath.trunc15(a);
                        for (int i = 1; i <= n; i++) r = r * ++total / i;
                    }
                    return r < EXACT_LIMIT ? Math.floor(r + 0.5) : r;
                })
                .js("(...xs) => { let sum = 0; for (const a of xs) { if (a < 0) return NUM; sum += trunc15(a); } if (sum > 170) return NUM; let r = 1, total = 0; for (const a of xs) { const n = trunc15(a); for (let i = 1; i <= n; i++) r = r * ++total / i; } return r < 2 ** 53 ? Math.floor(r + 0.5) : r; }")
        );
    }

    private static final String COMBIN_JS = """
        (x, k) => {
          const n = trunc15(x);
          let c = trunc15(k);
          if (n < 0 || c < 0 || n < c) return NUM;
          c = Math.min(c, n - c);
          let r = 1;
          for (let i = 1; i <= c && r < Infinity; i++) r = r * (n - c + i) / i;
          return r < 2 ** 53 ? Math.floor(r + 0.5) : r;
        }""";

    private static double combin(double x, double k) {
        double n = ExcelMath.trunc15(x), c = ExcelMath.trunc15(k);
        if (n < 0 || c < 0 || n < c) return NUM;
        c = Math.min(c, n - c);
        double r = 1;
        for (int i = 1; i <= c && r < Double.POSITIVE_INFINITY; i++) r = r * (n - c + i) / i;
        return r < EXACT_LIMIT ? Math.floor(r + 0.5) : r;
    }

    private static double gcd(double a, double b) {
        while (b != 0) {
            double t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
