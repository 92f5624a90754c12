package org.flopsheet.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flopsheet.app.simulate.SimulateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** flopsheet-spark simulate in local[2] against flopsheet simulate with the same seed: the same figures, byte for byte. */
class SparkSimulateTest {
    static final Path UNCERTAIN = Path.of("..", "workbooks", "finveden-uncertain.flop");

    @TempDir Path dir;

    @ParameterizedTest(name = "{0} samples, seed {1}")
    @CsvSource({
            "200000,  7",   // 4 blocks, the last one short: exact percentiles
            "1100000, 3",   // 17 blocks: above the exact limit, percentiles from sketches
    })
    void theJsonOfFlopsheetSimulateByteForByte(long samples, long seed) throws IOException {
        List<String> args = List.of(UNCERTAIN.toString(), "--samples", Long.toString(samples), "--seed", Long.toString(seed),
                "--set", "duration=3 month to 9 month", "--prob", "parallel_tasks>1e7", "--json");
        SparkCliRun local = SparkCliRun.of(new SimulateCommand(), args.toArray(String[]::new));
        assertEquals(0, local.exitCode(), local.err());

        Path out = dir.resolve("out");
        SparkCliRun run = SparkCliRun.spark(concat(List.of("simulate"), args, List.of("--out", out.toString(), "--master", "local[2]")));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(local.out(), run.out());
        assertEquals(local.out(), Files.readString(out.resolve("simulation.json")));
        assertTrue(run.out().contains("\"parallel_tasks>1e7\" : 0.0"), run.out());
    }

    @Test
    void theTableNamesWhereItRan() {
        SparkCliRun run = SparkCliRun.spark("simulate", UNCERTAIN.toString(), "--samples", "1000", "--histogram", "k",
                "--out", dir.resolve("out").toString(), "--master", "local[1]");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1,000 samples, seed 1 ("), run.out());
        assertTrue(run.out().contains(" s on local[1])"), run.out());
        assertTrue(run.out().contains("k (FLOP/(param*token)), between its 1st and 99th percentiles:"), run.out());
    }

    @Test
    void aModelThatDoesNotCompileIsRefusedBeforeAnyJob() throws IOException {
        Path model = dir.resolve("broken.flop");
        Files.writeString(model, "sheet broken\ninput a = 1 to 10 FLOP\nb = a + 1 s\n");
        SparkCliRun run = SparkCliRun.spark("simulate", model.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.flop:3:"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aSettingThatDoesNotReadIsRefusedBeforeAnyJob() {
        SparkCliRun run = SparkCliRun.spark("simulate", UNCERTAIN.toString(), "--set", "duratoin=4 month",
                "--out", dir.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("duratoin"), run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    private static String[] concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toArray(String[]::new);
    }
}
