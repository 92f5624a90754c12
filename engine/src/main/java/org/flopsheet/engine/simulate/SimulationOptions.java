package org.flopsheet.engine.simulate;

import java.util.List;
import java.util.Map;
import org.flopsheet.engine.dist.Distribution;

/**
 * @param samples    how many samples
 * @param seed       the seed; the same seed gives the same samples on any number of threads
 * @param threads    worker threads
 * @param overrides  inputs held at a value (in the input's unit), uncertain or not
 * @param thresholds questions whose probability to count
 * @param distributions inputs given another distribution than the sheet's (or one where the sheet has a value)
 */
public record SimulationOptions(long samples, long seed, int threads, Map<String, Double> overrides, List<Threshold> thresholds,
                                Map<String, Distribution> distributions) {
    public static final long DEFAULT_SEED = 1;
    /** Up to this many samples every percentile is exact; above it they come from sketches (0.05%). */
    public static final long EXACT_LIMIT = 1_000_000;

    public SimulationOptions {
        if (samples < 2) throw new IllegalArgumentException("--samples must be at least 2");
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1");
        if (samples > Integer.MAX_VALUE) throw new IllegalArgumentException("--samples must be at most " + Integer.MAX_VALUE);
        overrides = Map.copyOf(overrides);
        thresholds = List.copyOf(thresholds);
        distributions = Map.copyOf(distributions);
        for (String name : distributions.keySet()) {
            if (overrides.containsKey(name)) throw new IllegalArgumentException("'" + name + "' is given both a value and a distribution");
        }
    }

    public SimulationOptions(long samples, long seed, int threads, Map<String, Double> overrides, List<Threshold> thresholds) {
        this(samples, seed, threads, overrides, thresholds, Map.of());
    }

    public static SimulationOptions of(long samples, long seed) {
        return new SimulationOptions(samples, seed, Runtime.getRuntime().availableProcessors(), Map.of(), List.of());
    }

    public boolean exact() { return samples <= EXACT_LIMIT; }
}
