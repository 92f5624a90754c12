package org.flopsheet.engine.dist;

import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.flopsheet.engine.eval.NumberText;

/**
 * The distribution of an uncertain input, in the input's own unit. Simulation turns a standard
 * normal draw (or, for inputs outside any correlation, a uniform draw) into a value; both ways
 * give exactly the distribution's marginal.
 */
public sealed interface Distribution {
    /** The inverse CDF: the value below which a share {@code p} of the distribution lies. */
    double quantile(double p);

    /** P(X <= x). */
    double cdf(double x);

    /** A value from a uniform draw {@code u} in (0, 1): the quantile, except for mixtures (see there). */
    default double fromUniform(double u) { return quantile(u); }

    /** A value from a standard normal draw {@code z}: what the Gaussian copula feeds each input. */
    default double fromNormal(double z) { return fromUniform(StandardNormal.cdf(z)); }

    /** True when {@link #fromNormal} is the cheap path (no CDF to evaluate). */
    default boolean normalBased() { return false; }

    default double median() { return quantile(0.5); }

    /** The distribution as the DSL writes it, numbers in shortest form. */
    String text();

    /** A number as the DSL would write it. */
    static String n(double v) { return NumberText.shortest(v); }

    /** {@code normal(mean, sd)}. */
    record Normal(double mean, double sd) implements Distribution {
        public double quantile(double p) { return mean + sd * StandardNormal.quantile(p); }
        public double cdf(double x) { return StandardNormal.cdf((x - mean) / sd); }
        @Override public double fromNormal(double z) { return mean + sd * z; }
        @Override public boolean normalBased() { return true; }
        public String text() { return "normal(" + n(mean) + ", " + n(sd) + ")"; }
    }

    /** {@code lognormal(mu, sigma)}: ln X is normal with mean mu and standard deviation sigma (Excel's LOGNORM.INV). */
    record Lognormal(double mu, double sigma) implements Distribution {
        public double quantile(double p) { return Math.exp(mu + sigma * StandardNormal.quantile(p)); }
        public double cdf(double x) { return x <= 0 ? 0 : StandardNormal.cdf((Math.log(x) - mu) / sigma); }
        @Override public double fromNormal(double z) { return Math.exp(mu + sigma * z); }
        @Override public boolean normalBased() { return true; }
        public String text() { return "lognormal(" + n(mu) + ", " + n(sigma) + ")"; }
    }

    /** {@code uniform(low, high)}. */
    record Uniform(double low, double high) implements Distribution {
        public double quantile(double p) { return low + (high - low) * p; }
        public double cdf(double x) { return x <= low ? 0 : x >= high ? 1 : (x - low) / (high - low); }
        public String text() { return "uniform(" + n(low) + ", " + n(high) + ")"; }
    }

    /** {@code triangular(low, mode, high)}. */
    record Triangular(double low, double mode, double high) implements Distribution {
        public double quantile(double p) {
            double split = (mode - low) / (high - low);
            return p < split ? low + Math.sqrt(p * (high - low) * (mode - low))
                    : high - Math.sqrt((1 - p) * (high - low) * (high - mode));
        }
        public double cdf(double x) {
            if (x <= low) return 0;
            if (x >= high) return 1;
            return x <= mode ? (x - low) * (x - low) / ((high - low) * (mode - low))
                    : 1 - (high - x) * (high - x) / ((high - low) * (high - mode));
        }
        public String text() { return "triangular(" + n(low) + ", " + n(mode) + ", " + n(high) + ")"; }
    }

    /**
     * A beta distribution with shapes {@code alpha}, {@code beta} stretched onto [low, high]:
     * {@code beta(a, b)} on [0, 1], and {@code pert(low, mode, high)}, which is the beta with shapes
     * 1 + 4(mode-low)/(high-low) and 1 + 4(high-mode)/(high-low) (Excel's BETA.INV takes the same four numbers).
     */
    final class Beta implements Distribution {
        private final double alpha, beta, low, high;
        private final String written;
        /** Thread-safe once built: its inverse is a root search over the regularized incomplete beta. */
        private final BetaDistribution standard;

        Beta(double alpha, double beta, double low, double high, String written) {
            this.alpha = alpha;
            this.beta = beta;
            this.low = low;
            this.high = high;
            this.written = written;
            this.standard = new BetaDistribution(null, alpha, beta, 1e-15);
        }

        public double alpha() { return alpha; }
        public double beta() { return beta; }
        public double low() { return low; }
        public double high() { return high; }
        public double quantile(double p) { return low + (high - low) * standard.inverseCumulativeProbability(p); }
        public double cdf(double x) { return standard.cumulativeProbability((x - low) / (high - low)); }
        public String text() { return written; }

        static Beta pert(double low, double mode, double high) {
            double width = high - low;
            return new Beta(1 + 4 * (mode - low) / width, 1 + 4 * (high - mode) / width, low, high,
                    "pert(" + n(low) + ", " + n(mode) + ", " + n(high) + ")");
        }
    }

    /**
     * {@code mixture(w1, d1, w2, d2, ...)}: with probability w_i / sum(w), a draw from d_i. A uniform
     * draw picks the component by where it falls among the cumulative weights and is rescaled to a
     * uniform draw within it, so one draw gives one value; the quantile is the mixture's exact inverse CDF.
     */
    record Mixture(double[] cumulativeWeights, List<Distribution> components) implements Distribution {
        @Override public double fromUniform(double u) {
            double below = 0;
            for (int i = 0; i < components.size(); i++) {
                double upTo = cumulativeWeights[i];
                if (u < upTo || i == components.size() - 1) {
                    double within = (u - below) / (upTo - below);
                    return components.get(i).fromUniform(Math.min(Math.max(within, Math.ulp(0.5)), 1 - Math.ulp(0.5)));
                }
                below = upTo;
            }
            throw new IllegalStateException("no component");
        }

        public double cdf(double x) {
            double sum = 0, below = 0;
            for (int i = 0; i < components.size(); i++) {
                sum += (cumulativeWeights[i] - below) * components.get(i).cdf(x);
                below = cumulativeWeights[i];
            }
            return sum;
        }

        public double quantile(double p) {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (Distribution d : components) {
                lo = Math.min(lo, d.quantile(p));
                hi = Math.max(hi, d.quantile(p));
            }
            for (int i = 0; i < 200 && lo < hi; i++) {
                double mid = lo + (hi - lo) / 2;
                if (mid == lo || mid == hi) break;
                if (cdf(mid) < p) lo = mid; else hi = mid;
            }
            return hi;
        }

        public String text() {
            StringBuilder s = new StringBuilder("mixture(");
            double below = 0;
            for (int i = 0; i < components.size(); i++) {
                if (i > 0) s.append(", ");
                s.append(n(cumulativeWeights[i] - below)).append(", ").append(components.get(i).text());
                below = cumulativeWeights[i];
            }
            return s.append(")").toString();
        }
    }

    /** {@code truncate(d, low, high)}: d conditioned on lying between low and high. */
    record Truncated(Distribution inner, double low, double high, double cdfLow, double cdfHigh) implements Distribution {
        public double quantile(double p) {
            double x = inner.quantile(cdfLow + p * (cdfHigh - cdfLow));
            return Math.min(Math.max(x, low), high);
        }
        public double cdf(double x) {
            if (x <= low) return 0;
            if (x >= high) return 1;
            return (inner.cdf(x) - cdfLow) / (cdfHigh - cdfLow);
        }
        public String text() { return "truncate(" + inner.text() + ", " + n(low) + ", " + n(high) + ")"; }
    }
}
