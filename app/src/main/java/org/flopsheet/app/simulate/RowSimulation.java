package org.flopsheet.app.simulate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.dist.UncertainInput;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;

/**
 * The spread of one row of inputs, where a value may be a distribution ({@code "1e25 to 1e27"} in a
 * batch cell or a JSON request): the row is simulated with its own samples and seed, on one thread,
 * so that a row gives the same percentiles wherever it is computed and whatever else is in the file.
 *
 * @param held inputs every row holds at a value unless the row says otherwise (a batch --scenario's)
 */
public record RowSimulation(long samples, long seed, Map<String, Double> held) {
    /** The percentiles a row reports and their names (column suffixes in batch, JSON keys in the API). */
    public static final double[] PERCENTILES = {0.05, 0.5, 0.95};
    public static final String[] KEYS = {"p5", "p50", "p95"};

    public RowSimulation {
        if (samples < 2) throw new IllegalArgumentException("--samples must be at least 2");
        held = Map.copyOf(held);
    }

    public RowSimulation(long samples, long seed) { this(samples, seed, Map.of()); }

    /**
     * Simulates {@code sheet} with {@code values} held (numbers in each input's unit) and
     * {@code drawn} drawn; null when nothing is left uncertain, as when the row gives every uncertain
     * input a value: then each percentile is the row's value.
     */
    public SimulationResult run(Sheet sheet, Map<String, Double> values, Map<String, Distribution> drawn) {
        Map<String, Double> fixed = new LinkedHashMap<>(held);
        fixed.putAll(values);
        drawn.keySet().forEach(fixed::remove);
        boolean uncertain = !drawn.isEmpty();
        for (UncertainInput in : sheet.uncertainty().inputs()) uncertain |= !fixed.containsKey(in.name());
        if (!uncertain) return null;
        return Simulation.run(sheet, new SimulationOptions(samples, seed, 1, fixed, List.of(), drawn));
    }
}
