package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reads chunks on one thread, evaluates them on a pool, and hands the results to the caller's thread
 * in input order. At most {@code inFlight} chunks are queued between reader and writer, so memory
 * does not grow with the length of the input.
 */
final class OrderedPipeline {
    interface Source { Chunk next() throws IOException; }

    interface Sink { void accept(ChunkResult result) throws IOException; }

    private static final Future<ChunkResult> END = CompletableFuture.completedFuture(null);

    private OrderedPipeline() {}

    static void run(Source source, Supplier<ChunkEvaluator> evaluators, int threads, int inFlight, Sink sink)
            throws IOException, InterruptedException {
        AtomicInteger workerNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "batch-worker-" + workerNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<ChunkEvaluator> evaluator = ThreadLocal.withInitial(evaluators);
        BlockingQueue<Future<ChunkResult>> queue = new ArrayBlockingQueue<>(inFlight);
        Thread reader = new Thread(() -> {
            Future<ChunkResult> last = END;
            try {
                for (Chunk c; (c = source.next()) != null; ) {
                    Chunk chunk = c;
                    queue.put(pool.submit(() -> evaluator.get().evaluate(chunk)));
                }
            } catch (InterruptedException stopped) {
                return; // the writer gave up; nothing is waiting for more chunks
            } catch (Throwable failure) {
                last = CompletableFuture.failedFuture(failure); // the writer rethrows it, in order
            }
            try {
                queue.put(last);
            } catch (InterruptedException stopped) {
                // the writer gave up
            }
        }, "batch-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Future<ChunkResult> f; (f = queue.take()) != END; ) sink.accept(resultOf(f));
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
    }

    private static ChunkResult resultOf(Future<ChunkResult> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case UncheckedIOException io -> throw io.getCause();
                case RuntimeException r -> throw r;
                case Error err -> throw err;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
