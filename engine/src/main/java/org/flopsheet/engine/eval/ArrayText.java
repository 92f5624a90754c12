package org.flopsheet.engine.eval;

import java.util.function.Function;

/** An array as Excel writes an array constant: {@code {1,2;3,4}}, ',' between columns and ';' between rows. */
public final class ArrayText {
    private ArrayText() {}

    public static String of(Value.Array a, Function<Value, String> element) {
        return of(a, element, ",", ";");
    }

    /** With separators of one's own, e.g. ", " and "; " for people to read. */
    public static String of(Value.Array a, Function<Value, String> element, String columnSeparator, String rowSeparator) {
        StringBuilder out = new StringBuilder("{");
        for (int r = 0; r < a.rows(); r++) {
            if (r > 0) out.append(rowSeparator);
            for (int c = 0; c < a.columns(); c++) {
                if (c > 0) out.append(columnSeparator);
                out.append(element.apply(a.at(r, c)));
            }
        }
        return out.append('}').toString();
    }
}
