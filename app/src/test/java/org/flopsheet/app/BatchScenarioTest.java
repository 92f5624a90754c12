package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flopsheet batch --scenario NAME`: what a row leaves empty comes from the scenario (a grid's included). */
class BatchScenarioTest {
    static final String DYNAMICS = "../workbooks/training-dynamics.flop";

    @Test
    void emptyCellsTakeTheGridScenariosValues(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "params\n124e6\n248e6\n");
        CliRun plain = CliRun.of("batch", DYNAMICS, "--in", in.toString(), "--outputs", "tokens_per_batch,omega");
        CliRun grid = CliRun.of("batch", DYNAMICS, "--in", in.toString(), "--outputs", "tokens_per_batch,omega",
                "--scenario", "efficiency=60 %, batch=1024");
        assertEquals(0, grid.exitCode(), grid.err());
        List<String> base = plain.out().lines().toList(), rows = grid.out().lines().toList();
        assertEquals("params,tokens_per_batch,omega,error", rows.get(0));
        // batch 1024 doubles the tokens per step of the default 512
        assertEquals(2 * Double.parseDouble(base.get(1).split(",")[1]), Double.parseDouble(rows.get(1).split(",")[1]));
        // omega = efficiency * peak / (6 * params * tokens): 60% instead of 40%, twice the tokens
        double ratio = Double.parseDouble(rows.get(2).split(",")[2]) / Double.parseDouble(base.get(2).split(",")[2]);
        assertEquals(0.6 / 0.4 / 2, ratio, 1e-12);
    }

    @Test
    void anUnknownScenarioIsRefusedWithTheNames(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "params\n1\n");
        CliRun run = CliRun.of("batch", DYNAMICS, "--in", in.toString(), "--scenario", "nope");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("efficiency=20 %, batch=256"), run.err());
    }
}
