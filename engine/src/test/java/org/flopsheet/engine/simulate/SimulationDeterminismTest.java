package org.flopsheet.engine.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.TestSheets;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.ExcelError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same seed gives the same samples and the same figures, bit for bit, on any number of threads. */
class SimulationDeterminismTest {
    private static final String MODEL = """
            input a = 1 to 100 GB
            input b = normal(3, 1)
            input w = triangular(0, 1, 5)
            input d = mixture(0.3, uniform(0, 1), 0.7, pert(2, 3, 9))
            correlate a, w = 0.5
            y = a * b / w GB
            z = sqrt(b - 3)
            """;

    /** Every figure of a result and every sample, as bytes. */
    private static byte[] fingerprint(Sheet sheet, long samples, long seed, int threads) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        SimulationResult r = Simulation.run(sheet, new SimulationOptions(samples, seed, threads, Map.of(),
                List.of(Threshold.parse(sheet, "y>10"))), (first, count, rows, width) -> {
            out.writeLong(first);
            for (int i = 0; i < count * width; i++) out.writeLong(Double.doubleToRawLongBits(rows[i]));
        });
        for (QuantityStatistics s : r.quantities()) {
            for (double v : new double[] {s.mean(), s.sd(), s.min(), s.max(), s.percentile(0.05), s.percentile(0.5), s.percentile(0.95)}) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
            out.writeLong(s.valid());
            out.writeLong(s.errorCount());
        }
        out.writeLong(r.thresholdHits()[0]);
        return bytes.toByteArray();
    }

    @ParameterizedTest(name = "{0} samples")
    @CsvSource({"1000", "200000", "1100000"})
    void threadsDoNotChangeAnything(long samples) throws IOException {
        Sheet sheet = TestSheets.compile(MODEL);
        byte[] one = fingerprint(sheet, samples, 42, 1);
        assertArrayEquals(one, fingerprint(sheet, samples, 42, 2));
        assertArrayEquals(one, fingerprint(sheet, samples, 42, 3));
        assertNotEquals(Arrays.hashCode(one), Arrays.hashCode(fingerprint(sheet, samples, 43, 2)), "another seed, other samples");
    }

    @Test
    void errorsAreCountedNotDropped() {
        Sheet sheet = TestSheets.compile(MODEL);
        SimulationResult r = Simulation.run(sheet, new SimulationOptions(100_000, 5, 2, Map.of(), List.of()));
        QuantityStatistics z = r.of("z");
        assertEquals(100_000, z.valid() + z.errorCount());
        assertEquals(50_000, z.errors().get(ExcelError.NUM), 1_000, "sqrt of a normal around 3 minus 3 fails half the time");
        assertTrue(z.percentile(0.05) >= 0);
    }

    @Test
    void heldInputsStayPut() {
        Sheet sheet = TestSheets.compile(MODEL);
        SimulationResult r = Simulation.run(sheet, new SimulationOptions(10_000, 5, 2, Map.of("b", 2.0), List.of()));
        assertEquals(2.0, r.of("b").min());
        assertEquals(2.0, r.of("b").max());
    }

    /** Above the exact limit, percentiles come from sketches: within 0.05% of the exact ones. */
    @Test
    void sketchedPercentilesAreWithinTheirStatedAccuracy() {
        Sheet sheet = TestSheets.compile(MODEL);
        long samples = SimulationOptions.EXACT_LIMIT + 300_000;
        int y = sheet.quantity("y").index();
        double[] all = new double[(int) samples];
        SimulationResult r = Simulation.run(sheet, new SimulationOptions(samples, 9, 2, Map.of(), List.of()),
                (first, count, rows, width) -> { for (int i = 0; i < count; i++) all[(int) first + i] = rows[i * width + y]; });
        Ranked exact = Ranked.Exact.of(all);
        QuantityStatistics sketched = r.of("y");
        assertTrue(!sketched.exact());
        for (double p : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
            double want = exact.percentile(p);
            assertEquals(want, sketched.percentile(p), Math.abs(want) * 5e-4, "p" + p);
        }
    }

    /** The Gaussian copula gives the rank correlation written. */
    @Test
    void rankCorrelationIsTheOneWritten() {
        Sheet sheet = TestSheets.compile(MODEL);
        int n = 200_000, a = sheet.quantity("a").index(), c = sheet.quantity("w").index();
        double[] xs = new double[n], ys = new double[n];
        Simulation.run(sheet, new SimulationOptions(n, 1, 2, Map.of(), List.of()), (first, count, rows, width) -> {
            for (int i = 0; i < count; i++) {
                xs[(int) first + i] = rows[i * width + a];
                ys[(int) first + i] = rows[i * width + c];
            }
        });
        assertEquals(0.5, pearson(ranks(xs), ranks(ys)), 0.01);
    }

    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) order[i] = i;
        Arrays.sort(order, (i, j) -> Double.compare(v[i], v[j]));
        double[] rank = new double[v.length];
        for (int r = 0; r < v.length; r++) rank[order[r]] = r;
        return rank;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow(), my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
