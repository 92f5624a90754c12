package org.flopsheet.xlsx;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/** What a person left in a cell: nothing, a number, text, a logical value, an error, or a formula. */
sealed interface CellContent {
    record Empty() implements CellContent {}
    record Number(double value) implements CellContent {}
    record Text(String value) implements CellContent {}
    record Bool(boolean value) implements CellContent {}
    record Error(String text) implements CellContent {}
    record Formula(String text) implements CellContent {}

    static CellContent of(XSSFCell cell) {
        if (cell == null) return new Empty();
        CellType type = cell.getCellType();
        return switch (type) {
            case NUMERIC -> new Number(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().isBlank() ? new Empty() : new Text(cell.getStringCellValue().strip());
            case BOOLEAN -> new Bool(cell.getBooleanCellValue());
            case ERROR -> new Error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> new Formula(cell.getCellFormula());
            default -> new Empty();
        };
    }

    /** The text of a label, unit, name or note cell ("" when empty). */
    static String text(XSSFCell cell) {
        return switch (of(cell)) {
            case Text t -> t.value();
            case Number n -> org.flopsheet.engine.eval.NumberText.shortest(n.value());
            case Bool b -> b.value() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
