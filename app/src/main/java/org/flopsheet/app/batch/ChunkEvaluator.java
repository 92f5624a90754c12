package org.flopsheet.app.batch;

/** Turns a chunk of input records into output records. One instance per worker thread: it may keep scratch state. */
interface ChunkEvaluator {
    ChunkResult evaluate(Chunk chunk);
}
