package org.flopsheet.engine.adopt;

/** What a workbook cell holds, as the file stores it. */
public sealed interface CellContent {
    record Num(double value) implements CellContent {}

    record Logical(boolean value) implements CellContent {}

    record Text(String text) implements CellContent {}

    /** An error value typed into a cell (or one whose formula is unknown): {@code #N/A}. */
    record ErrorValue(String text) implements CellContent {}

    /**
     * A formula ({@code text} without the leading '='), the value the spreadsheet program last computed
     * for it (a Num, Logical, Text or ErrorValue; null when the file holds none), and whether it is
     * part of an array formula.
     */
    record Formula(String text, CellContent cached, boolean array) implements CellContent {}
}
