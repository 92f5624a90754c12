package org.flopsheet.engine.eval;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Excel's arithmetic rules that more than one operator or function share: ^, MOD, the number as
 * Excel shows it (15 significant digits), and equality at that precision.
 */
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

    /** MOD(x, y) = x - y*INT(x/y), with INT at Excel's 15 digits; #DIV/0! for y = 0. */
    public static double mod(double x, double y) {
        if (y == 0) return DIV0;
        return x - y * floor15(x / y);
    }

    /**
     * x rounded to the 15 significant digits Excel displays (half to even on its exact binary value),
     * as the nearest double: 434.99999999999994 is 435.
     */
    public static double shown(double x) {
        if (x == 0 || !Double.isFinite(x)) return x;
        return new BigDecimal(x).round(new MathContext(15, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /**
     * Whether rounding x to 15 significant digits may land on another side of an integer than x:
     * only numbers within 1e-14 of their size from an integer can (the 15th digit's half unit is at
     * most 5e-15 of the number), so everything else skips the exact decimal rounding.
     */
    private static boolean nearInteger(double x) {
        double f = Math.floor(x);
        return Math.min(x - f, f + 1 - x) <= 1e-14 * Math.abs(x);
    }

    /** INT as Excel: the largest integer at or below x as shown at 15 digits (INT(4.35/0.01) is 435). */
    public static double floor15(double x) {
        return Math.floor(nearInteger(x) ? shown(x) : x);
    }

    public static double ceil15(double x) {
        return Math.ceil(nearInteger(x) ? shown(x) : x);
    }

    /** TRUNC at 15 digits: toward zero. */
    public static double trunc15(double x) {
        return x < 0 ? -floor15(-x) : floor15(x);
    }

    /**
     * Equality at Excel's precision: a and b differ by less than 2^-48 (about 3.6e-15) of each, the
     * rule LibreOffice's approxEqual applies (Excel documents comparing at 15 significant digits):
     * 0.1 + 0.2 = 0.3 is TRUE.
     */
    public static boolean approxEqual(double a, double b) {
        if (a == b) return true;
        if (a == 0 || b == 0) return false;
        double d = Math.abs(a - b);
        return d < Math.abs(a) * 0x1p-48 && d < Math.abs(b) * 0x1p-48;
    }

    /** Comparison at Excel's precision: 0 when {@link #approxEqual}, else the sign of a - b. */
    public static int compare(double a, double b) {
        return approxEqual(a, b) ? 0 : a < b ? -1 : 1;
    }

    /**
     * The last + or - of a cell's formula, as Excel does it: a sum of two numbers of opposite sign
     * that cancel to within 2^-48 of their size is 0 (0.1 + 0.2 - 0.3 is 0, not 5.55e-17).
     */
    public static double finalSum(double a, double b) {
        double s = a + b;
        if (s != 0 && (a < 0) != (b < 0) && approxEqual(a, -b)) return 0;
        return s;
    }
}
