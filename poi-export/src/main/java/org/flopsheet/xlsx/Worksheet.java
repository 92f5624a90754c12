package org.flopsheet.xlsx;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet of a workbook being imported: the cells that hold something, by 0-based row and column,
 * and the ranges of its array formulas. Read by {@link StreamingWorkbookReader}, without POI's object model.
 */
record Worksheet(String name, boolean hidden, NavigableMap<Integer, NavigableMap<Integer, CellContent>> rows,
                 List<CellRangeAddress> arrayFormulas) {

    /** What the cell holds; {@link CellContent.Empty} when nothing. */
    CellContent cell(int row, int column) {
        Map<Integer, CellContent> cells = rows.get(row);
        CellContent c = cells == null ? null : cells.get(column);
        return c == null ? new CellContent.Empty() : c;
    }

    /** The cells of one row by column, empty when the row holds nothing. */
    NavigableMap<Integer, CellContent> row(int row) {
        NavigableMap<Integer, CellContent> cells = rows.get(row);
        return cells == null ? new TreeMap<>() : cells;
    }

    boolean inArrayFormula(int row, int column) {
        return arrayFormulaAt(row, column) != null;
    }

    /** The range of the array formula that covers the cell, or null. */
    CellRangeAddress arrayFormulaAt(int row, int column) {
        for (CellRangeAddress range : arrayFormulas) if (range.isInRange(row, column)) return range;
        return null;
    }
}
