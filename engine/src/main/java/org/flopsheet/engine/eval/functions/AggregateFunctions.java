package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.numbers;

import java.util.List;

/**
 * SUM, PRODUCT, SUMSQ, MIN, MAX, AVERAGE and their -A twins, COUNT, COUNTA over the numbers Excel counts
 * (see {@link Parameter.Kind#NUMBERS}); the first error among them wins (COUNT and COUNTA count errors
 * instead); with no numbers at all, 0 (AVERAGE: #DIV/0!).
 */
final class AggregateFunctions {
    private AggregateFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("MIN", "Smallest of the numbers")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(AggregateFunctions::min)
                .js("(...xs) => xs.length === 0 ? 0 : xs.reduce((m, x) => Math.min(m, x))"),
            define("MAX", "Largest of the numbers")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(AggregateFunctions::max)
                .js("(...xs) => xs.length === 0 ? 0 : xs.reduce((m, x) => Math.max(m, x))"),
            define("MINA", "Smallest of the values, logical values counting as 1 and 0")
                .parameters(numbers("value")).unit(UnitRule.SAME)
                .javaMany(AggregateFunctions::min)
                .js("(...xs) => xs.length === 0 ? 0 : xs.reduce((m, x) => Math.min(m, x))"),
            define("MAXA", "Largest of the values, logical values counting as 1 and 0")
                .parameters(numbers("value")).unit(UnitRule.SAME)
                .javaMany(AggregateFunctions::max)
                .js("(...xs) => xs.length === 0 ? 0 : xs.reduce((m, x) => Math.max(m, x))"),
            define("AVERAGEA", "Arithmetic mean of the values, logical values counting as 1 and 0")
                .parameters(numbers("value")).unit(UnitRule.SAME)
                .javaMany(args -> sum(args) / args.length)
                .js("(...xs) => sum(xs) / xs.length"),
            define("PRODUCT", "Product of the numbers (dimensionless: multiply quantities with units by *)")
                .parameters(numbers("number").unit(""))
                .javaMany(args -> {
                    double p = 1;
                    for (double a : args) p *= a;
                    return p;
                })
                .js("(...xs) => xs.reduce((p, x) => p * x, 1)"),
            define("SUMSQ", "Sum of the squares of the numbers")
                .parameters(numbers("number")).unit("x^2")
                .javaMany(args -> {
                    double s = 0;
                    for (double a : args) s += a * a;
                    return s;
                })
                .js("(...xs) => xs.reduce((s, x) => s + x * x, 0)"),
            define("COUNT", "How many of the arguments are numbers (errors are not)")
                .parameters(Parameter.any("value").repeating())
                .javaMany(args -> {
                    int n = 0;
                    for (double a : args) if (!Double.isNaN(a)) n++;
                    return n;
                })
                .js("(...xs) => xs.filter(x => !isErr(x)).length"),
            define("COUNTA", "How many values there are, errors included")
                .parameters(Parameter.any("value").repeating())
                .javaMany(args -> args.length)
                .js("(...xs) => xs.length"),
            define("SUM", "Sum of the numbers")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(AggregateFunctions::sum)
                .js("(...xs) => sum(xs)"),
            define("AVERAGE", "Arithmetic mean of the numbers")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(args -> args.length == 0 ? Errors.DIV0 : sum(args) / args.length)
                .js("(...xs) => sum(xs) / xs.length")
        );
    }

    /** Excel's MIN of no numbers is 0, not infinity. */
    static double min(double[] args) {
        if (args.length == 0) return 0;
        double m = Double.POSITIVE_INFINITY;
        for (double a : args) m = Math.min(m, a);
        return m;
    }

    /** Excel's MAX of no numbers is 0, not minus infinity. */
    static double max(double[] args) {
        if (args.length == 0) return 0;
        double m = Double.NEGATIVE_INFINITY;
        for (double a : args) m = Math.max(m, a);
        return m;
    }

    static double sum(double[] args) {
        double s = 0;
        for (double a : args) s += a;
        return s;
    }
}
