package org.flopsheet.xlsx;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Cell;
import org.flopsheet.engine.eval.Value;

/** Writes an engine value into a cell: the constant of an input cell, or the cached result of a formula cell. */
final class CellValues {
    private CellValues() {}

    static void put(Cell cell, Value value) {
        switch (value) {
            case Value.Num n -> cell.setCellValue(n.value());
            case Value.Bool b -> cell.setCellValue(b.value());
            case Value.Err e -> cell.setCellErrorValue(FormulaError.forString(e.error().text).getCode());
            case Value.Text t -> cell.setCellValue(t.value());
            case Value.Array a when a.rows() == 1 && a.columns() == 1 -> put(cell, a.at(0, 0));
            case Value.Array a -> throw new IllegalArgumentException(
                    "a " + a.rows() + "x" + a.columns() + " array goes into a block of cells, one element each, not into one cell");
        }
    }

    /** The number a value cell's format is chosen by (0 for logical values and errors). */
    static double shown(Value value) {
        return value instanceof Value.Num n ? n.value() : 0;
    }
}
