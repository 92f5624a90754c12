package org.flopsheet.engine.eval;

import java.util.List;

/**
 * A value as Excel has it: a number, a logical value, an error, text, or an array of those
 * (one- or two-dimensional, row-major; an array never holds another array).
 */
public sealed interface Value {
    record Num(double value) implements Value {}
    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true), FALSE = new Bool(false);
        public static Bool of(boolean b) { return b ? TRUE : FALSE; }
    }
    record Err(ExcelError error) implements Value {}
    record Text(String value) implements Value {}

    /** {@code rows} x {@code columns} scalars, row by row. */
    record Array(int rows, int columns, List<Value> elements) implements Value {
        public Array {
            elements = List.copyOf(elements);
            if (rows < 1 || columns < 1 || elements.size() != rows * columns) {
                throw new IllegalArgumentException(rows + "x" + columns + " array with " + elements.size() + " elements");
            }
            for (Value v : elements) if (v instanceof Array) throw new IllegalArgumentException("an array inside an array");
        }

        public Value at(int row, int column) { return elements.get(row * columns + column); }

        public static Array row(List<Value> elements) { return new Array(1, elements.size(), elements); }

        public static Array column(List<Value> elements) { return new Array(elements.size(), 1, elements); }
    }

    /** The value a raw evaluator double stands for, given the quantity's static type. */
    static Value of(double raw, ValueType type) {
        if (Double.isNaN(raw)) return new Err(ExcelError.of(raw));
        return type == ValueType.BOOLEAN ? Bool.of(raw != 0) : new Num(raw);
    }

    static Value error(ExcelError e) { return new Err(e); }

    /**
     * This value as the evaluator's double: a number, 1 or 0 for a logical, the NaN-boxed error;
     * text and arrays are #VALUE! there (they never reach a slot whose type is a number).
     */
    default double raw() {
        return switch (this) {
            case Num n -> n.value();
            case Bool b -> b.value() ? 1 : 0;
            case Err e -> e.error().asDouble();
            case Text t -> ExcelError.VALUE.asDouble();
            case Array a -> ExcelError.VALUE.asDouble();
        };
    }

    /** Excel's text for this value: shortest round-trip digits, TRUE/FALSE, the error's name, the text itself. */
    default String text() {
        return switch (this) {
            case Num n -> NumberText.shortest(n.value());
            case Bool b -> b.value() ? "TRUE" : "FALSE";
            case Err e -> e.error().text;
            case Text t -> t.value();
            case Array a -> ArrayText.of(a, Value::literal);
        };
    }

    /** The value as a formula would write it: text in quotes (quotes doubled), arrays in braces. */
    default String literal() {
        return switch (this) {
            case Text t -> "\"" + t.value().replace("\"", "\"\"") + "\"";
            case Num n -> text();
            case Bool b -> text();
            case Err e -> text();
            case Array a -> ArrayText.of(a, Value::literal);
        };
    }
}
