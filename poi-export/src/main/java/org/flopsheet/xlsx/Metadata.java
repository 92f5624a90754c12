package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The hidden sheet that maps every value cell back to its quantity and scenario, so that reading an
 * edited workbook does not depend on guessing from labels (it survives a re-save by Excel or LibreOffice).
 */
final class Metadata {
    static final String SHEET = "_flopsheet";
    static final String[] HEADERS = {"sheet", "cell", "quantity", "scenario", "kind"};
    static final String FORMAT = "flopsheet workbook layout 1";
    /** The 0-based row of the first entry, below the format row and the headers. */
    static final int FIRST_ENTRY_ROW = 2;

    /** One value cell. {@code scenario} is empty for the base case; kind is input, formula, link or view. */
    record Entry(String sheet, String cell, String quantity, String scenario, String kind) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(String sheet, String cell, String quantity, String scenario, String kind) {
        entries.add(new Entry(sheet, cell, quantity, scenario, kind));
    }

    void write(SXSSFWorkbook wb, SXSSFSheet sheet, String sourceSheetName) {
        sheet.createRow(0).createCell(0).setCellValue(FORMAT);
        sheet.getRow(0).createCell(1).setCellValue(sourceSheetName);
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADERS.length; c++) header.createCell(c).setCellValue(HEADERS[c]);
        int r = FIRST_ENTRY_ROW;
        for (Entry e : entries) {
            Row row = sheet.createRow(r++);
            String[] cells = {e.sheet(), e.cell(), e.quantity(), e.scenario(), e.kind()};
            for (int c = 0; c < cells.length; c++) row.createCell(c).setCellValue(cells[c]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }
}
