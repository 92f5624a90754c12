package org.flopsheet.engine.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flopsheet.engine.TestSheets;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A simulation cut into ranges of blocks, run apart, sent through Java serialization (as Spark sends a
 * task's result) and merged in a shuffled order gives the figures of the one-machine run, bit for bit.
 */
class PartialStatisticsTest {
    private static final String MODEL = """
            input a = 1 to 100 GB
            input b = normal(3, 1)
            input w = triangular(0, 1, 5)
            correlate a, w = 0.5
            y = a * b / w GB
            z = sqrt(b - 3)
            """;

    @ParameterizedTest(name = "{0} samples in ranges of {1} blocks")
    @CsvSource({
            "1000,    1",      // one short block
            "300000,  1",      // five blocks, the last one short
            "300000,  2",
            "1100000, 3",      // above the exact limit: sketches
    })
    void rangesOfBlocksMergedInAnyOrderGiveTheLocalFigures(long samples, int blocksPerRange) throws Exception {
        Sheet sheet = TestSheets.compile(MODEL);
        SimulationOptions options = new SimulationOptions(samples, 17, 2, Map.of(), List.of(Threshold.parse(sheet, "y>10")));
        SimulationResult local = Simulation.run(sheet, options);

        Simulation simulation = Simulation.of(sheet, options);
        List<PartialStatistics> parts = new ArrayList<>();
        for (long b = 0; b < simulation.blocks(); b += blocksPerRange) {
            parts.add(roundTrip(simulation.runBlocks(b, Math.min(b + blocksPerRange, simulation.blocks()))));
        }
        Collections.shuffle(parts, new Random(samples));
        PartialStatistics all = parts.get(0);
        for (PartialStatistics p : parts.subList(1, parts.size())) all.merge(p);
        SimulationResult distributed = simulation.result(all);

        assertEquals(figures(local), figures(distributed));
        assertEquals(local.thresholdHits()[0], distributed.thresholdHits()[0]);
    }

    @Test
    void aBlockCountedTwiceOrMissingIsRefused() {
        Sheet sheet = TestSheets.compile(MODEL);
        Simulation simulation = Simulation.of(sheet, new SimulationOptions(200_000, 3, 1, Map.of(), List.of()));
        PartialStatistics first = simulation.runBlocks(0, 2);
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> first.merge(simulation.runBlocks(1, 3)));
        assertTrue(twice.getMessage().contains("block 1"), twice.getMessage());

        PartialStatistics some = simulation.runBlocks(0, 3);
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> simulation.result(some));
        assertTrue(missing.getMessage().contains("3 of the simulation's 4 blocks"), missing.getMessage());
    }

    /** Every figure of every quantity, as exact text of the doubles. */
    private static List<String> figures(SimulationResult r) {
        List<String> out = new ArrayList<>();
        for (QuantityStatistics s : r.quantities()) {
            StringBuilder line = new StringBuilder(s.quantity().name()).append(' ').append(s.valid()).append(' ').append(s.errors());
            for (double v : new double[] {s.mean(), s.sd(), s.min(), s.max(), s.percentile(0.05), s.percentile(0.25),
                    s.percentile(0.5), s.percentile(0.75), s.percentile(0.95), s.countAtMost(10)}) {
                line.append(' ').append(Double.toHexString(v));
            }
            out.add(line.toString());
        }
        return out;
    }

    private static PartialStatistics roundTrip(PartialStatistics p) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PartialStatistics) in.readObject();
        }
    }
}
