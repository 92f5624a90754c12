package org.flopsheet.engine.simulate;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.flopsheet.engine.eval.ExcelError;

/**
 * The statistics of some blocks of one simulation, what a thread (or a Spark task) hands back: merge
 * the partials of disjoint blocks in any order and {@link Simulation#result} gives the same figures,
 * bit for bit. Floating-point sums are kept per block, because their addition is not associative and
 * the result adds them in block order; everything else is a count, a minimum or a maximum, which merge
 * in any order. Percentiles keep each block's samples up to the exact limit, else integer-count sketches.
 */
public final class PartialStatistics implements Serializable {
    private static final long serialVersionUID = 1;
    static final int ERRORS = ExcelError.values().length;

    final int width;
    /** Block → the block's sums of (value - shift) for every quantity, then of their squares. */
    final TreeMap<Long, double[]> blockSums = new TreeMap<>();
    final double[] min, max;
    final long[] valid, errors, hits;
    /** Exact mode: block → every quantity's values in sample order (NaN where the sample was an error). */
    final TreeMap<Long, double[][]> blockSamples;
    /** Sketch mode: per quantity, the magnitudes of its negative values, its zeros, its positive values. */
    final LogLinearSketch[] negative, positive;
    final long[] zeros;

    PartialStatistics(int width, int thresholds, boolean exact) {
        this.width = width;
        min = new double[width];
        max = new double[width];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        valid = new long[width];
        errors = new long[width * ERRORS];
        hits = new long[thresholds];
        blockSamples = exact ? new TreeMap<>() : null;
        negative = exact ? null : new LogLinearSketch[width];
        positive = exact ? null : new LogLinearSketch[width];
        zeros = exact ? null : new long[width];
        if (!exact) {
            for (int q = 0; q < width; q++) {
                negative[q] = new LogLinearSketch();
                positive[q] = new LogLinearSketch();
            }
        }
    }

    /** Adds the statistics of other blocks; a block already counted here is refused, never counted twice. */
    public void merge(PartialStatistics other) {
        if (other.width != width || other.hits.length != hits.length || (other.blockSamples == null) != (blockSamples == null)) {
            throw new IllegalArgumentException("partial statistics of another simulation");
        }
        for (Map.Entry<Long, double[]> block : other.blockSums.entrySet()) {
            if (blockSums.putIfAbsent(block.getKey(), block.getValue()) != null) {
                throw new IllegalStateException("block " + block.getKey() + " of the simulation was counted twice");
            }
        }
        for (int q = 0; q < width; q++) {
            min[q] = Math.min(min[q], other.min[q]);
            max[q] = Math.max(max[q], other.max[q]);
            valid[q] += other.valid[q];
        }
        for (int i = 0; i < errors.length; i++) errors[i] += other.errors[i];
        for (int t = 0; t < hits.length; t++) hits[t] += other.hits[t];
        if (blockSamples != null) {
            blockSamples.putAll(other.blockSamples);
        } else {
            for (int q = 0; q < width; q++) {
                negative[q].merge(other.negative[q]);
                positive[q].merge(other.positive[q]);
                zeros[q] += other.zeros[q];
            }
        }
    }
}
