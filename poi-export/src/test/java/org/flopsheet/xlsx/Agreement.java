package org.flopsheet.xlsx;

import org.flopsheet.engine.eval.Value;

/** Whether a spreadsheet program's result agrees with the engine's value. */
final class Agreement {
    private Agreement() {}

    /** Null when they agree (numbers within {@code relative}), else what differs. Logical values compare as 1 and 0. */
    static String problem(Value expected, Double number, String error, double relative) {
        return switch (expected) {
            case Value.Err e -> e.error().text.equals(error) ? null
                    : "expected " + e.error().text + " but got " + (error != null ? error : number);
            case Value.Bool b -> number != null && number == (b.value() ? 1 : 0) ? null
                    : "expected " + (b.value() ? "TRUE" : "FALSE") + " but got " + (error != null ? error : number);
            case Value.Num n -> {
                if (number == null) yield "expected " + n.value() + " but got " + error;
                double diff = Math.abs(number - n.value());
                yield diff <= relative * Math.abs(n.value()) ? null
                        : "expected " + n.value() + " but got " + number + " (relative difference " + diff / Math.abs(n.value()) + ")";
            }
        };
    }
}
