package org.flopsheet.app.batch;

import java.util.List;

/**
 * The results of one chunk, ready to write.
 *
 * @param text     its output records, encoded as UTF-8
 * @param rows     how many records it holds (always as many as the chunk it came from)
 * @param failures the message of each row that could not be computed, in row order
 */
record ChunkResult(byte[] text, int rows, List<String> failures) {}
