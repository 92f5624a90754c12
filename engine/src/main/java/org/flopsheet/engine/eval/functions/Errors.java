package org.flopsheet.engine.eval.functions;

import org.flopsheet.engine.eval.ExcelError;

/** Helpers for Excel's error rules on NaN-boxed doubles. */
public final class Errors {
    private Errors() {}

    public static final double NUM = ExcelError.NUM.asDouble();
    public static final double DIV0 = ExcelError.DIV0.asDouble();
    public static final double VALUE = ExcelError.VALUE.asDouble();
    public static final double NA = ExcelError.NA.asDouble();

    /** A finished numeric result: infinities and stray NaNs become #NUM!, as Excel shows them. */
    public static double checked(double result) {
        return Double.isFinite(result) ? result : NUM;
    }

    /** The first error among {@code args}, or 0 when there is none (callers test with isNaN). */
    public static double firstError(double[] args) {
        for (double a : args) if (Double.isNaN(a)) return a;
        return 0;
    }
}
