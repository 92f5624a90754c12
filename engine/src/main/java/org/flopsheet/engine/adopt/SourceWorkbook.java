package org.flopsheet.engine.adopt;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A workbook as adopt reads it, independent of how it was read: its sheets in order, every non-empty
 * cell, its defined names that point at one cell (looked up ignoring case; a name
 * scoped to one sheet as {@code Sheet!name}), the number format of each cell that has one other
 * than General ({@code 0.0 "GB"}), and what the reader saw but does not carry over (macros, names of
 * ranges), as sentences.
 */
public record SourceWorkbook(String fileName, List<String> sheets, Map<CellRef, CellContent> cells,
                             Map<String, CellRef> definedNames, Map<CellRef, String> numberFormats, List<String> notices) {

    /** Reading order: sheet by sheet, row by row, left to right. */
    public Comparator<CellRef> readingOrder() {
        return Comparator.<CellRef>comparingInt(c -> sheets.indexOf(c.sheet()))
                .thenComparingInt(CellRef::row).thenComparingInt(CellRef::column);
    }

    /** The sheet called {@code name} ignoring case, as the workbook spells it; null when there is none. */
    public String sheet(String name) {
        for (String s : sheets) if (s.equalsIgnoreCase(name)) return s;
        return null;
    }

    public CellContent at(CellRef cell) { return cells.get(cell); }
}
