package org.flopsheet.engine.excel;

/** How an Excel formula's names and cell references map back to quantities of a sheet. */
public interface ExcelReferences {
    /** The quantity a defined name stands for, or null when the name is unknown. */
    String definedName(String name);

    /**
     * The quantity held by a cell, or null when that cell holds none.
     *
     * @param sheet  the sheet named in the reference ({@code Model!B7}), or null for the formula's own sheet
     * @param column 1-based column (A = 1)
     * @param row    1-based row
     */
    String cell(String sheet, int column, int row);

    /** The quantity held by a cell referenced with both anchors ({@code $B$7}); by default as any other reference. */
    default String absoluteCell(String sheet, int column, int row) { return cell(sheet, column, row); }

    /** Whether a range may span several rows and columns (read row by row); import keeps to one row or column. */
    default boolean allowsAreas() { return false; }

    /** The cell the formula is in, for the implicit intersection of a range where one value is expected; null when unknown. */
    default CellAddress host() { return null; }

    /** Whether a cell of a range is left out, as Excel's functions of lists leave out empty cells. */
    default boolean skippedInRange(String sheet, int column, int row) { return false; }
}
