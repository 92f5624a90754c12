package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.flopsheet.app.UserError;
import org.flopsheet.app.simulate.RowSimulation;
import org.flopsheet.engine.compile.Sheet;

/**
 * One batch run: reads the header, maps its columns, then streams every record through the
 * evaluators and writes the results in input order. Rows out equal rows in.
 */
final class BatchRun {
    static final int CHUNK_ROWS = 2048;
    static final int FAILURES_KEPT = 10;

    /** What a run did; {@code firstFailures} holds at most {@value #FAILURES_KEPT} messages. */
    record Summary(long rows, long failedRows, List<String> firstFailures, ColumnMapping mapping, double seconds) {}

    private final Sheet sheet;
    private final List<String> outputs;
    private final int threads;
    private final BiFunction<Sheet, ColumnMapping, ChunkEvaluator> evaluators;
    private final boolean strict;
    private final RowSimulation spread;

    /**
     * @param outputs    the quantities to append, or null for every formula quantity
     * @param evaluators makes one evaluator per worker thread
     */
    BatchRun(Sheet sheet, List<String> outputs, int threads, BiFunction<Sheet, ColumnMapping, ChunkEvaluator> evaluators) {
        this(sheet, outputs, threads, evaluators, false, null);
    }

    private BatchRun(Sheet sheet, List<String> outputs, int threads, BiFunction<Sheet, ColumnMapping, ChunkEvaluator> evaluators, boolean strict,
                     RowSimulation spread) {
        this.sheet = sheet;
        this.outputs = outputs;
        this.threads = threads;
        this.evaluators = evaluators;
        this.strict = strict;
        this.spread = spread;
    }

    BatchRun(Sheet sheet, List<String> outputs, int threads) { this(sheet, outputs, threads, SheetRowEvaluator::new); }

    /** The same run, refusing (before writing anything) a header with a column that looks like a misspelled input. */
    BatchRun strict(boolean refuseNearMisses) {
        return new BatchRun(sheet, outputs, threads, evaluators, refuseNearMisses, spread);
    }

    /** The same run, simulating every row (cells may hold distributions) and adding percentile columns. */
    BatchRun simulated(RowSimulation rows) {
        return new BatchRun(sheet, outputs, threads, evaluators, strict, rows);
    }

    Summary run(InputStream input, long inputBytes, OutputStream out, Progress progress) throws IOException, InterruptedException {
        long start = System.nanoTime();
        CountingInputStream counted = new CountingInputStream(input);
        CsvReader reader = CsvReader.utf8(counted);
        CsvRecord header = reader.next();
        if (header == null) {
            throw new UserError("the input CSV is empty: its first row must name the inputs to set, e.g. "
                    + String.join(",", sheet.inputs().stream().map(q -> q.name()).toList()));
        }
        ColumnMapping columns = ColumnMapping.of(sheet, header, outputs);
        ColumnMapping mapping = spread == null ? columns : columns.withSpread(spread);
        if (strict && !mapping.nearMisses.isEmpty()) {
            throw new UserError(mapping.nearMisses.get(0).message() + "; --strict refuses it: correct the header, or drop --strict to pass the column through");
        }
        StringBuilder headerText = new StringBuilder();
        mapping.writeHeader(new CsvLine(headerText));
        out.write(headerText.toString().getBytes(StandardCharsets.UTF_8));

        long[] rows = {0};
        long[] failed = {0};
        List<String> firstFailures = new ArrayList<>();
        CsvChunks chunks = new CsvChunks(reader, CHUNK_ROWS);
        OrderedPipeline.run(chunks::next, () -> evaluators.apply(sheet, mapping), threads, 2 * threads + 2, result -> {
            out.write(result.text());
            rows[0] += result.rows();
            failed[0] += result.failures().size();
            for (String f : result.failures()) if (firstFailures.size() < FAILURES_KEPT) firstFailures.add(f);
            progress.update(rows[0], counted.count());
        });
        out.flush();
        progress.done();
        return new Summary(rows[0], failed[0], firstFailures, mapping, (System.nanoTime() - start) / 1e9);
    }
}
