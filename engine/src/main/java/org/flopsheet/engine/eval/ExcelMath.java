package org.flopsheet.engine.eval;

import static org.flopsheet.engine.eval.functions.Errors.*;

/** Excel's ^ operator, shared by the evaluator and POWER. */
public final class ExcelMath {
    private ExcelMath() {}

    /** 0^0 and a negative number to a fractional power are #NUM!; 0 to a negative power is #DIV/0!. */
    public static double power(double x, double y) {
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (x == 0) {
            if (y == 0) return NUM;
            if (y < 0) return DIV0;
        }
        if (x < 0 && y != Math.rint(y)) return NUM;
        return checked(Math.pow(x, y));
    }
}
