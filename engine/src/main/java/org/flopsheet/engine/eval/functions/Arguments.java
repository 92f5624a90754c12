package org.flopsheet.engine.eval.functions;

import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Value;

/**
 * Reading the arguments of functions on values, with Excel's coercions. An argument that is (or
 * coerces to) an error ends the call with that error: {@link Failed} carries it to {@link #guarded}.
 */
final class Arguments {
    private Arguments() {}

    /** An error value on its way out of a function body. */
    static final class Failed extends RuntimeException {
        final Value.Err error;

        Failed(Value.Err error) {
            super(error.error().text, null, false, false);
            this.error = error;
        }
    }

    static Failed fail(ExcelError e) {
        return new Failed(new Value.Err(e));
    }

    /** The body with its {@link Failed} turned back into the error value it carries. */
    static ExcelFunction.OnValues guarded(ExcelFunction.OnValues body) {
        return args -> {
            try {
                return body.apply(args);
            } catch (Failed f) {
                return f.error;
            }
        };
    }

    static ExcelFunction.OnScalars guardedScalars(ExcelFunction.OnValues body) {
        ExcelFunction.OnValues g = guarded(body);
        return g::apply;
    }

    /** Argument {@code i}, or null when it was omitted or left empty. */
    static Value optional(Value[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    static double number(Value v) {
        double x = Coercion.number(v);
        if (Double.isNaN(x)) throw fail(ExcelError.of(x));
        return x;
    }

    static double number(Value[] args, int i, double absent) {
        Value v = optional(args, i);
        return v == null ? absent : number(v);
    }

    /** A whole number as Excel takes positions and counts: the fraction is dropped. */
    static int integer(Value[] args, int i, int absent) {
        double x = number(args, i, absent);
        if (Math.abs(x) > Integer.MAX_VALUE) throw fail(ExcelError.VALUE);
        return (int) x;
    }

    static String text(Value v) {
        if (v == null) return "";
        if (v instanceof Value.Err e) throw new Failed(e);
        return Coercion.text(v);
    }

    static boolean logical(Value[] args, int i, boolean absent) {
        Value v = optional(args, i);
        if (v == null) return absent;
        Value b = Coercion.logical(v);
        if (b instanceof Value.Err e) throw new Failed(e);
        return ((Value.Bool) b).value();
    }

    /** A value as an array: a scalar is a 1x1 array. */
    static Value.Array array(Value v) {
        if (v == null) throw fail(ExcelError.VALUE);
        return v instanceof Value.Array a ? a : new Value.Array(1, 1, List.of(v));
    }

    /** Every element of a one-dimensional array, or of one row or one column of it; #N/A for a 2-D one. */
    static List<Value> vector(Value.Array a) {
        if (a.rows() != 1 && a.columns() != 1) throw fail(ExcelError.NA);
        return a.elements();
    }

    /** The result of a lookup or a reshaping: a 1x1 array is the scalar it holds. */
    static Value result(int rows, int columns, List<Value> elements) {
        if (rows == 1 && columns == 1) return elements.get(0);
        return new Value.Array(rows, columns, elements);
    }

    static List<Value> row(Value.Array a, int r) {
        List<Value> out = new ArrayList<>(a.columns());
        for (int c = 0; c < a.columns(); c++) out.add(a.at(r, c));
        return out;
    }

    static List<Value> column(Value.Array a, int c) {
        List<Value> out = new ArrayList<>(a.rows());
        for (int r = 0; r < a.rows(); r++) out.add(a.at(r, c));
        return out;
    }
}
