package org.flopsheet.engine.eval.functions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.ExcelError;

/**
 * The number formats TEXT understands: "General", digit placeholders 0 and #, a decimal point,
 * a thousands separator, % (times 100), scientific E+00 / E-00, text in quotes or after \,
 * and up to two sections (positive;negative). Anything else (dates, colours, conditions) is refused
 * with #VALUE! rather than guessed.
 */
final class TextFormat {
    private TextFormat() {}

    static String format(double value, String format) {
        if (format.equalsIgnoreCase("General") || format.isEmpty()) return Coercion.general(value);
        String[] sections = splitSections(format);
        if (sections.length > 2) throw Arguments.fail(ExcelError.VALUE);
        boolean negativeSection = value < 0 && sections.length == 2;
        String section = negativeSection ? sections[1] : sections[0];
        String body = one(Math.abs(value), section);
        return value < 0 && !negativeSection && !isZero(body) ? "-" + body : body;
    }

    private static boolean isZero(String s) {
        return s.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    private static String[] splitSections(String format) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == ';' && !quoted) { out.add(cur.toString()); cur.setLength(0); continue; }
            cur.append(c);
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

    /** One section applied to a non-negative number. */
    private static String one(double x, String section) {
        StringBuilder prefix = new StringBuilder(), suffix = new StringBuilder(), pattern = new StringBuilder();
        boolean percent = false;
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            StringBuilder literal = pattern.length() == 0 ? prefix : suffix;
            if (c == '"') {
                int end = section.indexOf('"', i + 1);
                if (end < 0) throw Arguments.fail(ExcelError.VALUE);
                literal.append(section, i + 1, end);
                i = end;
            } else if (c == '\\' && i + 1 < section.length()) {
                literal.append(section.charAt(++i));
            } else if (c == '%') {
                percent = true;
                literal.append('%');
            } else if (c == '0' || c == '#' || c == '.' || c == ',' || ((c == 'E' || c == 'e') && pattern.length() > 0)) {
                if (suffix.length() > 0) throw Arguments.fail(ExcelError.VALUE);
                pattern.append(c);
                if ((c == 'E' || c == 'e') && i + 1 < section.length() && (section.charAt(i + 1) == '+' || section.charAt(i + 1) == '-')) {
                    pattern.append(section.charAt(++i));
                }
            } else if (c == ' ' || c == '$' || c == '-' || c == '+' || c == '(' || c == ')' || c == ':' || c == '/') {
                literal.append(c);
            } else {
                throw Arguments.fail(ExcelError.VALUE);
            }
        }
        if (percent) x *= 100;
        if (pattern.length() == 0) return prefix.toString() + suffix;
        String p = pattern.toString();
        int e = p.toUpperCase(Locale.ROOT).indexOf('E');
        String digits = e >= 0 ? scientific(x, p.substring(0, e), p.substring(e + 1)) : fixed(x, p);
        return prefix + digits + suffix;
    }

    private static String fixed(double x, String p) {
        boolean thousands = p.contains(",");
        int scaleCommas = 0;
        while (p.endsWith(",")) { p = p.substring(0, p.length() - 1); scaleCommas++; } // "0," shows thousands
        p = p.replace(",", "");
        for (int i = 0; i < scaleCommas; i++) x /= 1000;
        int dot = p.indexOf('.');
        String whole = dot < 0 ? p : p.substring(0, dot), fraction = dot < 0 ? "" : p.substring(dot + 1);
        int minFraction = (int) fraction.chars().filter(c -> c == '0').count();
        int maxFraction = fraction.length();
        BigDecimal d = new BigDecimal(x).setScale(maxFraction, RoundingMode.HALF_UP);
        String plain = d.toPlainString();
        String intPart = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String fracPart = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
        while (fracPart.length() > minFraction && fracPart.endsWith("0")) fracPart = fracPart.substring(0, fracPart.length() - 1);
        int minWhole = (int) whole.chars().filter(c -> c == '0').count();
        if (intPart.equals("0") && minWhole == 0) intPart = "";
        while (intPart.length() < minWhole) intPart = "0" + intPart;
        if (thousands && scaleCommas == 0) intPart = grouped(intPart);
        return intPart + (dot >= 0 && (maxFraction > 0 || p.endsWith(".")) && (!fracPart.isEmpty() || p.endsWith(".")) ? "." + fracPart : "");
    }

    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) out.append(',');
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static String scientific(double x, String mantissaPattern, String exponentPattern) {
        boolean plusSign = exponentPattern.startsWith("+");
        String expDigits = exponentPattern.substring(exponentPattern.startsWith("+") || exponentPattern.startsWith("-") ? 1 : 0);
        int dot = mantissaPattern.indexOf('.');
        int fractionDigits = dot < 0 ? 0 : mantissaPattern.length() - dot - 1;
        int exponent = x == 0 ? 0 : (int) Math.floor(Math.log10(x));
        BigDecimal m = x == 0 ? BigDecimal.ZERO : new BigDecimal(x).movePointLeft(exponent).setScale(fractionDigits, RoundingMode.HALF_UP);
        if (m.compareTo(BigDecimal.TEN) >= 0) {
            exponent++;
            m = new BigDecimal(x).movePointLeft(exponent).setScale(fractionDigits, RoundingMode.HALF_UP);
        }
        String exp = String.valueOf(Math.abs(exponent));
        while (exp.length() < expDigits.length()) exp = "0" + exp;
        return m.toPlainString() + "E" + (exponent < 0 ? "-" : plusSign ? "+" : "") + exp;
    }
}
