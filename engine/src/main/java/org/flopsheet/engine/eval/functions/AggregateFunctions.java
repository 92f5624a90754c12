package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.numbers;

import java.util.List;

/**
 * SUM, MIN, MAX, AVERAGE over the numbers Excel counts (see {@link Parameter.Kind#NUMBERS}); the first
 * error among them wins; with no numbers at all, 0 (AVERAGE: #DIV/0!).
 */
final class AggregateFunctions {
    private AggregateFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("MIN", "Smallest of the numbers")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(args -> {
                    if (args.length == 0) return 0;
                    double m = Double.POSITIVE_INFINITY;
                    for (double a : args) m = Math.min(m, a);
                    return m;
                })
                .js("(...xs) => Math.min(...xs)"),
            define("MAX", "Largest of the numbers")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(args -> {
                    if (args.length == 0) return 0;
                    double m = Double.NEGATIVE_INFINITY;
                    for (double a : args) m = Math.max(m, a);
                    return m;
                })
                .js("(...xs) => Math.max(...xs)"),
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

    static double sum(double[] args) {
        double s = 0;
        for (double a : args) s += a;
        return s;
    }
}
