package org.flopsheet.engine.simulate;

import java.util.List;
import org.flopsheet.engine.compile.Sheet;

/** Every quantity's statistics, in source order, and the count of samples where each threshold held. */
public record SimulationResult(Sheet sheet, SimulationOptions options, List<QuantityStatistics> quantities, long[] thresholdHits) {
    public QuantityStatistics of(String name) {
        for (QuantityStatistics q : quantities) if (q.quantity().name().equals(name)) return q;
        throw new IllegalArgumentException("no quantity '" + name + "'");
    }

    /** The share of all samples in which threshold {@code i} held (a sample that is an error does not). */
    public double probability(int i) { return (double) thresholdHits[i] / options.samples(); }
}
