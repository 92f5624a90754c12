package org.flopsheet.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Excel's dynamic-array rule for operators and scalar functions given arrays: the result has the
 * larger shape, a single row or column is repeated along the other direction, and positions one
 * operand lacks are #N/A ({@code {1,2,3}+{10,20}} is {11,22,#N/A}).
 */
public final class Elementwise {
    private Elementwise() {}

    public static Value map(Value v, Function<Value, Value> f) {
        if (!(v instanceof Value.Array a)) return f.apply(v);
        List<Value> out = new ArrayList<>(a.elements().size());
        for (Value e : a.elements()) out.add(f.apply(e));
        return new Value.Array(a.rows(), a.columns(), out);
    }

    public static Value zip(Value x, Value y, BinaryOperator<Value> f) {
        if (!(x instanceof Value.Array) && !(y instanceof Value.Array)) return f.apply(x, y);
        return zipAll(new Value[] {x, y}, args -> f.apply(args[0], args[1]));
    }

    /** {@code f} applied position by position over any number of arguments, some of them arrays. */
    public static Value zipAll(Value[] args, Function<Value[], Value> f) {
        int rows = 1, columns = 1;
        boolean any = false;
        for (Value v : args) {
            if (v instanceof Value.Array a) {
                any = true;
                rows = Math.max(rows, a.rows());
                columns = Math.max(columns, a.columns());
            }
        }
        if (!any) return f.apply(args);
        List<Value> out = new ArrayList<>(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Value[] at = new Value[args.length];
                boolean outside = false;
                for (int i = 0; i < args.length; i++) {
                    if (inside(args[i], r, c)) at[i] = element(args[i], r, c);
                    else outside = true;
                }
                out.add(outside ? new Value.Err(ExcelError.NA) : f.apply(at));
            }
        }
        return new Value.Array(rows, columns, out);
    }

    /**
     * What the cell at (r, c) of a range holding {@code v} shows (an array formula entered over a range):
     * a single row or column repeated, a scalar everywhere, #N/A beyond the array.
     */
    public static Value at(Value v, int r, int c) {
        return inside(v, r, c) ? element(v, r, c) : new Value.Err(ExcelError.NA);
    }

    /** The element at (r, c): a single row or column repeated, a scalar (or an omitted argument, null) everywhere. */
    private static Value element(Value v, int r, int c) {
        if (!(v instanceof Value.Array a)) return v;
        return a.at(a.rows() == 1 ? 0 : r, a.columns() == 1 ? 0 : c);
    }

    private static boolean inside(Value v, int r, int c) {
        if (!(v instanceof Value.Array a)) return true;
        return (a.rows() == 1 || r < a.rows()) && (a.columns() == 1 || c < a.columns());
    }
}
