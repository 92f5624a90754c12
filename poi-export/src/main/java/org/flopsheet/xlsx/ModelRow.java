package org.flopsheet.xlsx;

/**
 * One quantity row of a model sheet as the person left it.
 *
 * @param address     the value cell, e.g. {@code finveden!B9}, for messages
 * @param definedName the workbook-scope name that points at the value cell, or null
 */
record ModelRow(int row, int column, String address, String label, CellContent value, String unit, String name, String note,
                String definedName) {

    boolean isBlank() {
        return label.isEmpty() && value instanceof CellContent.Empty && name.isEmpty() && note.isEmpty() && unit.isEmpty();
    }
}
