package org.flopsheet.engine.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.flopsheet.engine.eval.ExcelError;

/**
 * One thread's share of a simulation: runs whole blocks, each from its own random stream, and adds
 * each block's statistics to its own {@link PartialStatistics} without allocating per sample.
 */
final class BlockRunner {
    private final Simulation simulation;
    private final int width;
    private final double[] slots;
    private final Sampler sampler;
    private final int[] thresholdSlots;
    private final Threshold[] thresholds;
    private final double[] lo, hi;
    private final long[] err, hit;
    private final int[] errorsOf;
    /** The last block's rows (every slot of every sample), when a sink wants them. */
    final double[] rows;
    final PartialStatistics partial;

    BlockRunner(Simulation simulation, boolean keepRows) {
        this.simulation = simulation;
        this.width = simulation.width;
        this.slots = new double[width];
        this.sampler = simulation.sampler();
        this.thresholds = simulation.thresholds;
        this.thresholdSlots = simulation.thresholdSlots;
        this.rows = keepRows ? new double[BlockStreams.BLOCK * width] : null;
        this.partial = new PartialStatistics(width, thresholds.length, simulation.options.exact());
        lo = new double[width];
        hi = new double[width];
        err = new long[width * PartialStatistics.ERRORS];
        hit = new long[thresholds.length];
        errorsOf = new int[width];
    }

    void runBlock(long block) {
        SplittableRandom random = BlockStreams.forBlock(simulation.options.seed(), block);
        int count = simulation.count(block);
        double[] sums = new double[2 * width];
        Arrays.fill(err, 0);
        Arrays.fill(hit, 0);
        Arrays.fill(errorsOf, 0);
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        System.arraycopy(simulation.start, 0, slots, 0, width);
        final double[][] kept = partial.blockSamples != null ? new double[width][count] : null;
        final LogLinearSketch[] above = partial.positive, below = partial.negative;
        final long[] zeros = partial.zeros;
        final double[] shift = simulation.shift, least = lo, most = hi;
        final int errorKinds = PartialStatistics.ERRORS;
        for (int i = 0; i < count; i++) {
            sampler.draw(random, slots);
            simulation.sheet.run(slots);
            if (rows != null) System.arraycopy(slots, 0, rows, i * width, width);
            for (int t = 0; t < hit.length; t++) if (thresholds[t].holds(slots[thresholdSlots[t]])) hit[t]++;
            for (int q = 0; q < width; q++) {
                double v = slots[q];
                if (v - v != 0) {
                    err[q * errorKinds + (Double.isNaN(v) ? ExcelError.of(v) : ExcelError.NUM).ordinal()]++;
                    errorsOf[q]++;
                    if (kept != null) kept[q][i] = Double.NaN;
                    continue;
                }
                double d = v - shift[q];
                sums[q] += d;
                sums[width + q] += d * d;
                if (v < least[q]) least[q] = v;
                if (v > most[q]) most[q] = v;
                if (kept != null) kept[q][i] = v;
                else if (v > 0) above[q].add(v);
                else if (v < 0) below[q].add(-v);
                else zeros[q]++;
            }
        }
        partial.blockSums.put(block, sums);
        if (kept != null) partial.blockSamples.put(block, kept);
        for (int q = 0; q < width; q++) {
            partial.valid[q] += count - errorsOf[q];
            partial.min[q] = Math.min(partial.min[q], lo[q]);
            partial.max[q] = Math.max(partial.max[q], hi[q]);
        }
        for (int i = 0; i < err.length; i++) partial.errors[i] += err[i];
        for (int t = 0; t < hit.length; t++) partial.hits[t] += hit[t];
    }
}
