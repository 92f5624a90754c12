package org.flopsheet.engine.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The numbers SUM, AVERAGE, MIN and MAX count, gathered by Excel's rules: a value typed as an argument
 * is coerced (TRUE is 1, "3" is 3, "a" is #VALUE!); in an array or a referenced quantity only numbers
 * count, and logicals and text are skipped. The first error met is the result.
 */
public final class CountedNumbers {
    private double[] numbers = new double[8];
    private int size;

    /** Adds what {@code v} contributes; returns the error that ends the count, or null. */
    public Value add(Value v, boolean fromReference) {
        switch (v) {
            case Value.Array a -> {
                for (Value e : a.elements()) {
                    if (e instanceof Value.Err) return e;
                    if (e instanceof Value.Num n) push(n.value());
                }
            }
            case Value.Err e -> { return e; }
            case Value.Num n -> push(n.value());
            case Value.Bool b -> { if (!fromReference) push(b.value() ? 1 : 0); }
            case Value.Text t -> {
                if (fromReference) return null;
                double x = Coercion.parseNumber(t.value());
                if (Double.isNaN(x)) return new Value.Err(ExcelError.of(x));
                push(x);
            }
        }
        return null;
    }

    /**
     * Adds what {@code v} contributes to a list of integers (GCD, LCM, MULTINOMIAL): every element read as a
     * number, text included; a logical is #VALUE!. Returns the error that ends the count, or null.
     */
    public Value addEach(Value v) {
        List<Value> items = v instanceof Value.Array a ? a.elements() : List.of(v);
        for (Value e : items) {
            double x = e instanceof Value.Bool ? ExcelError.VALUE.asDouble() : Coercion.number(e);
            if (Double.isNaN(x)) return new Value.Err(ExcelError.of(x));
            push(x);
        }
        return null;
    }

    /** Adds one number that is no list (LARGE's k); returns its error, or null. */
    public Value addOne(Value v) {
        double x = Coercion.number(v);
        if (Double.isNaN(x)) return new Value.Err(ExcelError.of(x));
        push(x);
        return null;
    }

    private void push(double x) {
        if (size == numbers.length) numbers = Arrays.copyOf(numbers, size * 2);
        numbers[size++] = x;
    }

    public double[] numbers() { return Arrays.copyOf(numbers, size); }
}
