package org.flopsheet.app.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path stays linear in the size of the model: measured in one run on the same machine, ten times
 * the model costs at most {@value #MAX_GROWTH} times the CPU (linear is 10; a cost quadratic in the
 * model gives up to 100). CPU time of the process, best of two, so that other programs loading the
 * machine do not count; ratios within one run, never absolute times.
 */
class LinearGrowthTest {
    static final double MAX_GROWTH = 16;

    @ParameterizedTest(name = "{0} of a {1} with {3} scenarios: {2} -> 10x")
    @CsvSource({
        // path,  shape,          size, scenarios
        "EXPORT,  CHAIN,          1000, 2",
        "EXPORT,  SCENARIO_GRID,  50,   0",
        "IMPORT,  CHAIN,          1000, 2",
        "IMPORT,  SCENARIO_GRID,  50,   0",
        "ADDIN,   FAN_IN,         3000, 0",  // at 1,000 a warm run takes under 0.1 s: too little to time
        "ADOPT,   FAN_IN,         1000, 0",
    })
    void tenTimesTheModelCostsAboutTenTimesTheWork(ScalingPath path, GeneratedModel shape, int size, int scenarios) throws Exception {
        ScalingBench bench = new ScalingBench(2);
        bench.measure(new ScalingBench.Case(shape, size, scenarios), List.of(path)); // warm-up
        double small = bench.measure(new ScalingBench.Case(shape, size, scenarios), List.of(path)).get(0).seconds();
        double large = bench.measure(new ScalingBench.Case(shape, size * 10, scenarios), List.of(path)).get(0).seconds();
        double growth = large / small;
        System.out.printf("%s %s %d -> %d: %.3f s -> %.3f s, growth %.1f%n", path, shape, size, size * 10, small, large, growth);
        assertTrue(growth <= MAX_GROWTH, String.format("%s of a %s: %.3f s at %d, %.3f s at %d: %.1fx for 10x the model (at most %.0fx)",
                path, shape.label(), small, size, large, size * 10, growth, MAX_GROWTH));
    }
}
