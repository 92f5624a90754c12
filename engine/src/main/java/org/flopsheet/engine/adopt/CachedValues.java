package org.flopsheet.engine.adopt;

import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.Value;

/** Whether the model's value for a cell is the value the spreadsheet program cached for it. */
final class CachedValues {
    /** Numbers agree to this relative difference: 12 significant digits, far inside what a sheet shows. */
    static final double RELATIVE = 1e-12;

    private CachedValues() {}

    static boolean same(CellContent cached, Value model) {
        return switch (cached) {
            case CellContent.Num n -> model instanceof Value.Num m && close(n.value(), m.value());
            case CellContent.Logical l -> model instanceof Value.Bool b && b.value() == l.value();
            case CellContent.ErrorValue e -> model instanceof Value.Err err && err.error().text.equals(e.text());
            case CellContent.Text t -> model instanceof Value.Text m && m.value().equals(t.text());
            case CellContent.Formula f -> false;
        };
    }

    static String text(CellContent cached) {
        return switch (cached) {
            case CellContent.Num n -> NumberText.shortest(n.value());
            case CellContent.Logical l -> l.value() ? "TRUE" : "FALSE";
            case CellContent.ErrorValue e -> e.text();
            case CellContent.Text t -> "the text \"" + t.text() + "\"";
            case CellContent.Formula f -> "=" + f.text();
        };
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b));
    }
}
