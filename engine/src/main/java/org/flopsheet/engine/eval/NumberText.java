package org.flopsheet.engine.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are written as text. */
public final class NumberText {
    private NumberText() {}

    /** The shortest text that reads back to the identical double: 3E+25, 0.1, 4.714045207910317E+11. */
    public static String shortest(double v) {
        if (Double.isNaN(v)) return ExcelError.of(v).text;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = Double.toString(v);
        int e = s.indexOf('E');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
        if (e < 0) return mantissa;
        String exp = s.substring(e + 1);
        return mantissa + "E" + (exp.startsWith("-") ? exp : "+" + exp);
    }

    /** A number as a .flop source writes it: shortest digits that read back to the same double, {@code 3e27} style. */
    public static String source(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-4)) {
            String s = Double.toString(v); // shortest digits, with an exponent from 1e7 up and below 1e-3
            int e = s.indexOf('E');
            if (e < 0) return shortestWithExponent(v);
            String mantissa = s.substring(0, e).replaceFirst("\\.0$", "");
            return mantissa + "e" + s.substring(e + 1);
        }
        return shortest(v);
    }

    /** 1234567 as 1.234567e6: the shortest digits of a number Double.toString writes without an exponent. */
    private static String shortestWithExponent(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        String digits = d.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + exponent;
    }

    /** A fraction as the percentage it shows, in its shortest digits moved two places: 0.655 is 65.5, never 65.50000000000001. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) return shortest(fraction);
        return shortest(new BigDecimal(Double.toString(fraction)).movePointRight(2).doubleValue());
    }

    /**
     * {@code v} rounded to {@code digits} significant digits as a spreadsheet shows it: scientific
     * with all its digits for large and small magnitudes (4.71E+11, 3.00E+25), plain otherwise (1.5, 20),
     * where a whole part longer than {@code digits} is kept whole (1024, 50257).
     */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v)) return ExcelError.of(v).text;
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_UP));
        double a = Math.abs(d.doubleValue());
        if (a >= 1e5 || a < 1e-3) {
            String m = d.unscaledValue().abs().toString();
            int exponent = m.length() - 1 - d.scale();
            m = (m + "0".repeat(digits)).substring(0, digits);
            String mant = digits > 1 ? m.charAt(0) + "." + m.substring(1) : m;
            return (v < 0 ? "-" : "") + mant + "E" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (Math.abs(v) >= Math.pow(10, digits)) {
            return new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).toPlainString(); // 1024 stays 1024, never 1020
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
