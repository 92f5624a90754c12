package org.flopsheet.xlsx;

import org.flopsheet.engine.eval.Value;

/** Whether a spreadsheet program's result agrees with the engine's value. */
final class Agreement {
    private Agreement() {}

    /** Null when they agree (numbers within {@code relative}), else what differs. Logical values compare as 1 and 0. */
    static String problem(Value expected, Double number, String error, double relative) {
        return problem(expected, number, error, null, relative);
    }

    /** As above, for a program that may also give text. */
    static String problem(Value expected, Double number, String error, String text, double relative) {
        String got = text != null ? "\"" + text + "\"" : error != null ? error : String.valueOf(number);
        return switch (expected) {
            case Value.Text t -> t.value().equals(text) ? null : "expected \"" + t.value() + "\" but got " + got;
            case Value.Array a -> "arrays are not exported";
            case Value.Err e -> e.error().text.equals(error) ? null
                    : "expected " + e.error().text + " but got " + (error != null ? error : number);
            case Value.Bool b -> number != null && number == (b.value() ? 1 : 0) ? null
                    : "expected " + (b.value() ? "TRUE" : "FALSE") + " but got " + (error != null ? error : number);
            case Value.Num n -> {
                if (number == null) yield "expected " + n.value() + " but got " + got;
                double diff = Math.abs(number - n.value());
                yield diff <= relative * Math.abs(n.value()) ? null
                        : "expected " + n.value() + " but got " + number + " (relative difference " + diff / Math.abs(n.value()) + ")";
            }
        };
    }
}
