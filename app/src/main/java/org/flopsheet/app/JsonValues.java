package org.flopsheet.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.flopsheet.engine.eval.Value;

/**
 * Values as JSON sees them, in eval's {@code --json} and the server's answers: numbers, true/false,
 * an error's Excel text, text as a string, an array of one row as a JSON array and a larger one as
 * a JSON array of rows.
 */
public final class JsonValues {
    private JsonValues() {}

    public static Object of(Value v) {
        return of(v, x -> x);
    }

    /** {@code v} with each number passed through {@code shown} (a unit conversion for display). */
    public static Object of(Value v, DoubleUnaryOperator shown) {
        return switch (v) {
            case Value.Num n -> shown.applyAsDouble(n.value());
            case Value.Bool b -> b.value();
            case Value.Err e -> e.error().text;
            case Value.Text t -> t.value();
            case Value.Array a -> {
                List<Object> rows = new ArrayList<>();
                for (int r = 0; r < a.rows(); r++) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < a.columns(); c++) row.add(of(a.at(r, c), shown));
                    rows.add(row);
                }
                yield a.rows() == 1 ? rows.get(0) : rows;
            }
        };
    }
}
