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
            case NUMERIC -> number(cell);
            case STRING -> cell.getStringCellValue().isBlank() ? new Empty() : new Text(cell.getStringCellValue().strip());
            case BOOLEAN -> new Bool(cell.getBooleanCellValue());
            case ERROR -> new Error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> new Formula(cell.getCellFormula());
            default -> new Empty();
        };
    }

    /**
     * A number cell's value, which must be finite: the file may hold any text there ({@code Infinity},
     * {@code 1e309}, {@code 12abc}), and no spreadsheet program writes such a value itself.
     */
    private static Number number(XSSFCell cell) {
        String address = cell.getSheet().getSheetName() + "!" + cell.getReference();
        String raw = cell.getCTCell().isSetV() ? cell.getCTCell().getV() : "";
        double value;
        try {
            // POI reads an empty <v></v> as 0, which would import a number nobody typed
            if (raw.isBlank()) throw new NumberFormatException("empty");
            value = cell.getNumericCellValue();
        } catch (NumberFormatException | IllegalStateException e) {
            throw new ImportError(address + " holds '" + raw + "', which is not a number; type a number such as 3e25");
        }
        if (!Double.isFinite(value)) {
            throw new ImportError(address + " holds '" + raw + "', which is not a finite number; type a number such as 3e25");
        }
        return new Number(value);
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
