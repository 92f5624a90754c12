package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import org.flopsheet.engine.compile.Sheet;

/** The plainest loop over a CSV on one thread, no pipeline: read a chunk, evaluate it, write it. For the benchmark. */
final class SequentialRun {
    private SequentialRun() {}

    /** Returns the number of rows. */
    static long run(Sheet sheet, InputStream input, OutputStream out,
                    BiFunction<Sheet, ColumnMapping, ChunkEvaluator> evaluators) throws IOException {
        CsvReader reader = CsvReader.utf8(input);
        ColumnMapping mapping = ColumnMapping.of(sheet, reader.next(), null);
        StringBuilder header = new StringBuilder();
        mapping.writeHeader(new CsvLine(header));
        out.write(header.toString().getBytes(StandardCharsets.UTF_8));
        ChunkEvaluator evaluator = evaluators.apply(sheet, mapping);
        CsvChunks chunks = new CsvChunks(reader, BatchRun.CHUNK_ROWS);
        long rows = 0;
        for (Chunk c; (c = chunks.next()) != null; ) {
            ChunkResult result = evaluator.evaluate(c);
            out.write(result.text());
            rows += result.rows();
        }
        out.flush();
        return rows;
    }
}
