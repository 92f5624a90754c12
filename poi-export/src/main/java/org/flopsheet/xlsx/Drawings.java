package org.flopsheet.xlsx;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet charts are drawn on. Rows of a streamed worksheet go to the file as they are written, but its
 * drawings are parts of the underlying workbook, so a chart is drawn on that workbook's sheet of the same name.
 */
final class Drawings {
    private Drawings() {}

    static XSSFSheet of(SXSSFSheet sheet) {
        return sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
    }
}
