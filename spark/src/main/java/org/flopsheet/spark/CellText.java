package org.flopsheet.spark;

import org.flopsheet.engine.eval.NumberText;

/** The text of a Parquet (or any DataFrame) cell as a CSV would hold it, so that batch reads the same value. */
final class CellText {
    private CellText() {}

    static String of(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> NumberText.shortest(d);
            case Float f -> NumberText.shortest(f.doubleValue());
            case Number n -> n.toString();
            case Boolean b -> b ? "TRUE" : "FALSE";
            case String s -> s;
            default -> value.toString();
        };
    }
}
