package org.flopsheet.engine.eval.functions;

/**
 * The numerical kernels of the distributions, written so that the add-in's runtime.js can repeat
 * them operation for operation: log-gamma (Lanczos, as in Numerical Recipes 3rd ed.), the regularized
 * incomplete gamma and beta functions (series and Lentz's continued fractions), the standard normal
 * distribution through them, its inverse by Wichura's AS241, and inverses of the others by bisection
 * to the last bit.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double[] LANCZOS = {57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
        -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
        .158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
        .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5};
    private static final double EPSILON = 1e-16, TINY = 1e-300;
    /** Beyond this many terms (alpha or beta in the millions) a series is not trusted: the result is #NUM!, not a guess. */
    private static final int ITERATIONS = 5_000;

    /** ln(Gamma(x)) for x > 0. */
    static double logGamma(double x) {
        double y = x, tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double c : LANCZOS) ser += c / ++y;
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }

    /** The regularized lower incomplete gamma function P(a, x), for a > 0 and x >= 0. */
    static double gammaP(double a, double x) {
        if (x <= 0) return 0;
        if (x < a + 1) return gammaSeries(a, x);
        return 1 - gammaFraction(a, x);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = 1 - P(a, x), accurate in the tail. */
    static double gammaQ(double a, double x) {
        if (x <= 0) return 1;
        if (x < a + 1) return 1 - gammaSeries(a, x);
        return gammaFraction(a, x);
    }

    private static double gammaSeries(double a, double x) {
        double ap = a, sum = 1 / a, del = sum;
        for (int n = 0; ; n++) {
            if (n == ITERATIONS) return Double.NaN;
            ap++;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * EPSILON) break;
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double gammaFraction(double a, double x) {
        double b = x + 1 - a, c = 1 / TINY, d = 1 / b, h = d;
        for (int i = 1; ; i++) {
            if (i == ITERATIONS) return Double.NaN;
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) d = TINY;
            c = b + an / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPSILON) break;
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 <= x <= 1. */
    static double betaI(double a, double b, double x) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) return front * betaFraction(a, b, x) / a;
        return 1 - front * betaFraction(b, a, 1 - x) / b;
    }

    private static double betaFraction(double a, double b, double x) {
        double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - qab * x / qap;
        if (Math.abs(d) < TINY) d = TINY;
        d = 1 / d;
        double h = d;
        for (int m = 1; ; m++) {
            if (m == ITERATIONS) return Double.NaN;
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < TINY) d = TINY;
            c = 1 + aa / c;
            if (Math.abs(c) < TINY) c = TINY;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPSILON) break;
        }
        return h;
    }

    /** The standard normal distribution function, from the incomplete gamma function: Phi(z) = Q(1/2, z^2/2)/2 for z < 0. */
    static double normalCdf(double z) {
        if (z < 0) return 0.5 * gammaQ(0.5, z * z / 2);
        return 0.5 + 0.5 * gammaP(0.5, z * z / 2);
    }

    static double normalDensity(double z) {
        return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
    }

    /** The inverse of the standard normal distribution for 0 < p < 1: Wichura's AS241 (PPND16), good to about 1e-16. */
    static double normalInverse(double p) {
        double q = p - 0.5, r, value;
        if (Math.abs(q) <= 0.425) {
            r = 0.180625 - q * q;
            return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r
                    + 3.387132872796366608)
                    / (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1);
        }
        r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
        if (r <= 5) {
            r -= 1.6;
            value = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                    + 4.6303378461565452959) * r + 1.42343711074968357734)
                    / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                    + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                    + 2.05319162663775882187) * r + 1);
        } else {
            r -= 5;
            value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                    + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                    + 5.4637849111641143699) * r + 6.6579046435011037772)
                    / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                    + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                    + 0.59983220655588793769) * r + 1);
        }
        return q < 0 ? -value : value;
    }

    /** A cumulative distribution function to invert, increasing in x. */
    interface Cdf { double at(double x); }

    /**
     * The x in [low, high] where cdf(x) = p, by bisection until the interval is within 2^-53 of its
     * upper end (about 53 halvings, more for an x far below the first guess); high doubles until it
     * brackets p.
     */
    static double invert(Cdf cdf, double p, double low, double high, double cap) {
        while (cdf.at(high) < p && high < cap) {
            low = high;
            high *= 2;
        }
        if (!(cdf.at(high) >= p)) return Double.NaN;
        for (int i = 0; i < 2100 && high - low > 0x1p-53 * high; i++) {
            double mid = low + (high - low) / 2, at = cdf.at(mid);
            if (Double.isNaN(at)) return at;
            if (at < p) low = mid;
            else high = mid;
        }
        return Math.abs(cdf.at(low) - p) < Math.abs(cdf.at(high) - p) ? low : high;
    }
}
