package org.flopsheet.app.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.xlsx.WorkbookExporter;

/** The live .xlsx of a sheet, exactly as {@code flopsheet export} writes it, made per request from the sheet as it is now. */
final class LiveWorkbook {
    private LiveWorkbook() {}

    static byte[] bytes(Sheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.write(sheet, out);
        return out.toByteArray();
    }
}
