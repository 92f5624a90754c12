package org.flopsheet.engine.simulate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.flopsheet.engine.eval.ExcelError;

/**
 * One thread's share of a simulation: runs whole blocks, each from its own random stream, and adds
 * each block's statistics to its own {@link PartialStatistics} without allocating per sample.
 * Samples are drawn and run {@link #CHUNK} at a time into a column per quantity; then each column
 * is added to its quantity's sums and sketch in sample order, so every sum is the one adding sample
 * after sample gives, bit for bit, while one quantity's sums and sketch stay in cache.
 */
final class BlockRunner {
    private static final int CHUNK = 256;

    private final Simulation simulation;
    private final int width;
    private final double[] slots;
    private final Sampler sampler;
    private final int[] thresholdSlots;
    private final Threshold[] thresholds;
    private final double[] lo, hi;
    private final long[] err, hit;
    private final int[] errorsOf;
    private final double[] columns;
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
        columns = new double[width * CHUNK];
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
        for (int done = 0; done < count; done += CHUNK) {
            int size = Math.min(CHUNK, count - done);
            for (int i = 0; i < size; i++) {
                sampler.draw(random, slots);
                simulation.sheet.run(slots);
                if (rows != null) System.arraycopy(slots, 0, rows, (done + i) * width, width);
                for (int t = 0; t < hit.length; t++) if (thresholds[t].holds(slots[thresholdSlots[t]])) hit[t]++;
                for (int q = 0; q < width; q++) columns[q * CHUNK + i] = slots[q];
            }
            for (int q = 0; q < width; q++) addColumn(q, size, done, sums, kept == null ? null : kept[q]);
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

    /** Adds the {@code size} samples of quantity {@code q} in its column, the first being sample {@code done} of the block, in order. */
    private void addColumn(int q, int size, int done, double[] sums, double[] kept) {
        double sum = sums[q], squares = sums[width + q], least = lo[q], most = hi[q], centre = simulation.shift[q];
        // with every sample kept (up to the exact limit) there are no sketches
        LogLinearSketch above = kept == null ? partial.positive[q] : null, below = kept == null ? partial.negative[q] : null;
        int from = q * CHUNK, errorKinds = PartialStatistics.ERRORS;
        for (int i = 0; i < size; i++) {
            double v = columns[from + i];
            if (v - v != 0) {
                err[q * errorKinds + (Double.isNaN(v) ? ExcelError.of(v) : ExcelError.NUM).ordinal()]++;
                errorsOf[q]++;
                if (kept != null) kept[done + i] = Double.NaN;
                continue;
            }
            double d = v - centre;
            sum += d;
            squares += d * d;
            if (v < least) least = v;
            if (v > most) most = v;
            if (kept != null) kept[done + i] = v;
            else if (v > 0) above.add(v);
            else if (v < 0) below.add(-v);
            else partial.zeros[q]++;
        }
        sums[q] = sum;
        sums[width + q] = squares;
        lo[q] = least;
        hi[q] = most;
    }
}
