package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.compile.Sheet;

/**
 * The rows of {@code flopsheet batch} for callers that bring their own records, such as the Spark
 * module: the same column mapping, the same cell reading and the same CSV text, byte for byte.
 * One instance per thread (it keeps a slot array).
 */
public final class BatchRows {
    /** One input record: its row number as batch counts them (the header is row 1) and its fields. */
    public record Input(long row, String[] fields) {}

    /** The CSV text of some output rows (each ending in CRLF) and the message of each row that failed. */
    public record Output(String text, List<String> failures) {}

    private final ColumnMapping mapping;
    private final SheetRowEvaluator evaluator;

    private BatchRows(Sheet sheet, ColumnMapping mapping) {
        this.mapping = mapping;
        this.evaluator = new SheetRowEvaluator(sheet, mapping);
    }

    /**
     * @param header  the input's header fields
     * @param outputs the quantities to append, or null for every formula quantity
     * @throws org.flopsheet.app.UserError when the header cannot be used (as batch refuses it)
     */
    public static BatchRows of(Sheet sheet, String[] header, List<String> outputs) {
        return new BatchRows(sheet, ColumnMapping.of(sheet, new CsvRecord(1, 1, header), outputs));
    }

    /** The output header line, CRLF included. */
    public String header() {
        StringBuilder text = new StringBuilder();
        mapping.writeHeader(new CsvLine(text));
        return text.toString();
    }

    public boolean readsAnyInput() { return mapping.readsAnyInput(); }

    public Output compute(List<Input> inputs) {
        List<CsvRecord> records = new ArrayList<>(inputs.size());
        for (Input in : inputs) records.add(new CsvRecord(in.row(), in.row(), in.fields()));
        ChunkResult result = evaluator.evaluate(new Chunk(records));
        return new Output(new String(result.text(), java.nio.charset.StandardCharsets.UTF_8), result.failures());
    }

    /**
     * The fields of one CSV line read as batch reads them (a leading byte order mark dropped).
     *
     * @throws IllegalArgumentException when the line opens a quoted field it does not close, which in a
     *                                  file means a field holding a line break
     */
    public static String[] fields(String line) {
        try {
            CsvRecord record = new CsvReader(new StringReader(line)).next();
            return record == null ? new String[] {""} : record.fields();
        } catch (CsvSyntaxError e) {
            throw new IllegalArgumentException("a quoted field opened on this line is not closed on it", e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }
}
