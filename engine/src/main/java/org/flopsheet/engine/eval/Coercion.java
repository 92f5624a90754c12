package org.flopsheet.engine.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Excel's conversions between kinds of values: text in arithmetic ({@code ="3"+1} is 4, {@code ="a"+1}
 * is #VALUE!), numbers in text ({@code ="x"&1/3} is "x0.333333333333333"), and the order in which
 * values of different kinds compare (numbers, then text, then logicals: {@code TRUE>5} is TRUE).
 */
public final class Coercion {
    private Coercion() {}

    /** The number a value stands for in arithmetic, or a NaN-boxed error (#VALUE! for text that is no number). */
    public static double number(Value v) {
        return switch (v) {
            case Value.Num n -> n.value();
            case Value.Bool b -> b.value() ? 1 : 0;
            case Value.Err e -> e.error().asDouble();
            case Value.Text t -> parseNumber(t.value());
            case Value.Array a -> number(a.at(0, 0));
        };
    }

    /** Text as Excel reads a number typed in a cell: "3", " 1.5e3 ", "50%", "-2", "$1,000"; #VALUE! otherwise. */
    public static double parseNumber(String text) {
        String s = text.trim();
        if (s.startsWith("$")) s = s.substring(1).trim();
        else if (s.startsWith("-$")) s = "-" + s.substring(2).trim();
        if (s.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) s = s.replace(",", "");
        double scale = 1;
        if (s.endsWith("%")) {
            scale = 0.01;
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return ExcelError.VALUE.asDouble();
        double v = Double.parseDouble(s) * scale;
        return Double.isFinite(v) ? v : ExcelError.VALUE.asDouble();
    }

    /** The text a value shows when joined with {@code &}; null for an error (the caller passes it on). */
    public static String text(Value v) {
        return switch (v) {
            case Value.Num n -> general(n.value());
            case Value.Bool b -> b.value() ? "TRUE" : "FALSE";
            case Value.Err e -> null;
            case Value.Text t -> t.value();
            case Value.Array a -> text(a.at(0, 0));
        };
    }

    /**
     * A number as Excel's General format writes it into text: at most 15 significant digits, plain
     * between 1E-9 and 1E+15, scientific outside ({@code 1E+20}, {@code 1.5E-10}).
     */
    public static String general(double v) {
        if (Double.isNaN(v)) return ExcelError.of(v).text;
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new MathContext(15, RoundingMode.HALF_UP)).stripTrailingZeros();
        double a = Math.abs(d.doubleValue());
        if (a >= 1e15 || a < 1e-9) {
            String digits = d.unscaledValue().abs().toString();
            int exponent = digits.length() - 1 - d.scale();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (v < 0 ? "-" : "") + mantissa + "E" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        return d.toPlainString();
    }

    /** The logical a value stands for in IF, AND, NOT: non-zero numbers are TRUE, "true"/"false" text too. */
    public static Value logical(Value v) {
        return switch (v) {
            case Value.Num n -> Value.Bool.of(n.value() != 0);
            case Value.Bool b -> b;
            case Value.Err e -> e;
            case Value.Text t -> switch (t.value().trim().toUpperCase(Locale.ROOT)) {
                case "TRUE" -> Value.Bool.TRUE;
                case "FALSE" -> Value.Bool.FALSE;
                default -> new Value.Err(ExcelError.VALUE);
            };
            case Value.Array a -> logical(a.at(0, 0));
        };
    }

    /**
     * Excel's order of scalars of any kinds: numbers below text below logicals; text ignores case.
     * Errors are not ordered: callers pass them on first.
     */
    public static int compare(Value a, Value b) {
        int ka = rank(a), kb = rank(b);
        if (ka != kb) return Integer.compare(ka, kb);
        return switch (a) {
            case Value.Num n -> Double.compare(n.value() == 0 ? 0.0 : n.value(), ((Value.Num) b).value() == 0 ? 0.0 : ((Value.Num) b).value());
            case Value.Text t -> t.value().toLowerCase(Locale.ROOT).compareTo(((Value.Text) b).value().toLowerCase(Locale.ROOT));
            case Value.Bool x -> Boolean.compare(x.value(), ((Value.Bool) b).value());
            case Value.Err e -> 0;
            case Value.Array arr -> 0;
        };
    }

    /** The rank of a kind in Excel's order; numbers 0, text 1, logicals 2. */
    static int rank(Value v) {
        return switch (v) {
            case Value.Num n -> 0;
            case Value.Text t -> 1;
            case Value.Bool b -> 2;
            case Value.Err e -> 3;
            case Value.Array a -> 4;
        };
    }
}
