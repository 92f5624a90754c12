package org.flopsheet.xlsx;

import org.apache.poi.ss.util.CellReference;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;

/**
 * Where things go on a model sheet (the base case or one scenario): a title, the sheet's notes and a
 * legend at the top, a header row, then the quantities in source order. A number, a logical or text
 * takes one row; an array of r rows and c columns takes r rows and c value columns (its block), so the
 * value area is as wide as the widest array and the unit, name and note columns follow it. Every model
 * sheet of a workbook has the same rows, so a quantity sits at the same address on each (see LAYOUT.md).
 *
 * @param firstRows 0-based first row of each quantity, by index
 * @param heights   rows of each quantity's block
 * @param widths    value columns of each quantity's block
 */
record Layout(int headerRow, int valueColumns, int[] firstRows, int[] heights, int[] widths) {
    static final int LABEL = 0, VALUE = 1;

    /** Title, notes, legend, a blank row, then the header; the quantities' shapes as the base case gives them. */
    static Layout of(Sheet sheet) {
        return of(sheet, sheet.hasGeneralValues() ? sheet.evaluate() : null);
    }

    /** {@code base} is the base case's values (null when every quantity is a number or a logical). */
    static Layout of(Sheet sheet, Evaluation base) {
        int header = 1 + sheet.notes().size() + 2;
        int n = sheet.quantities().size();
        int[] first = new int[n], heights = new int[n], widths = new int[n];
        int row = header + 1, widest = 1;
        for (Quantity q : sheet.quantities()) {
            Value v = base == null ? null : base.value(q);
            int i = q.index();
            heights[i] = v instanceof Value.Array a ? a.rows() : 1;
            widths[i] = v instanceof Value.Array a ? a.columns() : 1;
            first[i] = row;
            row += heights[i];
            widest = Math.max(widest, widths[i]);
        }
        return new Layout(header, widest, first, heights, widths);
    }

    int unitColumn() { return VALUE + valueColumns; }
    int nameColumn() { return VALUE + valueColumns + 1; }
    int noteColumn() { return VALUE + valueColumns + 2; }

    /** The header row's titles by column: the value title over the first value column. */
    String[] headers() {
        String[] h = new String[noteColumn() + 1];
        h[LABEL] = "Quantity";
        h[VALUE] = "Value";
        h[unitColumn()] = "Unit";
        h[nameColumn()] = "Name";
        h[noteColumn()] = "Note";
        return h;
    }

    /** The 0-based row of a quantity (its first row when it is an array). */
    int row(Quantity q) { return firstRows[q.index()]; }

    /** The row after the last quantity's block. */
    int endRow() {
        int n = firstRows.length;
        return n == 0 ? headerRow + 1 : firstRows[n - 1] + heights[n - 1];
    }

    boolean isBlock(Quantity q) { return heights[q.index()] > 1 || widths[q.index()] > 1; }

    /**
     * The absolute address of a quantity's value cell on {@code sheetName}, {@code 'finveden'!$B$9}, or of its
     * block, {@code 'gpus'!$B$20:$D$20}.
     */
    String valueCell(String sheetName, Quantity q) {
        return Layout.quoted(sheetName) + "!" + block(q, true);
    }

    /** The quantity's cell or block on its own sheet, {@code B20:D20}; absolute ({@code $B$20:$D$20}) when asked. */
    String block(Quantity q, boolean absolute) {
        int r = row(q), last = r + heights[q.index()] - 1, lastColumn = VALUE + widths[q.index()] - 1;
        String first = new CellReference(r, VALUE, absolute, absolute).formatAsString();
        if (!isBlock(q)) return first;
        return first + ":" + new CellReference(last, lastColumn, absolute, absolute).formatAsString();
    }

    /** The value cell of element (i, j) of a quantity's block, {@code C20}. */
    String element(Quantity q, int i, int j) {
        return new CellReference(row(q) + i, VALUE + j).formatAsString(false);
    }

    static String quoted(String sheetName) {
        return "'" + sheetName.replace("'", "''") + "'";
    }
}
