package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flopsheet.engine.compile.ExcelNames;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/**
 * Which quantity each row of the edited base sheet holds. A row is known by the name in its Name
 * column or by the defined name pointing at its value cell (Excel moves both with the row); a row
 * with neither is new; a quantity no row holds was deleted. When the two names disagree and one of
 * them is new, the quantity was renamed.
 */
final class RowMatch {
    final Map<String, ModelRow> rowOf = new LinkedHashMap<>();   // source name -> its row
    final Map<String, String> renamed = new LinkedHashMap<>();   // source name -> new name
    final List<ModelRow> added = new ArrayList<>();
    final Map<ModelRow, String> addedName = new HashMap<>();
    final List<String> deleted = new ArrayList<>();
    final List<ModelRow> rows;
    private final Map<ModelRow, String> sourceNameOfRow = new IdentityHashMap<>();
    private final Map<Long, ModelRow> rowAtCell = new HashMap<>();

    RowMatch(Sheet model, List<ModelRow> rows) {
        this.rows = rows;
        for (ModelRow row : rows) rowAtCell.putIfAbsent(cellKey(row.row(), row.column()), row);
        Set<String> taken = new HashSet<>();
        for (Quantity q : model.quantities()) taken.add(q.name().toLowerCase(Locale.ROOT));
        for (ModelRow row : rows) {
            String key = known(model, row.name()) ? row.name() : known(model, row.definedName()) ? row.definedName() : null;
            if (key == null || rowOf.containsKey(key)) {
                added.add(row);
                continue;
            }
            rowOf.put(key, row);
            sourceNameOfRow.put(row, key);
            String other = key.equals(row.definedName()) ? row.name() : row.definedName();
            if (other != null && !other.isEmpty() && !other.equals(key) && !known(model, other)) {
                String why = ExcelNames.whyIllegal(other);
                if (why != null) throw new ImportError(row.address() + ": '" + other + "' cannot name a quantity: " + why);
                renamed.put(key, other);
                taken.add(other.toLowerCase(Locale.ROOT));
            }
        }
        if (rowOf.isEmpty()) {
            throw new ImportError("no row of sheet '" + (rows.isEmpty() ? "?" : rows.get(0).address().split("!")[0])
                    + "' holds a quantity of '" + model.name() + "'; is this the workbook exported from that source?");
        }
        for (Quantity q : model.quantities()) if (!rowOf.containsKey(q.name())) deleted.add(q.name());
        for (ModelRow row : added) addedName.put(row, nameFor(row, taken));
    }

    /** The source quantity a row holds, or null for a new row. */
    String sourceNameOf(ModelRow row) {
        return sourceNameOfRow.get(row);
    }

    /** The row whose value cell is at these 0-based coordinates of the base sheet, or null. */
    ModelRow rowAt(int row, int column) {
        return rowAtCell.get(cellKey(row, column));
    }

    private static long cellKey(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    /** The name a quantity has after the import (null when deleted). */
    String finalName(String sourceName) {
        if (!rowOf.containsKey(sourceName)) return null;
        return renamed.getOrDefault(sourceName, sourceName);
    }

    private static boolean known(Sheet model, String name) {
        return name != null && !name.isEmpty() && model.quantity(name) != null;
    }

    /** A new row's name: the defined name a person gave it, else its Name cell, else one made from its label. */
    private static String nameFor(ModelRow row, Set<String> taken) {
        for (String given : new String[] {row.definedName(), row.name()}) {
            if (given != null && !given.isEmpty() && ExcelNames.whyIllegal(given) == null && taken.add(given.toLowerCase(Locale.ROOT))) {
                return given;
            }
        }
        String base = row.label().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "q_" + base;
        if (base.length() > 40) base = base.substring(0, 40).replaceAll("_+$", "");
        if (ExcelNames.whyIllegal(base) != null) base = base + "_value";
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + "_" + n;
        return name;
    }
}
