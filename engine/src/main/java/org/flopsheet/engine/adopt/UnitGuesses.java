package org.flopsheet.engine.adopt;

import java.util.List;
import java.util.regex.Pattern;
import org.flopsheet.engine.units.Unit;
import org.flopsheet.engine.units.UnitRegistry;

/**
 * Units a cell's number format states ({@code 0.0 "GB"}, {@code #,##0 "FLOP/s"}, {@code $#,##0.00},
 * {@code 0%}) or its label does ({@code Duration of training (seconds)}, {@code Training FLOP}, {@code
 * tokens per second}): suggestions only. Adopt writes them as comments; with --guess-units it gives
 * inputs the units that are the workbook's numbers as they stand (seconds, FLOP, tokens, dollars, and
 * percentages, written times 100; not days or GB, whose numbers would need a factor the sheet never had).
 */
final class UnitGuesses {
    /** A unit a label suggests; {@code asWritten} when the workbook's numbers are already in that unit's base scale. */
    record Guess(String unit, boolean asWritten) {}

    private record Rule(Pattern pattern, Guess guess) {}

    private static final List<Rule> RULES = List.of(
            rule("FLOP/s|FLOPS\\b|FLOP per second", "FLOP/s", true),
            rule("tokens? ?(/|per) ?s(ec(ond)?)?\\b", "token/s", true),
            rule("\\bseconds?\\b|\\(s\\)|\\bsec\\b", "s", true),
            rule("\\bhours?\\b", "h", false),
            rule("\\bdays?\\b", "day", false),
            rule("\\bmonths?\\b", "month", false),
            rule("\\byears?\\b", "year", false),
            rule("\\bGB\\b|\\bgigabytes?\\b", "GB", false),
            rule("\\bbytes?\\b", "byte", true),
            rule("\\bFLOPs?\\b", "FLOP", true),
            rule("\\bparam(eter)?s?\\b", "param", true),
            rule("\\btokens?\\b", "token", true),
            rule("\\bUSD\\b|\\bdollars?\\b|\\$", "dollar", true));

    private UnitGuesses() {}

    private static Rule rule(String regex, String unit, boolean asWritten) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), new Guess(unit, asWritten));
    }

    private static final UnitRegistry UNITS = UnitRegistry.builtIn();
    /** A currency in a format: {@code [$$-409]} or {@code [$USD]}; other currencies have no unit in the DSL. */
    private static final Pattern CURRENCY = Pattern.compile("\\[\\$(\\$|USD)[^]]*]");

    /** The unit a cell's number format states, else the one its label names; null when neither names one. */
    static Guess of(String numberFormat, String label) {
        Guess fromFormat = ofFormat(numberFormat);
        return fromFormat != null ? fromFormat : of(label);
    }

    /**
     * The unit a number format states: its text in quotes or escaped with '\' ({@code 0.0 "GB"}, {@code 0\ \s}),
     * a dollar sign, or a percent sign; null for a format without one (General, {@code #,##0.00}, dates).
     */
    static Guess ofFormat(String format) {
        if (format == null) return null;
        String section = firstSection(format);
        StringBuilder literal = new StringBuilder(), bare = new StringBuilder();
        for (int i = 0; i < section.length(); i++) {
            char c = section.charAt(i);
            if (c == '"') {
                int end = section.indexOf('"', i + 1);
                if (end < 0) end = section.length();
                literal.append(section, i + 1, end).append(' ');
                i = end;
            } else if (c == '\\' && i + 1 < section.length()) {
                literal.append(section.charAt(++i));
            } else {
                bare.append(c);
            }
        }
        String text = bare.toString();
        if (text.contains("%")) return new Guess("%", true);
        String unit = literal.toString().strip();
        boolean dollarSign = text.replaceAll("\\[[^]]*]", "").contains("$") || unit.equals("$");
        if (CURRENCY.matcher(text).find() || dollarSign) return new Guess("dollar", true);
        if (unit.isEmpty()) return null;
        Unit known = UNITS.lookup(unit);
        if (known != null) return new Guess(unit, known.scale().isOne());
        return match(unit);
    }

    /** The format for positive numbers: the part before the first ';' outside quotes. */
    private static String firstSection(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '\\') i++;
            else if (c == ';' && !quoted) return format.substring(0, i);
        }
        return format;
    }

    /** The unit a label names, looking first inside its parentheses; null when it names none. */
    static Guess of(String label) {
        if (label == null) return null;
        var inParentheses = Pattern.compile("\\(([^)]*)\\)").matcher(label);
        while (inParentheses.find()) {
            Guess g = match(inParentheses.group(1));
            if (g != null) return g;
        }
        return match(label);
    }

    private static Guess match(String text) {
        for (Rule r : RULES) if (r.pattern().matcher(text).find()) return r.guess();
        return null;
    }
}
