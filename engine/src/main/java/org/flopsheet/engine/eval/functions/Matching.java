package org.flopsheet.engine.eval.functions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.Value;

/**
 * How lookups find a key: exact matches ignore the case of text, and may use the wildcards {@code *},
 * {@code ?} and {@code ~} (escape); approximate matches look among values of the key's own kind.
 */
final class Matching {
    private Matching() {}

    /** Exact equality as MATCH(…, 0), VLOOKUP(…, FALSE) and XLOOKUP see it; text keys may hold wildcards. */
    static boolean equal(Value key, Value candidate, boolean wildcards) {
        if (key instanceof Value.Text k && candidate instanceof Value.Text c) {
            if (wildcards && hasWildcard(k.value())) return pattern(k.value()).matcher(c.value()).matches();
            return k.value().equalsIgnoreCase(c.value());
        }
        if (!sameKind(key, candidate)) return false;
        return Coercion.compare(key, candidate) == 0;
    }

    static boolean sameKind(Value a, Value b) {
        return a.getClass() == b.getClass();
    }

    /** The first index in {@code values} equal to {@code key}, from the end when {@code backwards}; -1 if none. */
    static int exact(Value key, List<Value> values, boolean wildcards, boolean backwards) {
        int n = values.size();
        for (int k = 0; k < n; k++) {
            int i = backwards ? n - 1 - k : k;
            if (equal(key, values.get(i), wildcards)) return i;
        }
        return -1;
    }

    /**
     * MATCH(…, 1) and VLOOKUP(…, TRUE) on values sorted ascending: the last value not above the key,
     * among values of the key's kind, scanning until one is above it. -1 if none.
     */
    static int lastNotAbove(Value key, List<Value> values) {
        int found = -1;
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            if (!sameKind(key, v)) continue;
            if (Coercion.compare(v, key) > 0) break;
            found = i;
        }
        return found;
    }

    /** MATCH(…, -1) on values sorted descending: the last value not below the key. -1 if none. */
    static int lastNotBelow(Value key, List<Value> values) {
        int found = -1;
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            if (!sameKind(key, v)) continue;
            if (Coercion.compare(v, key) < 0) break;
            found = i;
        }
        return found;
    }

    /**
     * XLOOKUP and XMATCH's modes: the exact match, else (mode -1) the largest value below the key or
     * (mode 1) the smallest above it, in any order. -1 if none.
     */
    static int nearest(Value key, List<Value> values, int mode, boolean backwards) {
        int exact = exact(key, values, false, backwards);
        if (exact >= 0 || mode == 0) return exact;
        int best = -1;
        for (int k = 0; k < values.size(); k++) {
            int i = backwards ? values.size() - 1 - k : k;
            Value v = values.get(i);
            if (!sameKind(key, v)) continue;
            int c = Coercion.compare(v, key);
            if (mode < 0 && c < 0 && (best < 0 || Coercion.compare(v, values.get(best)) > 0)) best = i;
            if (mode > 0 && c > 0 && (best < 0 || Coercion.compare(v, values.get(best)) < 0)) best = i;
        }
        return best;
    }

    static boolean hasWildcard(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('~') >= 0;
    }

    /** Excel's wildcards as a case-insensitive regular expression: * any run, ? one character, ~ escapes the next. */
    static Pattern pattern(String wildcard) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < wildcard.length(); i++) {
            char ch = wildcard.charAt(i);
            if (ch == '~' && i + 1 < wildcard.length()) re.append(Pattern.quote(String.valueOf(wildcard.charAt(++i))));
            else if (ch == '*') re.append(".*");
            else if (ch == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
