package org.flopsheet.xlsx;

/** What a person left in a cell: nothing, a number, text, a logical value, an error, or a formula. */
sealed interface CellContent {
    record Empty() implements CellContent {}
    record Number(double value) implements CellContent {}
    record Text(String value) implements CellContent {}
    record Bool(boolean value) implements CellContent {}
    record Error(String text) implements CellContent {}
    record Formula(String text) implements CellContent {}

    /** A text cell: blank text is an empty cell, and surrounding spaces do not count. */
    static CellContent ofText(String s) {
        return s == null || s.isBlank() ? new Empty() : new Text(s.strip());
    }

    /**
     * A number cell's value as the file spells it ({@code raw}), which must be a finite number: the file may
     * hold any text there ({@code Infinity}, {@code 1e309}, {@code 12abc}, nothing), and no spreadsheet
     * program writes such a value itself. {@code address} names the cell in the refusal.
     */
    static Number number(String raw, String address) {
        double value;
        try {
            if (raw.isBlank()) throw new NumberFormatException("empty");
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new ImportError(address + " holds '" + raw + "', which is not a number; type a number such as 3e25");
        }
        if (!Double.isFinite(value)) {
            throw new ImportError(address + " holds '" + raw + "', which is not a finite number; type a number such as 3e25");
        }
        return new Number(value);
    }

    /** The text of a label, unit, name or note cell ("" when empty). */
    static String text(CellContent content) {
        return switch (content) {
            case Text t -> t.value();
            case Number n -> org.flopsheet.engine.eval.NumberText.shortest(n.value());
            case Bool b -> b.value() ? "TRUE" : "FALSE";
            case Empty e -> "";
            case Error e -> "";
            case Formula f -> "";
        };
    }
}
