package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays flat however long the input: 1.5 million rows (about 200 MB once parsed into strings,
 * and as much again of results) go through a JVM limited to a 32 MB heap. What is in flight grows with
 * the number of threads, not of rows, so the thread count is fixed to keep the test the same on any machine.
 */
class BatchMemoryTest {
    static final int ROWS = 1_500_000;

    @TempDir
    Path dir;

    @Test
    void aLongInputRunsInASmallHeap() throws Exception {
        Path in = dir.resolve("long.csv"), out = dir.resolve("results.csv");
        try (BufferedWriter w = Files.newBufferedWriter(in)) {
            w.write("id,training_flop,duration\n");
            for (int i = 1; i <= ROWS; i++) w.write(i + "," + (i % 97 + 1) + "e25,1e7\n");
        }
        CliProcess batch = CliProcess.start(dir.resolve("log.txt"), null, List.of("-Xmx32m"),
                "batch", "../workbooks/finveden.flop", "--in", in.toString(), "--out", out.toString(), "--threads", "2");
        int status = batch.exitCode(5);
        assertEquals(0, status, batch.output());
        assertEquals(ROWS + 1, lines(out));
        assertEquals(List.of(Integer.toString(ROWS), (ROWS % 97 + 1) + "e25", "1e7"), List.of(lastLine(out).split(",")).subList(0, 3));
    }

    private static long lines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        }
    }

    private static String lastLine(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.reduce((a, b) -> b).orElseThrow();
        }
    }
}
