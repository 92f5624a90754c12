package org.flopsheet.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.flopsheet.engine.compile.Sheet;

/**
 * Excel's grid limits, checked before anything is written: a model too big for a worksheet is refused
 * with what does not fit, rather than written as a file Excel repairs or cuts off.
 */
final class WorkbookLimits {
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    private WorkbookLimits() {}

    static void check(Sheet sheet) {
        long quantities = sheet.quantities().size(), scenarios = sheet.scenarios().size();
        long modelRows = 1 + sheet.notes().size() + 3 + quantities;
        if (modelRows > MAX_ROWS) {
            throw new IllegalArgumentException("sheet '" + sheet.name() + "' has " + quantities + " quantities; a worksheet holds "
                    + MAX_ROWS + " rows, so a workbook can show at most " + (MAX_ROWS - modelRows + quantities) + " of them");
        }
        long cases = 1 + scenarios;
        if (scenarios > 0 && 2 + cases > MAX_COLUMNS) {
            throw new IllegalArgumentException("sheet '" + sheet.name() + "' has " + scenarios + " scenarios; the Scenarios sheet"
                    + " shows one per column and a worksheet holds " + MAX_COLUMNS + " columns, so at most " + (MAX_COLUMNS - 3)
                    + " scenarios fit; evaluate more with `flopsheet batch`");
        }
        long mapRows = Metadata.FIRST_ENTRY_ROW + quantities * (scenarios > 0 ? 2 * cases : 1);
        if (mapRows > MAX_ROWS) {
            throw new IllegalArgumentException("sheet '" + sheet.name() + "' has " + quantities + " quantities and " + scenarios
                    + " scenarios: " + (quantities * cases) + " value cells, and the hidden map of the workbook (one row per value cell"
                    + " and per cell of the Scenarios sheet) would need " + mapRows + " rows, more than a worksheet's " + MAX_ROWS
                    + "; export fewer scenarios, or evaluate them with `flopsheet batch`");
        }
    }
}
