package org.flopsheet.app.serve;

import org.flopsheet.engine.compile.Sheet;

/** The live .xlsx of a sheet, as {@code flopsheet export} writes it. */
final class LiveWorkbook {
    private LiveWorkbook() {}

    static byte[] bytes(Sheet sheet) {
        throw new ApiError(501, "the live workbook export is not available in this version of flopsheet yet");
    }
}
