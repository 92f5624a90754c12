package org.flopsheet.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Chunks finish in any order on the pool but reach the writer in input order, with a bounded number in flight. */
class OrderedPipelineTest {

    private static Chunk chunk(long n) {
        return new Chunk(List.of(new CsvRecord(n, n, new String[] {Long.toString(n)})));
    }

    /** Evaluates a chunk after a random pause, so that later chunks often finish first. */
    private static ChunkEvaluator slowAtRandom() {
        return c -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ChunkResult(c.records().getFirst().fields()[0].getBytes(StandardCharsets.UTF_8), 1, List.of());
        };
    }

    @Test
    void resultsArriveInInputOrderWithAtMostInFlightChunksAhead() throws Exception {
        int chunks = 400, inFlight = 5;
        AtomicInteger read = new AtomicInteger();
        List<String> written = new ArrayList<>();
        int[] mostAhead = {0};
        OrderedPipeline.run(() -> read.get() < chunks ? chunk(read.incrementAndGet()) : null, OrderedPipelineTest::slowAtRandom, 4, inFlight,
                r -> {
                    written.add(new String(r.text(), StandardCharsets.UTF_8));
                    mostAhead[0] = Math.max(mostAhead[0], read.get() - written.size());
                });
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= chunks; i++) expected.add(Integer.toString(i));
        assertEquals(expected, written);
        // in the queue, one being cut by the reader, one taken by the writer
        assertTrue(mostAhead[0] <= inFlight + 2, "chunks read ahead of the writer: " + mostAhead[0]);
    }

    @Test
    void aReadErrorReachesTheWriterAfterEveryChunkBeforeIt() {
        AtomicInteger read = new AtomicInteger();
        List<ChunkResult> written = new ArrayList<>();
        IOException broken = new IOException("disk gone");
        IOException thrown = assertThrows(IOException.class, () -> OrderedPipeline.run(() -> {
            if (read.get() == 10) throw broken;
            return chunk(read.incrementAndGet());
        }, OrderedPipelineTest::slowAtRandom, 2, 3, written::add));
        assertSame(broken, thrown);
        assertEquals(10, written.size());
    }

    @Test
    void anEvaluationErrorStopsTheRunWithThatError() {
        AtomicInteger read = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> OrderedPipeline.run(
                () -> chunk(read.incrementAndGet()), () -> c -> { throw bug; }, 2, 3, r -> {})));
    }
}
