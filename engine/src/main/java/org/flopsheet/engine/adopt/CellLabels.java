package org.flopsheet.engine.adopt;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words a person wrote beside their numbers: a text cell left of a quantity's cell, else above it,
 * is its label; a text cell right of it, unless that text labels another quantity, is its note.
 */
final class CellLabels {
    record Words(CellRef labelCell, String label, String note) {}

    private final Map<CellRef, Words> byCell = new HashMap<>();
    private final Set<CellRef> used = new HashSet<>();

    CellLabels(SourceWorkbook book, Iterable<CellRef> quantities) {
        Map<CellRef, CellRef> labelOf = new HashMap<>();
        for (CellRef q : quantities) {
            CellRef left = q.shifted(0, -1), above = q.shifted(-1, 0);
            CellRef label = text(book, left) != null ? left : text(book, above) != null ? above : null;
            if (label != null) labelOf.put(q, label);
        }
        Set<CellRef> labels = new HashSet<>(labelOf.values());
        for (CellRef q : quantities) {
            CellRef label = labelOf.get(q);
            CellRef right = q.shifted(0, 1);
            String note = labels.contains(right) ? null : text(book, right);
            if (label != null) used.add(label);
            if (note != null) used.add(right);
            if (label != null || note != null) {
                byCell.put(q, new Words(label, label == null ? null : text(book, label).strip(), note == null ? null : note.strip()));
            }
        }
    }

    /** The label and note of a quantity's cell; null when it has neither. */
    Words of(CellRef cell) { return byCell.get(cell); }

    /** Whether a text cell became a label or a note. */
    boolean used(CellRef textCell) { return used.contains(textCell); }

    private static String text(SourceWorkbook book, CellRef cell) {
        if (cell.column() < 1 || cell.row() < 1) return null;
        return book.at(cell) instanceof CellContent.Text t && !t.text().isBlank() ? t.text() : null;
    }
}
