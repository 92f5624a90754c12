package org.flopsheet.xlsx;

import java.util.List;

/**
 * One quantity row of a model sheet as the person left it.
 *
 * @param address     the value cell, e.g. {@code finveden!B9}, for messages
 * @param definedName the workbook-scope name that points at the value cell, or null
 * @param elements    for an array quantity, the cells of its block row by row ({@code value} is the first); else null
 */
record ModelRow(int row, int column, String address, String label, CellContent value, String unit, String name, String note,
                String definedName, List<List<CellContent>> elements) {

    boolean isBlank() {
        return label.isEmpty() && value instanceof CellContent.Empty && name.isEmpty() && note.isEmpty() && unit.isEmpty();
    }
}
