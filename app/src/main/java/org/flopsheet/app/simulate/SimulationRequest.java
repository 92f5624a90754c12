package org.flopsheet.app.simulate;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.Threshold;

/**
 * A simulation as the command line asks for it, in text: small and serializable, so a Spark job ships
 * it to the executors and each one reads it against its own compiled sheet, as the driver did.
 *
 * @param settings input name → a value ({@code 4month}) or a distribution ({@code 1e26 to 1e28})
 * @param probes   thresholds such as {@code parallel_tasks>1e7}
 */
public record SimulationRequest(long samples, long seed, Map<String, String> settings, List<String> probes)
        implements Serializable {

    public SimulationRequest {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings)); // in the order given, unlike Map.copyOf
        probes = List.copyOf(probes);
    }

    /** The engine's options; an unknown name or a value that does not read is refused here. */
    public SimulationOptions options(Sheet sheet, int threads) {
        Map<String, Double> overrides = new LinkedHashMap<>();
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        settings.forEach((name, text) -> {
            Distribution d = InputValues.distribution(sheet, name, text);
            if (d != null) distributions.put(name, d);
            else overrides.put(name, InputValues.parse(sheet, name, text));
        });
        List<Threshold> thresholds = probes.stream().map(p -> Threshold.parse(sheet, p)).toList();
        return new SimulationOptions(samples, seed, threads, overrides, thresholds, distributions);
    }
}
