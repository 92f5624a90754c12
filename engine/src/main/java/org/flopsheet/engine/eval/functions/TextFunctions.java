package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Arguments.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueType;

/**
 * Text: CONCAT CONCATENATE TEXTJOIN LEN LEFT RIGHT MID UPPER LOWER PROPER TRIM SUBSTITUTE REPLACE FIND
 * SEARCH TEXT VALUE REPT EXACT ISTEXT. Positions count UTF-16 units from 1, as Excel's do; numbers
 * become text as Excel's General format writes them.
 */
final class TextFunctions {
    private TextFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            new ExcelFunction("CONCAT", 1, ExcelFunction.VARIADIC, "_xlfn.", ValueType.TEXT, UnitRule.PLAIN_RESULT,
                guarded(args -> new Value.Text(String.join("", flattened(args, false)))),
                "CONCAT(text1, ...): the texts joined, arrays element by element"),
            scalar("CONCATENATE", 1, ExcelFunction.VARIADIC, ValueType.TEXT, args -> {
                StringBuilder out = new StringBuilder();
                for (Value v : args) out.append(text(v));
                return new Value.Text(out.toString());
            }, "CONCATENATE(text1, ...): the texts joined"),
            new ExcelFunction("TEXTJOIN", 3, ExcelFunction.VARIADIC, "_xlfn.", ValueType.TEXT, UnitRule.PLAIN_RESULT,
                guarded(TextFunctions::textJoin), "TEXTJOIN(delimiter, ignore_empty, text1, ...): the texts joined with a delimiter"),
            scalar("LEN", 1, 1, ValueType.NUMBER, args -> new Value.Num(text(args[0]).length()), "LEN(text): the number of characters"),
            scalar("LEFT", 1, 2, ValueType.TEXT, args -> {
                String s = text(args[0]);
                int n = count(args, 1);
                return new Value.Text(s.substring(0, Math.min(n, s.length())));
            }, "LEFT(text, [n]): the first n characters (1 by default)"),
            scalar("RIGHT", 1, 2, ValueType.TEXT, args -> {
                String s = text(args[0]);
                int n = count(args, 1);
                return new Value.Text(s.substring(s.length() - Math.min(n, s.length())));
            }, "RIGHT(text, [n]): the last n characters (1 by default)"),
            scalar("MID", 3, 3, ValueType.TEXT, args -> {
                String s = text(args[0]);
                int start = integer(args, 1, 0), n = integer(args, 2, 0);
                if (start < 1 || n < 0) throw fail(ExcelError.VALUE);
                if (start > s.length()) return new Value.Text("");
                return new Value.Text(s.substring(start - 1, Math.min(s.length(), start - 1 + n)));
            }, "MID(text, start, n): n characters from position start"),
            scalar("UPPER", 1, 1, ValueType.TEXT, args -> new Value.Text(text(args[0]).toUpperCase(Locale.ROOT)), "UPPER(text): in capitals"),
            scalar("LOWER", 1, 1, ValueType.TEXT, args -> new Value.Text(text(args[0]).toLowerCase(Locale.ROOT)), "LOWER(text): in small letters"),
            scalar("PROPER", 1, 1, ValueType.TEXT, args -> new Value.Text(proper(text(args[0]))),
                "PROPER(text): each word's first letter capital, the others small"),
            scalar("TRIM", 1, 1, ValueType.TEXT, args -> new Value.Text(text(args[0]).replaceAll(" +", " ").replaceAll("^ | $", "")),
                "TRIM(text): spaces at the ends removed, runs of spaces inside made one"),
            scalar("SUBSTITUTE", 3, 4, ValueType.TEXT, TextFunctions::substitute,
                "SUBSTITUTE(text, old, new, [instance]): old replaced by new, everywhere or only its n-th occurrence"),
            scalar("REPLACE", 4, 4, ValueType.TEXT, args -> {
                String s = text(args[0]);
                int start = integer(args, 1, 0), n = integer(args, 2, 0);
                if (start < 1 || n < 0) throw fail(ExcelError.VALUE);
                int from = Math.min(start - 1, s.length()), to = Math.min(s.length(), from + n);
                return new Value.Text(s.substring(0, from) + text(args[3]) + s.substring(to));
            }, "REPLACE(text, start, n, new): n characters from position start replaced by new"),
            scalar("FIND", 2, 3, ValueType.NUMBER, args -> find(args, false),
                "FIND(find, within, [start]): the position of find in within, with case; #VALUE! if absent"),
            scalar("SEARCH", 2, 3, ValueType.NUMBER, args -> find(args, true),
                "SEARCH(find, within, [start]): the position of find in within, ignoring case, with wildcards * and ?"),
            scalar("TEXT", 2, 2, ValueType.TEXT, args -> {
                Value v = args[0] == null ? new Value.Num(0) : args[0];
                String format = text(args[1]);
                if (v instanceof Value.Err e) throw new Failed(e);
                if (v instanceof Value.Text t && Double.isNaN(Coercion.parseNumber(t.value()))) return t;
                return new Value.Text(TextFormat.format(number(v), format));
            }, "TEXT(value, format): the number written in a format such as \"0.00\", \"#,##0\", \"0%\" or \"0.00E+00\""),
            scalar("VALUE", 1, 1, ValueType.NUMBER, args -> {
                Value v = args[0] == null ? new Value.Text("") : args[0];
                return switch (v) {
                    case Value.Num n -> n;
                    case Value.Err e -> e;
                    case Value.Bool b -> new Value.Err(ExcelError.VALUE);
                    case Value.Text t -> {
                        double x = Coercion.parseNumber(t.value());
                        yield Double.isNaN(x) ? new Value.Err(ExcelError.VALUE) : new Value.Num(x);
                    }
                    case Value.Array a -> throw new IllegalStateException("VALUE is applied element by element");
                };
            }, "VALUE(text): the number a text stands for; #VALUE! if it is none"),
            scalar("REPT", 2, 2, ValueType.TEXT, args -> {
                String s = text(args[0]);
                int n = integer(args, 1, 0);
                if (n < 0 || (long) n * s.length() > 32_767) throw fail(ExcelError.VALUE);
                return new Value.Text(s.repeat(n));
            }, "REPT(text, n): the text n times"),
            scalar("EXACT", 2, 2, ValueType.BOOLEAN, args -> Value.Bool.of(text(args[0]).equals(text(args[1]))),
                "EXACT(a, b): TRUE when the texts are the same, letter case included"),
            scalar("ISTEXT", 1, 1, ValueType.BOOLEAN, args -> Value.Bool.of(args[0] instanceof Value.Text), "ISTEXT(value): TRUE for text")
        );
    }

    private static ExcelFunction scalar(String name, int min, int max, ValueType type, ExcelFunction.OnValues body, String description) {
        return new ExcelFunction(name, min, max, "", type, UnitRule.PLAIN_RESULT, guardedScalars(body), description);
    }

    private static int count(Value[] args, int i) {
        int n = integer(args, i, 1);
        if (optional(args, i) == null && i < args.length) n = 0; // LEFT(s,) takes none
        if (n < 0) throw fail(ExcelError.VALUE);
        return n;
    }

    /** Every argument as text, arrays element by element (row by row); empty texts dropped when asked. */
    private static List<String> flattened(Value[] args, boolean dropEmpty) {
        List<String> out = new ArrayList<>();
        for (Value v : args) {
            List<Value> items = v instanceof Value.Array a ? a.elements() : java.util.Collections.singletonList(v);
            for (Value item : items) {
                String s = text(item);
                if (!(dropEmpty && s.isEmpty())) out.add(s);
            }
        }
        return out;
    }

    private static Value textJoin(Value[] args) {
        Value delimiter = args[0] == null ? new Value.Text("") : args[0];
        boolean ignoreEmpty = logical(args, 1, false);
        List<String> delimiters = flattened(new Value[] {delimiter}, false);
        List<String> parts = flattened(java.util.Arrays.copyOfRange(args, 2, args.length), ignoreEmpty);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && !delimiters.isEmpty()) out.append(delimiters.get((i - 1) % delimiters.size()));
            out.append(parts.get(i));
        }
        if (out.length() > 32_767) return new Value.Err(ExcelError.VALUE);
        return new Value.Text(out.toString());
    }

    private static String proper(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean afterLetter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(afterLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            afterLetter = Character.isLetter(c);
        }
        return out.toString();
    }

    private static Value substitute(Value[] args) {
        String s = text(args[0]), old = text(args[1]), replacement = text(args[2]);
        if (old.isEmpty()) return new Value.Text(s);
        if (optional(args, 3) == null) return new Value.Text(s.replace(old, replacement));
        int instance = integer(args, 3, 0);
        if (instance < 1) throw fail(ExcelError.VALUE);
        int at = -1;
        for (int k = 0; k < instance; k++) {
            at = s.indexOf(old, at + (k == 0 ? 1 : old.length()));
            if (at < 0) return new Value.Text(s);
        }
        return new Value.Text(s.substring(0, at) + replacement + s.substring(at + old.length()));
    }

    private static Value find(Value[] args, boolean search) {
        String needle = text(args[0]), within = text(args[1]);
        int start = integer(args, 2, 1);
        if (start < 1 || start > within.length() + 1) throw fail(ExcelError.VALUE);
        if (search && Matching.hasWildcard(needle)) {
            java.util.regex.Matcher m = Matching.pattern(needle).matcher(within);
            if (m.find(start - 1)) return new Value.Num(m.start() + 1);
            throw fail(ExcelError.VALUE);
        }
        int at = search ? within.toLowerCase(Locale.ROOT).indexOf(needle.toLowerCase(Locale.ROOT), start - 1)
                        : within.indexOf(needle, start - 1);
        if (at < 0) throw fail(ExcelError.VALUE);
        return new Value.Num(at + 1);
    }
}
