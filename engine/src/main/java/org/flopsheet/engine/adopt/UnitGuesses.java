package org.flopsheet.engine.adopt;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Units a label states ({@code Duration of training (seconds)}, {@code Training FLOP}, {@code tokens per
 * second}): suggestions only. Adopt writes them as comments; with --guess-units it gives inputs the
 * units that are the workbook's numbers as they stand (seconds, FLOP, tokens, not days or GB, whose
 * numbers would need a factor the sheet never had).
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
