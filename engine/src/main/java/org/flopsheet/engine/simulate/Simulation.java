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
 * runs {@link Sheet#run}. Samples come in blocks, each from its own random stream; a block's
 * statistics go to a {@link PartialStatistics}, partials merge in any order, and {@link #result}
 * combines them in block order. So the figures are the same, bit for bit, on any number of threads,
 * and on any number of machines that each run some of the blocks ({@link #runBlocks}).
 */
public final class Simulation {
    private static final ExcelError[] ERRORS = ExcelError.values();

    /** Samples per block: each block draws from its own stream, seeded from (seed, block index). */
    public static final int BLOCK_SAMPLES = BlockStreams.BLOCK;

    final Sheet sheet;
    final SimulationOptions options;
    final int width;
    private final long blocks;
    final double[] start;
    /** Each quantity's value at the point estimate: sums are of value - shift, which keeps the variance accurate. */
    final double[] shift;
    final int[] thresholdSlots;
    final Threshold[] thresholds;
    private final Uncertainty uncertainty;

    private Simulation(Sheet sheet, SimulationOptions options) {
        this.sheet = sheet;
        this.options = options;
        this.width = sheet.quantities().size();
        this.blocks = BlockStreams.blocks(options.samples());
        Map<String, UncertainInput> given = new java.util.HashMap<>();
        options.distributions().forEach((name, d) -> given.put(name, new UncertainInput(name, sheet.inputSlot(name), d)));
        this.uncertainty = sheet.uncertainty().with(given);
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
    }

    /** A simulation ready to run; refused when the sheet has nothing uncertain to draw. */
    public static Simulation of(Sheet sheet, SimulationOptions options) {
        if (sheet.uncertainty().isEmpty() && options.distributions().isEmpty()) {
            throw new IllegalArgumentException("sheet '" + sheet.name() + "' has no uncertain inputs; write one as a distribution, e.g. input x = 1e25 to 1e27 FLOP");
        }
        return new Simulation(sheet, options);
    }

    public static SimulationResult run(Sheet sheet, SimulationOptions options) {
        return run(sheet, options, null);
    }

    /** Runs the simulation on {@code options.threads()} threads; {@code sink}, when given, receives every sample row in order. */
    public static SimulationResult run(Sheet sheet, SimulationOptions options, SampleSink sink) {
        Simulation s = of(sheet, options);
        PartialStatistics all = null;
        for (BlockRunner runner : s.execute(sink)) {
            if (all == null) all = runner.partial;
            else all.merge(runner.partial);
        }
        return s.result(all);
    }

    /** How many blocks of {@link #BLOCK_SAMPLES} samples (the last one may be shorter). */
    public long blocks() { return blocks; }

    /** Runs blocks {@code first} to {@code end - 1} on this thread: what one task of a distributed run does. */
    public PartialStatistics runBlocks(long first, long end) {
        if (first < 0 || end > blocks || first >= end) {
            throw new IllegalArgumentException("blocks " + first + " to " + end + " of " + blocks);
        }
        BlockRunner runner = new BlockRunner(this, false);
        for (long b = first; b < end; b++) runner.runBlock(b);
        return runner.partial;
    }

    Sampler sampler() { return new Sampler(uncertainty, options.overrides().keySet()); }

    private List<BlockRunner> execute(SampleSink sink) {
        int threads = (int) Math.min(options.threads(), blocks);
        List<BlockRunner> runners = new ArrayList<>();
        for (int t = 0; t < threads; t++) runners.add(new BlockRunner(this, sink != null));
        if (threads == 1 && sink == null) {
            for (long b = 0; b < blocks; b++) runners.get(0).runBlock(b);
            return runners;
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
                for (BlockRunner w : runners) done.add(pool.submit(() -> {
                    for (long b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) w.runBlock(b);
                }));
                for (Future<?> f : done) await(f);
            } else {
                for (long wave = 0; wave < blocks; wave += threads) {
                    List<Future<?>> done = new ArrayList<>();
                    for (int t = 0; t < threads && wave + t < blocks; t++) {
                        long b = wave + t;
                        BlockRunner w = runners.get(t);
                        done.add(pool.submit(() -> w.runBlock(b)));
                    }
                    for (int t = 0; t < done.size(); t++) {
                        await(done.get(t));
                        long first = (wave + t) * BlockStreams.BLOCK;
                        sink.accept(first, count(wave + t), runners.get(t).rows, width);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        return runners;
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

    int count(long block) {
        return (int) Math.min(BlockStreams.BLOCK, options.samples() - block * BlockStreams.BLOCK);
    }

    /**
     * The figures of the whole simulation from the merged partials of every block, each counted once
     * (anything else is refused). Consumes {@code all}: exact samples move into the sorted arrays.
     */
    public SimulationResult result(PartialStatistics all) {
        if (all.width != width || all.hits.length != thresholds.length || (all.blockSamples != null) != options.exact()) {
            throw new IllegalArgumentException("partial statistics of another simulation");
        }
        if (all.blockSums.size() != blocks || all.blockSums.firstKey() != 0 || all.blockSums.lastKey() != blocks - 1) {
            throw new IllegalStateException("the partial statistics hold " + all.blockSums.size() + " of the simulation's " + blocks + " blocks");
        }
        List<QuantityStatistics> out = new ArrayList<>();
        for (Quantity quantity : sheet.quantities()) {
            int q = quantity.index();
            double s1 = 0, s2 = 0;
            for (double[] sums : all.blockSums.values()) {
                s1 += sums[q];
                s2 += sums[width + q];
            }
            long n = all.valid[q];
            Map<ExcelError, Long> errorCounts = new EnumMap<>(ExcelError.class);
            for (ExcelError e : ERRORS) {
                long c = all.errors[q * ERRORS.length + e.ordinal()];
                if (c > 0) errorCounts.put(e, c);
            }
            double mean = n == 0 ? Double.NaN : shift[q] + s1 / n;
            double sd = n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (s2 - s1 * s1 / n) / (n - 1)));
            Ranked ranked;
            if (all.blockSamples != null) {
                double[] samples = new double[(int) options.samples()];
                for (Map.Entry<Long, double[][]> block : all.blockSamples.entrySet()) {
                    double[] values = block.getValue()[q];
                    System.arraycopy(values, 0, samples, (int) (block.getKey() * BlockStreams.BLOCK), values.length);
                    block.getValue()[q] = null;
                }
                ranked = Ranked.Exact.of(samples);
            } else {
                ranked = new Ranked.Sketched(all.negative[q], all.zeros[q], all.positive[q], all.min[q], all.max[q]);
            }
            out.add(new QuantityStatistics(quantity, n, Map.copyOf(errorCounts), mean, sd, all.min[q], all.max[q], ranked));
        }
        return new SimulationResult(sheet, options, List.copyOf(out), all.hits.clone());
    }
}
