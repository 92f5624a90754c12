package org.flopsheet.engine.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Finveden chain with lognormal inputs: parallel_tasks = sqrt(3 F h m / k) / (D r) is lognormal,
 * with ln-mean and ln-variance that follow from the ranges written in workbooks/finveden-uncertain.flop.
 * The simulation must hit its exact percentiles within sampling error.
 */
class FinvedenClosedFormTest {
    private static final double Z95 = 1.6448536269514722;
    private static final double MONTH = 2629800;
    private static final int SAMPLES = 1_000_000;

    /** ln-mean and ln-sd of a range "low to high" (5th and 95th percentiles). */
    private static double mu(double low, double high) { return (Math.log(low) + Math.log(high)) / 2; }
    private static double sigma(double low, double high) { return (Math.log(high) - Math.log(low)) / (2 * Z95); }

    // the ranges as workbooks/finveden-uncertain.flop writes them (duration in months, the formula works in seconds)
    private static final double MU = 0.5 * (Math.log(3) + mu(1e25, 1e27) + mu(1, 10) + mu(10, 40) - mu(1, 2))
            - (mu(2, 8) + Math.log(MONTH)) - mu(3, 30);
    private static final double SIGMA = Math.sqrt(0.25 * (sq(sigma(1e25, 1e27)) + sq(sigma(1, 10)) + sq(sigma(10, 40)) + sq(sigma(1, 2)))
            + sq(sigma(2, 8)) + sq(sigma(3, 30)));

    private static double sq(double x) { return x * x; }

    static Sheet sheet() throws Exception {
        return Compiler.compile(Path.of("..", "workbooks", "finveden-uncertain.flop"));
    }

    @ParameterizedTest(name = "p{0}")
    @CsvSource({"0.05, -1.6448536269514722", "0.25, -0.6744897501960817", "0.5, 0", "0.75, 0.6744897501960817", "0.95, 1.6448536269514722"})
    void percentilesOfParallelTasksAreTheLognormalOnes(double p, double z) throws Exception {
        SimulationResult r = Simulation.run(sheet(), new SimulationOptions(SAMPLES, 7, 2, java.util.Map.of(), java.util.List.of()));
        QuantityStatistics tasks = r.of("parallel_tasks");
        double exact = Math.exp(MU + SIGMA * z);
        // standard error of a sample quantile of ln x: sqrt(p(1-p)/n) / phi(z) * sigma; allow five of them
        double phi = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double tolerance = 5 * Math.sqrt(p * (1 - p) / SAMPLES) / phi * SIGMA;
        assertEquals(Math.log(exact), Math.log(tasks.percentile(p)), tolerance,
                "p" + p + ": exact " + exact + ", simulated " + tasks.percentile(p));
        assertEquals(SAMPLES, tasks.valid());
    }

    @Test
    void meanIsTheLognormalMean() throws Exception {
        SimulationResult r = Simulation.run(sheet(), SimulationOptions.of(SAMPLES, 11));
        QuantityStatistics tasks = r.of("parallel_tasks");
        double mean = Math.exp(MU + SIGMA * SIGMA / 2);
        double sd = mean * Math.sqrt(Math.exp(SIGMA * SIGMA) - 1);
        assertEquals(mean, tasks.mean(), 5 * sd / Math.sqrt(SAMPLES));
        assertEquals(sd, tasks.sd(), sd * 0.05);
    }

    @Test
    void thresholdProbabilityIsTheLognormalTail() throws Exception {
        Sheet sheet = sheet();
        Threshold above = Threshold.parse(sheet, "parallel_tasks>1e7");
        SimulationResult r = Simulation.run(sheet, new SimulationOptions(SAMPLES, 3, 2, java.util.Map.of(), java.util.List.of(above)));
        double exact = 1 - org.flopsheet.engine.dist.StandardNormal.cdf((Math.log(1e7) - MU) / SIGMA);
        assertEquals(exact, r.probability(0), 5 * Math.sqrt(exact * (1 - exact) / SAMPLES));
    }
}
