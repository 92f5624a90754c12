package org.flopsheet.engine.eval;

/** A result as a reader sees it: a number, a logical value, or an Excel error. */
public sealed interface Value {
    record Num(double value) implements Value {}
    record Bool(boolean value) implements Value {}
    record Err(ExcelError error) implements Value {}

    /** The value a raw evaluator double stands for, given the quantity's static type. */
    static Value of(double raw, ValueType type) {
        if (Double.isNaN(raw)) return new Err(ExcelError.of(raw));
        return type == ValueType.BOOLEAN ? new Bool(raw != 0) : new Num(raw);
    }

    /** Excel's text for this value: shortest round-trip digits, TRUE/FALSE, or the error's name. */
    default String text() {
        return switch (this) {
            case Num n -> NumberText.shortest(n.value());
            case Bool b -> b.value() ? "TRUE" : "FALSE";
            case Err e -> e.error().text;
        };
    }
}
