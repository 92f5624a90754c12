package org.flopsheet.engine.simulate;

import java.util.Arrays;

/**
 * The valid (non-error) samples of one quantity, in order: kept whole and sorted when they fit the
 * exact buffer, else as sketches. Percentiles follow Excel's PERCENTILE.INC: rank (n-1)p, linear
 * interpolation between the two samples around it.
 */
sealed interface Ranked {
    long valid();

    /** The value of 0-based rank r, smallest first. */
    double valueAt(long r);

    long countAtMost(double x);

    default double percentile(double p) {
        long n = valid();
        if (n == 0) return Double.NaN;
        double h = (n - 1) * p;
        long lo = (long) Math.floor(h);
        double low = valueAt(lo);
        if (lo + 1 >= n || h == lo) return low;
        return low + (h - lo) * (valueAt(lo + 1) - low);
    }

    /** Every sample, sorted; errors (NaN) sort last and are not counted. */
    record Exact(double[] sorted, long valid) implements Ranked {
        static Exact of(double[] samples) {
            Arrays.parallelSort(samples);
            long n = samples.length;
            while (n > 0 && Double.isNaN(samples[(int) n - 1])) n--;
            return new Exact(samples, n);
        }
        public long valid() { return valid; }
        public double valueAt(long r) { return sorted[(int) r]; }
        public long countAtMost(double x) {
            int lo = 0, hi = (int) valid;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    /** Negative values as a sketch of their magnitudes, zeros counted, positive values as a sketch. */
    record Sketched(LogLinearSketch negative, long zeros, LogLinearSketch positive, double min, double max) implements Ranked {
        public long valid() { return negative.total() + zeros + positive.total(); }
        public double valueAt(long r) {
            double v;
            if (r < negative.total()) v = -negative.valueAt(negative.total() - 1 - r);
            else if (r < negative.total() + zeros) v = 0;
            else v = positive.valueAt(r - negative.total() - zeros);
            return Math.min(Math.max(v, min), max);
        }
        public long countAtMost(double x) {
            if (x < 0) return negative.total() - negative.countAtMost(-x);
            return negative.total() + zeros + positive.countAtMost(x);
        }
    }
}
