package org.flopsheet.xlsx;

import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/** A defined name for every quantity of one model sheet, each referring to that sheet's value cell. */
final class DefinedNames {
    /** The scope of the base sheet's names: the whole workbook. */
    static final int WORKBOOK = -1;
    private static final int MAX_COMMENT = 255;

    private final XSSFWorkbook wb;
    private final Sheet sheet;
    private final Layout layout;

    DefinedNames(XSSFWorkbook wb, Sheet sheet, Layout layout) {
        this.wb = wb;
        this.sheet = sheet;
        this.layout = layout;
    }

    /** Names for {@code sheetName}'s cells, scoped to the worksheet at {@code scope} or to the {@link #WORKBOOK}. */
    void add(String sheetName, int scope) {
        for (Quantity q : sheet.quantities()) {
            XSSFName name = wb.createName();
            if (scope != WORKBOOK) name.setSheetIndex(scope);
            name.setNameName(q.name());
            name.setRefersToFormula(layout.valueCell(sheetName, q));
            String comment = q.title();
            name.setComment(comment.length() <= MAX_COMMENT ? comment : comment.substring(0, MAX_COMMENT - 1) + "\u2026");
        }
    }
}
