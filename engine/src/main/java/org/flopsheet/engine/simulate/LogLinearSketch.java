package org.flopsheet.engine.simulate;

/**
 * Counts of positive doubles in buckets that split every power of two into 1,024 equal parts: a
 * bucket is the top 10 bits of the mantissa with the exponent, so adding a value is a shift, and a
 * bucket is at most 1/1024 of its value wide; a value reported as a bucket's midpoint is within
 * 0.05% of any value in it. Small enough (4 KB a power of two) to stay in the cache while
 * a simulation adds to it at random places. Counts are integers, so merging in any order gives the same sketch.
 */
final class LogLinearSketch implements java.io.Serializable {
    private static final long serialVersionUID = 1;
    static final int SUB_BITS = 10;
    private static final int SHIFT = 52 - SUB_BITS;

    private int[] counts = new int[0];
    private int offset;

    static int key(double positive) { return (int) (Double.doubleToRawLongBits(positive) >>> SHIFT); }

    void add(double positive) {
        int k = key(positive);
        int i = k - offset;
        if (i < 0 || i >= counts.length) { cover(k, k); i = k - offset; }
        counts[i]++;
    }

    void merge(LogLinearSketch other) {
        if (other.counts.length == 0) return;
        int first = other.offset, last = other.offset + other.counts.length - 1;
        cover(first, last);
        for (int j = 0; j < other.counts.length; j++) counts[first - offset + j] += other.counts[j];
    }

    /** How many values were added (summed when asked: adding a value touches only its bucket). */
    long total() {
        long n = 0;
        for (int c : counts) n += c;
        return n;
    }

    /** The midpoint of the bucket holding the value of 0-based rank {@code rank}, smallest first. */
    double valueAt(long rank) {
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (rank < seen) return midpoint(offset + i);
        }
        throw new IllegalArgumentException("rank " + rank + " of " + seen);
    }

    /** How many values are at most {@code x} (counting a bucket whole once its midpoint is at most x). */
    long countAtMost(double x) {
        if (!(x > 0)) return 0;
        int k = key(x);
        long n = 0;
        for (int i = 0; i < counts.length && offset + i <= k; i++) {
            if (offset + i < k || midpoint(k) <= x) n += counts[i];
        }
        return n;
    }

    private static double midpoint(int key) {
        double low = Double.longBitsToDouble((long) key << SHIFT);
        double high = Double.longBitsToDouble((long) (key + 1) << SHIFT);
        return low + (high - low) / 2;
    }

    private void cover(int first, int last) {
        if (counts.length == 0) {
            int size = Math.max(1 << SUB_BITS, last - first + 1);
            counts = new int[size];
            offset = Math.max(0, first - size / 2);
            if (last - offset >= size) offset = first;
            return;
        }
        int lo = Math.min(first, offset), hi = Math.max(last, offset + counts.length - 1);
        if (lo == offset && hi == offset + counts.length - 1) return;
        int size = Math.max(hi - lo + 1, counts.length * 2);
        int newOffset = Math.max(0, lo == offset ? lo : hi - size + 1);
        int[] grown = new int[Math.max(size, hi - newOffset + 1)];
        System.arraycopy(counts, 0, grown, offset - newOffset, counts.length);
        counts = grown;
        offset = newOffset;
    }
}
