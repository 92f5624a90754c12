package org.flopsheet.engine.adopt;

import org.flopsheet.engine.excel.CellAddress;

/** One cell of a workbook: its sheet's name and its 1-based column and row. Shown as {@code Sheet1!B7}. */
public record CellRef(String sheet, int column, int row) {

    /** The address without the sheet: {@code B7}. */
    public String address() { return CellAddress.columnName(column) + row; }

    /** The cell {@code rows} below and {@code columns} right of this one, on the same sheet. */
    CellRef shifted(int rows, int columns) { return new CellRef(sheet, column + columns, row + rows); }

    /** Row and column packed without collisions (a record's default hash collides for neighbouring cells). */
    @Override
    public int hashCode() { return sheet.hashCode() * 0x9E3779B9 + (row * 16_385 + column); }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellRef c && c.row == row && c.column == column && c.sheet.equals(sheet);
    }

    @Override
    public String toString() { return sheet + "!" + address(); }
}
