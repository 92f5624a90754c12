package org.flopsheet.xlsx;

import org.apache.poi.ss.util.CellReference;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/**
 * Where things go on a model sheet (the base case or one scenario): a title, the sheet's notes and a
 * legend at the top, a header row, then one row per quantity in source order. Every model sheet of
 * a workbook has the same rows, so a quantity sits at the same address on each (see LAYOUT.md).
 */
record Layout(int headerRow) {
    static final int LABEL = 0, VALUE = 1, UNIT = 2, NAME = 3, NOTE = 4;
    static final String[] HEADERS = {"Quantity", "Value", "Unit", "Name", "Note"};

    /** Title, notes, legend, a blank row, then the header. */
    static Layout of(Sheet sheet) {
        return new Layout(1 + sheet.notes().size() + 2);
    }

    /** The 0-based row of a quantity. */
    int row(Quantity q) { return headerRow + 1 + q.index(); }

    /** The absolute address of a quantity's value cell on {@code sheetName}: {@code 'finveden'!$B$9}. */
    String valueCell(String sheetName, Quantity q) {
        return quoted(sheetName) + "!" + new CellReference(row(q), VALUE, true, true).formatAsString();
    }

    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
