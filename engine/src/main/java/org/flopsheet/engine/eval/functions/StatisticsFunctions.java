package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.list;
import static org.flopsheet.engine.eval.functions.Parameter.number;
import static org.flopsheet.engine.eval.functions.Parameter.numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flopsheet.engine.eval.ExcelMath;

/**
 * MEDIAN, MODE, variances and standard deviations, GEOMEAN, HARMEAN, LARGE, SMALL, percentiles,
 * quartiles, with Excel's newer names (STDEV.S) and the older ones Excel still
 * reads (STDEV). Functions of a list and a number (LARGE(array, k)) get the list's numbers followed
 * by the number.
 */
final class StatisticsFunctions {
    private StatisticsFunctions() {}

    static List<ExcelFunction> all() {
        List<ExcelFunction> all = new ArrayList<>(List.of(
            define("MEDIAN", "The middle number (the mean of the two middle ones for an even count)")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(args -> {
                    double[] s = sorted(args, args.length);
                    int n = s.length;
                    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
                })
                .js("(...xs) => { const s = sorted(xs, xs.length), n = s.length; return n % 2 === 1 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; }"),
            define("GEOMEAN", "Geometric mean; #NUM! if a number is not positive")
                .parameters(numbers("number")).unit(UnitRule.SAME).libm()
                .javaMany(args -> {
                    double logs = 0;
                    for (double a : args) {
                        if (a <= 0) return NUM;
                        logs += Math.log(a);
                    }
                    return Math.exp(logs / args.length);
                })
                .js("(...xs) => { let logs = 0; for (const a of xs) { if (a <= 0) return NUM; logs += Math.log(a); } return Math.exp(logs / xs.length); }"),
            define("HARMEAN", "Harmonic mean; #NUM! if a number is not positive")
                .parameters(numbers("number")).unit(UnitRule.SAME)
                .javaMany(args -> {
                    double inverses = 0;
                    for (double a : args) {
                        if (a <= 0) return NUM;
                        inverses += 1 / a;
                    }
                    return args.length / inverses;
                })
                .js("(...xs) => { let inverses = 0; for (const a of xs) { if (a <= 0) return NUM; inverses += 1 / a; } return xs.length / inverses; }"),
            kth("LARGE", "The k-th largest number; #NUM! unless 1 <= k <= count", true),
            kth("SMALL", "The k-th smallest number; #NUM! unless 1 <= k <= count", false)
        ));
        all.addAll(legacyAndNew("MODE", "MODE.SNGL", "The most frequent number (the first of them in the list); #N/A when no number repeats",
            d -> d.parameters(numbers("number")).unit(UnitRule.SAME).javaMany(StatisticsFunctions::mode),
            """
            (...xs) => {
              let best = NA, bestCount = 1;
              for (let i = 0; i < xs.length; i++) {
                let count = 0;
                for (let j = 0; j < xs.length; j++) if (xs[j] === xs[i]) count++;
                if (count > bestCount) { best = xs[i]; bestCount = count; }
              }
              return best;
            }"""));
        all.addAll(legacyAndNew("VAR", "VAR.S", "Variance of a sample (divides by count - 1); #DIV/0! for fewer than two numbers",
            d -> d.parameters(numbers("number")).unit("x^2").javaMany(args -> variance(args, true)), "(...xs) => variance(xs, true)"));
        all.add(define("VAR.P", "Variance of a whole population (divides by count)")
            .parameters(numbers("number")).unit("x^2").xlfn().javaMany(args -> variance(args, false)).js("(...xs) => variance(xs, false)"));
        all.addAll(legacyAndNew("STDEV", "STDEV.S", "Standard deviation of a sample; #DIV/0! for fewer than two numbers",
            d -> d.parameters(numbers("number")).unit(UnitRule.SAME).javaMany(args -> squareRoot(variance(args, true))),
            "(...xs) => { const v = variance(xs, true); return isErr(v) ? v : Math.sqrt(v); }"));
        all.add(define("STDEV.P", "Standard deviation of a whole population")
            .parameters(numbers("number")).unit(UnitRule.SAME).xlfn().javaMany(args -> squareRoot(variance(args, false)))
            .js("(...xs) => { const v = variance(xs, false); return isErr(v) ? v : Math.sqrt(v); }"));
        all.addAll(legacyAndNew("PERCENTILE", "PERCENTILE.INC", "The k-th percentile, 0 <= k <= 1, interpolating between the numbers",
            d -> d.parameters(list("array"), number("k")).unit(UnitRule.SAME).javaMany(args -> percentileInc(args, args[args.length - 1])),
            "(...a) => percentileInc(sorted(a, a.length - 1), a[a.length - 1])"));
        all.add(define("PERCENTILE.EXC", "The k-th percentile, 0 < k < 1 exclusive; #NUM! outside what the count allows")
            .parameters(list("array"), number("k")).unit(UnitRule.SAME).xlfn()
            .javaMany(args -> percentileExc(args, args[args.length - 1]))
            .js("(...a) => percentileExc(sorted(a, a.length - 1), a[a.length - 1])"));
        all.addAll(legacyAndNew("QUARTILE", "QUARTILE.INC", "Quartile 0 (minimum) to 4 (maximum) of the numbers",
            d -> d.parameters(list("array"), number("quart")).unit(UnitRule.SAME).javaMany(args -> {
                double q = ExcelMath.trunc15(args[args.length - 1]);
                return q < 0 || q > 4 ? NUM : percentileInc(args, q / 4);
            }),
            "(...a) => { const q = trunc15(a[a.length - 1]); return q < 0 || q > 4 ? NUM : percentileInc(sorted(a, a.length - 1), q / 4); }"));
        all.add(define("QUARTILE.EXC", "Quartile 1 to 3 of the numbers, exclusive")
            .parameters(list("array"), number("quart")).unit(UnitRule.SAME).xlfn()
            .javaMany(args -> {
                double q = ExcelMath.trunc15(args[args.length - 1]);
                return q <= 0 || q >= 4 ? NUM : percentileExc(args, q / 4);
            })
            .js("(...a) => { const q = trunc15(a[a.length - 1]); return q <= 0 || q >= 4 ? NUM : percentileExc(sorted(a, a.length - 1), q / 4); }"));
        return all;
    }

    /** The old name (no prefix) and the new one ({@code _xlfn.}), one body. */
    private static List<ExcelFunction> legacyAndNew(String legacy, String modern, String description,
                                                    java.util.function.UnaryOperator<ExcelFunction.Builder> body, String js) {
        return List.of(body.apply(define(legacy, description + " (" + modern + " under its older name)")).js(js),
                body.apply(define(modern, description)).xlfn().js(js));
    }

    private static ExcelFunction kth(String name, String description, boolean largest) {
        return define(name, description)
            .parameters(list("array"), number("k")).unit(UnitRule.SAME)
            .javaMany(args -> {
                int n = args.length - 1;
                double k = ExcelMath.ceil15(args[n]);
                if (k < 1 || k > n) return NUM;
                double[] s = sorted(args, n);
                return largest ? s[n - (int) k] : s[(int) k - 1];
            })
            .js("(...a) => { const n = a.length - 1, k = ceil15(a[n]); if (k < 1 || k > n) return NUM; const s = sorted(a, n); return "
                + (largest ? "s[n - k]" : "s[k - 1]") + "; }");
    }

    /** The first {@code count} numbers of {@code args}, ascending. */
    static double[] sorted(double[] args, int count) {
        double[] s = Arrays.copyOf(args, count);
        Arrays.sort(s);
        return s;
    }

    static double variance(double[] args, boolean sample) {
        int n = args.length;
        if (n < (sample ? 2 : 1)) return DIV0;
        double mean = 0;
        for (double a : args) mean += a;
        mean /= n;
        double squares = 0;
        for (double a : args) squares += (a - mean) * (a - mean);
        return squares / (sample ? n - 1 : n);
    }

    private static double squareRoot(double v) {
        return Double.isNaN(v) ? v : Math.sqrt(v);
    }

    /** {@code args}: the list, then k (ignored here, given as {@code k}). */
    private static double percentileInc(double[] args, double k) {
        int n = args.length - 1;
        if (n < 1 || k < 0 || k > 1) return NUM;
        double[] s = sorted(args, n);
        return interpolate(s, (n - 1) * k);
    }

    private static double percentileExc(double[] args, double k) {
        int n = args.length - 1;
        if (n < 1 || k <= 0 || k >= 1) return NUM;
        double h = (n + 1) * k - 1;
        if (h < 0 || h > n - 1) return NUM;
        return interpolate(sorted(args, n), h);
    }

    private static double interpolate(double[] s, double h) {
        int low = (int) Math.floor(h);
        if (low >= s.length - 1) return s[s.length - 1];
        return s[low] + (h - low) * (s[low + 1] - s[low]);
    }

    private static double mode(double[] args) {
        double best = NA;
        int bestCount = 1;
        for (double x : args) {
            int count = 0;
            for (double y : args) if (y == x) count++;
            if (count > bestCount) {
                best = x;
                bestCount = count;
            }
        }
        return best;
    }

}
