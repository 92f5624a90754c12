package org.flopsheet.engine.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.UncertainInput;
import org.flopsheet.engine.dist.Uncertainty;
import org.flopsheet.engine.eval.ExcelError;

/**
 * Monte Carlo over a compiled sheet: each sample draws the uncertain inputs into the slot array and
 * runs {@link Sheet#run}; statistics accumulate per block without allocating. Blocks run on every
 * thread in any order; their sums are combined in block order and their counts are integers, so the
 * result is the same, bit for bit, for any number of threads.
 */
public final class Simulation {
    private static final ExcelError[] ERRORS = ExcelError.values();

    private final Sheet sheet;
    private final SimulationOptions options;
    private final int width;
    private final long blocks;
    private final double[] start;
    private final double[] shift;
    private final int[] thresholdSlots;
    private final Threshold[] thresholds;
    // per block and quantity, combined in block order at the end
    private final double[] sum, sumSquares, min, max;
    private final long[] valid, errors, hits;
    private final double[][] exact;
    private final Uncertainty uncertainty;

    private Simulation(Sheet sheet, SimulationOptions options) {
        this.sheet = sheet;
        this.options = options;
        this.width = sheet.quantities().size();
        this.blocks = BlockStreams.blocks(options.samples());
        Map<String, UncertainInput> given = new java.util.HashMap<>();
        options.distributions().forEach((name, d) -> given.put(name, new UncertainInput(name, sheet.inputSlot(name), d)));
        this.uncertainty = sheet.uncertainty().with(given);
        if (blocks * width > Integer.MAX_VALUE / ERRORS.length) throw new IllegalArgumentException("too many samples for this sheet");
        this.start = sheet.defaults();
        options.overrides().forEach((name, v) -> start[sheet.inputSlot(name)] = v);
        double[] point = start.clone();
        sheet.run(point);
        this.shift = new double[width];
        for (int q = 0; q < width; q++) shift[q] = Double.isFinite(point[q]) ? point[q] : 0;
        for (UncertainInput in : uncertainty.inputs()) shift[in.slot()] = in.distribution().median();
        this.thresholds = options.thresholds().toArray(new Threshold[0]);
        this.thresholdSlots = new int[thresholds.length];
        for (int t = 0; t < thresholds.length; t++) thresholdSlots[t] = thresholds[t].quantity().index();
        int cells = (int) blocks * width;
        sum = new double[cells];
        sumSquares = new double[cells];
        min = new double[cells];
        max = new double[cells];
        valid = new long[cells];
        errors = new long[cells * ERRORS.length];
        hits = new long[(int) blocks * thresholds.length];
        exact = options.exact() ? new double[width][(int) options.samples()] : null;
    }

    public static SimulationResult run(Sheet sheet, SimulationOptions options) {
        return run(sheet, options, null);
    }

    /** Runs the simulation; {@code sink}, when given, receives every sample row in order. */
    public static SimulationResult run(Sheet sheet, SimulationOptions options, SampleSink sink) {
        if (sheet.uncertainty().isEmpty() && options.distributions().isEmpty()) {
            throw new IllegalArgumentException("sheet '" + sheet.name() + "' has no uncertain inputs; write one as a distribution, e.g. input x = 1e25 to 1e27 FLOP");
        }
        Simulation s = new Simulation(sheet, options);
        List<Worker> workers = s.execute(sink);
        return s.result(workers);
    }

    private List<Worker> execute(SampleSink sink) {
        int threads = (int) Math.min(options.threads(), blocks);
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) workers.add(new Worker(sink != null));
        if (threads == 1 && sink == null) {
            for (long b = 0; b < blocks; b++) workers.get(0).runBlock(b);
            return workers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "simulate");
            th.setDaemon(true);
            return th;
        });
        try {
            if (sink == null) {
                AtomicLong next = new AtomicLong();
                List<Future<?>> done = new ArrayList<>();
                for (Worker w : workers) done.add(pool.submit(() -> {
                    for (long b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) w.runBlock(b);
                }));
                for (Future<?> f : done) await(f);
            } else {
                for (long wave = 0; wave < blocks; wave += threads) {
                    List<Future<?>> done = new ArrayList<>();
                    for (int t = 0; t < threads && wave + t < blocks; t++) {
                        long b = wave + t;
                        Worker w = workers.get(t);
                        done.add(pool.submit(() -> w.runBlock(b)));
                    }
                    for (int t = 0; t < done.size(); t++) {
                        await(done.get(t));
                        Worker w = workers.get(t);
                        long first = (wave + t) * BlockStreams.BLOCK;
                        sink.accept(first, count(wave + t), w.rows, width);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        return workers;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private int count(long block) {
        return (int) Math.min(BlockStreams.BLOCK, options.samples() - block * BlockStreams.BLOCK);
    }

    /** Samples drawn and run before their statistics are taken, quantity by quantity (a column stays in cache). */
    private static final int CHUNK = 256;

    /**
     * One thread's state: its slots, sampler, scratch sums and (above the exact limit) sketches.
     * Samples are drawn and run {@link #CHUNK} at a time into a column per quantity; then each
     * quantity's column is added to its sums and sketch in sample order, so every sum is the same as
     * adding sample after sample, bit for bit, while one quantity's sketch and sums stay hot.
     */
    private final class Worker {
        final double[] slots = new double[width];
        final Sampler sampler = new Sampler(uncertainty, options.overrides().keySet());
        final double[] rows;
        final double[] columns = new double[width * CHUNK];
        final LogLinearSketch[] negative = new LogLinearSketch[width], positive = new LogLinearSketch[width];
        final long[] zeros = new long[width];
        final double[] s1 = new double[width], s2 = new double[width], lo = new double[width], hi = new double[width];
        final long[] n = new long[width], err = new long[width * ERRORS.length], hit = new long[thresholds.length];

        Worker(boolean keepRows) {
            rows = keepRows ? new double[BlockStreams.BLOCK * width] : null;
            for (int q = 0; q < width; q++) {
                negative[q] = new LogLinearSketch();
                positive[q] = new LogLinearSketch();
            }
        }

        void runBlock(long block) {
            java.util.SplittableRandom random = BlockStreams.forBlock(options.seed(), block);
            long first = block * BlockStreams.BLOCK;
            int count = count(block);
            java.util.Arrays.fill(s1, 0);
            java.util.Arrays.fill(s2, 0);
            java.util.Arrays.fill(n, 0);
            java.util.Arrays.fill(err, 0);
            java.util.Arrays.fill(hit, 0);
            java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            System.arraycopy(start, 0, slots, 0, width);
            for (int done = 0; done < count; done += CHUNK) {
                int size = Math.min(CHUNK, count - done);
                for (int i = 0; i < size; i++) {
                    sampler.draw(random, slots);
                    sheet.run(slots);
                    if (rows != null) System.arraycopy(slots, 0, rows, (done + i) * width, width);
                    for (int t = 0; t < hit.length; t++) if (thresholds[t].holds(slots[thresholdSlots[t]])) hit[t]++;
                    for (int q = 0; q < width; q++) columns[q * CHUNK + i] = slots[q];
                }
                for (int q = 0; q < width; q++) addColumn(q, q * CHUNK, size, first + done);
            }
            for (int q = 0; q < width; q++) n[q] = count - n[q]; // n counted the errors: the rest are valid
            int base = (int) block * width;
            System.arraycopy(s1, 0, sum, base, width);
            System.arraycopy(s2, 0, sumSquares, base, width);
            System.arraycopy(lo, 0, min, base, width);
            System.arraycopy(hi, 0, max, base, width);
            System.arraycopy(n, 0, valid, base, width);
            System.arraycopy(err, 0, errors, base * ERRORS.length, err.length);
            System.arraycopy(hit, 0, hits, (int) block * hit.length, hit.length);
        }

        /** Adds {@code size} samples of quantity {@code q} (from {@code columns[from]}, the first being sample {@code sample}) in order. */
        private void addColumn(int q, int from, int size, long sample) {
            double sum = s1[q], squares = s2[q], least = lo[q], most = hi[q], centre = shift[q];
            long errorCount = 0;
            double[] kept = exact != null ? exact[q] : null;
            LogLinearSketch above = positive[q], below = negative[q];
            for (int i = 0; i < size; i++) {
                double v = columns[from + i];
                if (v - v != 0) {
                    err[q * ERRORS.length + (Double.isNaN(v) ? ExcelError.of(v) : ExcelError.NUM).ordinal()]++;
                    errorCount++;
                    if (kept != null) kept[(int) sample + i] = Double.NaN;
                    continue;
                }
                double d = v - centre;
                sum += d;
                squares += d * d;
                if (v < least) least = v;
                if (v > most) most = v;
                if (kept != null) kept[(int) sample + i] = v;
                else if (v > 0) above.add(v);
                else if (v < 0) below.add(-v);
                else zeros[q]++;
            }
            s1[q] = sum;
            s2[q] = squares;
            lo[q] = least;
            hi[q] = most;
            n[q] += errorCount;
        }
    }

    private SimulationResult result(List<Worker> workers) {
        List<QuantityStatistics> out = new ArrayList<>();
        for (Quantity quantity : sheet.quantities()) {
            int q = quantity.index();
            double s1 = 0, s2 = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            long n = 0;
            Map<ExcelError, Long> errorCounts = new EnumMap<>(ExcelError.class);
            for (long b = 0; b < blocks; b++) {
                int cell = (int) b * width + q;
                s1 += sum[cell];
                s2 += sumSquares[cell];
                n += valid[cell];
                lo = Math.min(lo, min[cell]);
                hi = Math.max(hi, max[cell]);
                for (ExcelError e : ERRORS) {
                    long c = errors[cell * ERRORS.length + e.ordinal()];
                    if (c > 0) errorCounts.merge(e, c, Long::sum);
                }
            }
            double mean = n == 0 ? Double.NaN : shift[q] + s1 / n;
            double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (s2 - s1 * s1 / n) / (n - 1)));
            Ranked ranked;
            if (exact != null) {
                ranked = Ranked.Exact.of(exact[q]);
            } else {
                LogLinearSketch neg = new LogLinearSketch(), pos = new LogLinearSketch();
                long zeros = 0;
                for (Worker w : workers) {
                    neg.merge(w.negative[q]);
                    pos.merge(w.positive[q]);
                    zeros += w.zeros[q];
                }
                ranked = new Ranked.Sketched(neg, zeros, pos, lo, hi);
            }
            out.add(new QuantityStatistics(quantity, n, Map.copyOf(errorCounts), mean, sd, lo, hi, ranked));
        }
        long[] totals = new long[thresholds.length];
        for (long b = 0; b < blocks; b++) for (int t = 0; t < thresholds.length; t++) totals[t] += hits[(int) b * thresholds.length + t];
        return new SimulationResult(sheet, options, List.copyOf(out), totals);
    }
}
