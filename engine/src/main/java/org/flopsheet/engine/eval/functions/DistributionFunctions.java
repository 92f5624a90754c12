package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.logical;
import static org.flopsheet.engine.eval.functions.Parameter.number;
import static org.flopsheet.engine.eval.functions.SpecialFunctions.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The normal, lognormal, exponential, gamma and beta distributions and their inverses, with Excel's
 * argument rules; legacy NORMDIST and NORMINV beside NORM.DIST and NORM.INV. The numerics are
 * {@link SpecialFunctions}, repeated in the add-in's runtime.js.
 */
final class DistributionFunctions {
    private DistributionFunctions() {}

    static List<ExcelFunction> all() {
        List<ExcelFunction> all = new ArrayList<>();
        for (String name : List.of("NORMDIST", "NORM.DIST")) {
            ExcelFunction.Builder b = define(name, "The normal distribution of mean and standard_dev at x: the probability of at most x (cumulative TRUE) or the density; #NUM! unless standard_dev > 0")
                .parameters(number("x").unit("x"), number("mean").unit("x"), number("standard_dev").unit("x"), logical("cumulative"))
                .unit(new UnitRule.CumulativeOrDensity(3)).libm()
                .javaMany(a -> a[2] <= 0 ? NUM : a[3] != 0 ? normalCdf((a[0] - a[1]) / a[2]) : normalDensity((a[0] - a[1]) / a[2]) / a[2]);
            if (name.contains(".")) b.xlfn();
            all.add(b.js("(x, mean, sd, cumulative) => sd <= 0 ? NUM : cumulative !== 0 ? normalCdf((x - mean) / sd) : normalDensity((x - mean) / sd) / sd"));
        }
        for (String name : List.of("NORMINV", "NORM.INV")) {
            ExcelFunction.Builder b = define(name, "The x at which the normal distribution of mean and standard_dev reaches probability; #NUM! unless 0 < probability < 1 and standard_dev > 0")
                .parameters(number("probability"), number("mean").unit("x"), number("standard_dev").unit("x"))
                .unit(UnitRule.SAME).libm()
                .javaMany(a -> a[0] <= 0 || a[0] >= 1 || a[2] <= 0 ? NUM : a[1] + a[2] * normalInverse(a[0]));
            if (name.contains(".")) b.xlfn();
            all.add(b.js("(p, mean, sd) => p <= 0 || p >= 1 || sd <= 0 ? NUM : mean + sd * normalInverse(p)"));
        }
        all.addAll(List.of(
            define("NORM.S.DIST", "The standard normal distribution at z: the probability of at most z (cumulative TRUE) or the density")
                .parameters(number("z"), logical("cumulative")).libm().xlfn()
                .java((z, cumulative) -> cumulative != 0 ? normalCdf(z) : normalDensity(z))
                .js("(z, cumulative) => cumulative !== 0 ? normalCdf(z) : normalDensity(z)"),
            define("NORM.S.INV", "The z at which the standard normal distribution reaches probability; #NUM! unless 0 < probability < 1")
                .parameters(number("probability")).libm().xlfn()
                .java(p -> p <= 0 || p >= 1 ? NUM : normalInverse(p))
                .js("p => p <= 0 || p >= 1 ? NUM : normalInverse(p)"),
            define("LOGNORM.DIST", "The lognormal distribution at x (ln x normal with mean and standard_dev); #NUM! unless x > 0 and standard_dev > 0")
                .parameters(number("x"), number("mean"), number("standard_dev"), logical("cumulative")).libm().xlfn()
                .javaMany(a -> {
                    if (a[0] <= 0 || a[2] <= 0) return NUM;
                    double z = (Math.log(a[0]) - a[1]) / a[2];
                    return a[3] != 0 ? normalCdf(z) : normalDensity(z) / (a[0] * a[2]);
                })
                .js("(x, mean, sd, cumulative) => { if (x <= 0 || sd <= 0) return NUM; const z = (Math.log(x) - mean) / sd; return cumulative !== 0 ? normalCdf(z) : normalDensity(z) / (x * sd); }"),
            define("LOGNORM.INV", "The x at which the lognormal distribution reaches probability; #NUM! unless 0 < probability < 1 and standard_dev > 0")
                .parameters(number("probability"), number("mean"), number("standard_dev")).libm().xlfn()
                .javaMany(a -> a[0] <= 0 || a[0] >= 1 || a[2] <= 0 ? NUM : Math.exp(a[1] + a[2] * normalInverse(a[0])))
                .js("(p, mean, sd) => p <= 0 || p >= 1 || sd <= 0 ? NUM : Math.exp(mean + sd * normalInverse(p))"),
            define("EXPON.DIST", "The exponential distribution of rate lambda at x; #NUM! unless x >= 0 and lambda > 0")
                .parameters(number("x"), number("lambda"), logical("cumulative")).libm().xlfn()
                .javaMany(a -> a[0] < 0 || a[1] <= 0 ? NUM : a[2] != 0 ? -Math.expm1(-a[1] * a[0]) : a[1] * Math.exp(-a[1] * a[0]))
                .js("(x, lambda, cumulative) => x < 0 || lambda <= 0 ? NUM : cumulative !== 0 ? -Math.expm1(-lambda * x) : lambda * Math.exp(-lambda * x)"),
            define("GAMMA.DIST", "The gamma distribution of shape alpha and scale beta at x; #NUM! unless x >= 0 and alpha, beta > 0")
                .parameters(number("x"), number("alpha"), number("beta"), logical("cumulative")).libm().xlfn()
                .javaMany(a -> gammaDist(a[0], a[1], a[2], a[3] != 0))
                .js("""
                    (x, alpha, beta, cumulative) => {
                      if (x < 0 || alpha <= 0 || beta <= 0) return NUM;
                      if (cumulative !== 0) return gammaP(alpha, x / beta);
                      if (x === 0) return alpha < 1 ? NUM : alpha === 1 ? 1 / beta : 0;
                      return Math.exp((alpha - 1) * Math.log(x) - x / beta - logGamma(alpha) - alpha * Math.log(beta));
                    }"""),
            define("GAMMA.INV", "The x at which the gamma distribution reaches probability; #NUM! unless 0 <= probability < 1 and alpha, beta > 0")
                .parameters(number("probability"), number("alpha"), number("beta")).libm().xlfn()
                .javaMany(a -> {
                    double p = a[0], alpha = a[1], beta = a[2];
                    if (p < 0 || p >= 1 || alpha <= 0 || beta <= 0) return NUM;
                    if (p == 0) return 0;
                    return beta * invert(x -> gammaP(alpha, x), p, 0, Math.max(alpha, 1), Double.MAX_VALUE / 4);
                })
                .js("(p, alpha, beta) => { if (p < 0 || p >= 1 || alpha <= 0 || beta <= 0) return NUM; if (p === 0) return 0; return beta * invert(x => gammaP(alpha, x), p, 0, Math.max(alpha, 1), Number.MAX_VALUE / 4); }"),
            define("BETA.DIST", "The beta distribution of alpha and beta at x, on [A, B] (default [0, 1]); #NUM! outside it or unless alpha, beta > 0")
                .parameters(number("x"), number("alpha"), number("beta"), logical("cumulative"), number("A").orElse(0), number("B").orElse(1)).libm().xlfn()
                .javaMany(a -> betaDist(a[0], a[1], a[2], a[3] != 0, a[4], a[5]))
                .js("""
                    (x, alpha, beta, cumulative, lo, hi) => {
                      if (alpha <= 0 || beta <= 0 || x < lo || x > hi || lo === hi) return NUM;
                      const t = (x - lo) / (hi - lo);
                      if (cumulative !== 0) return betaI(alpha, beta, t);
                      return Math.exp((alpha - 1) * Math.log(t) + (beta - 1) * Math.log(1 - t) + logGamma(alpha + beta) - logGamma(alpha) - logGamma(beta)) / (hi - lo);
                    }"""),
            define("BETA.INV", "The x at which the beta distribution on [A, B] reaches probability; #NUM! unless 0 < probability <= 1 and alpha, beta > 0")
                .parameters(number("probability"), number("alpha"), number("beta"), number("A").orElse(0), number("B").orElse(1)).libm().xlfn()
                .javaMany(a -> {
                    double p = a[0], alpha = a[1], beta = a[2], lo = a[3], hi = a[4];
                    if (p <= 0 || p > 1 || alpha <= 0 || beta <= 0 || lo >= hi) return NUM;
                    return lo + (hi - lo) * invert(t -> betaI(alpha, beta, t), p, 0, 1, 1);
                })
                .js("(p, alpha, beta, lo, hi) => { if (p <= 0 || p > 1 || alpha <= 0 || beta <= 0 || lo >= hi) return NUM; return lo + (hi - lo) * invert(t => betaI(alpha, beta, t), p, 0, 1, 1); }")
        ));
        return all;
    }

    private static double gammaDist(double x, double alpha, double beta, boolean cumulative) {
        if (x < 0 || alpha <= 0 || beta <= 0) return NUM;
        if (cumulative) return gammaP(alpha, x / beta);
        if (x == 0) return alpha < 1 ? NUM : alpha == 1 ? 1 / beta : 0;
        return Math.exp((alpha - 1) * Math.log(x) - x / beta - logGamma(alpha) - alpha * Math.log(beta));
    }

    private static double betaDist(double x, double alpha, double beta, boolean cumulative, double lo, double hi) {
        if (alpha <= 0 || beta <= 0 || x < lo || x > hi || lo == hi) return NUM;
        double t = (x - lo) / (hi - lo);
        if (cumulative) return betaI(alpha, beta, t);
        return Math.exp((alpha - 1) * Math.log(t) + (beta - 1) * Math.log(1 - t) + logGamma(alpha + beta) - logGamma(alpha) - logGamma(beta)) / (hi - lo);
    }
}
