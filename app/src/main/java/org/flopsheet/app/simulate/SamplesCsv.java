package org.flopsheet.app.simulate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.flopsheet.app.batch.ShortestNumber;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.simulate.SampleSink;

/**
 * Writes every sample as a CSV row: a {@code sample} column (1, 2, ...) and one column per quantity,
 * numbers in the shortest form that reads back to the same double, errors as their Excel text.
 */
final class SamplesCsv implements SampleSink {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    SamplesCsv(Sheet sheet, OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        line.append("sample");
        for (Quantity q : sheet.quantities()) line.append(',').append(q.name());
        out.write(line.append("\r\n").toString());
    }

    @Override
    public void accept(long firstSample, int count, double[] rows, int width) throws IOException {
        for (int i = 0; i < count; i++) {
            line.setLength(0);
            line.append(firstSample + i + 1);
            for (int q = 0; q < width; q++) {
                double v = rows[i * width + q];
                line.append(',');
                if (Double.isFinite(v)) ShortestNumber.append(line, v);
                else line.append(Double.isNaN(v) ? ExcelError.of(v).text : ExcelError.NUM.text);
            }
            out.write(line.append("\r\n").toString());
        }
    }

    void finish() throws IOException { out.flush(); }
}
