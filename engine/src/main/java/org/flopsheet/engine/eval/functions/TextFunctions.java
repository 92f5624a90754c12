package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Arguments.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.any;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Value;

/**
 * Text: CONCAT CONCATENATE TEXTJOIN LEN LEFT RIGHT MID UPPER LOWER PROPER TRIM SUBSTITUTE REPLACE FIND
 * SEARCH TEXT VALUE REPT EXACT ISTEXT. Positions count UTF-16 units from 1, as Excel's do; numbers
 * become text as Excel's General format writes them.
 */
final class TextFunctions {
    private TextFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("CONCAT", "CONCAT(text1, ...): the texts joined, arrays element by element")
                .parameters(any("text").repeating()).result(ResultType.TEXT).xlfn()
                .javaValues(guarded(args -> new Value.Text(String.join("", flattened(args, false))))).javaOnly(),
            scalar("CONCATENATE", ResultType.TEXT, params(any("text").repeating()), args -> {
                StringBuilder out = new StringBuilder();
                for (Value v : args) out.append(text(v));
                return new Value.Text(out.toString());
            }, "CONCATENATE(text1, ...): the texts joined"),
            define("TEXTJOIN", "TEXTJOIN(delimiter, ignore_empty, text1, ...): the texts joined with a delimiter")
                .parameters(any("delimiter"), any("ignore_empty"), any("text").repeating()).result(ResultType.TEXT).xlfn()
                .javaValues(guarded(TextFunctions::textJoin)).javaOnly(),
            scalar("LEN", ResultType.NUMBER, params(any("text")), args -> new Value.Num(text(args[0]).length()), "LEN(text): the number of characters"),
            scalar("LEFT", ResultType.TEXT, params(any("text"), count("num_chars")), args -> {
                String s = text(args[0]);
                int n = count(args, 1);
                return new Value.Text(s.substring(0, Math.min(n, s.length())));
            }, "LEFT(text, [n]): the first n characters (1 by default)"),
            scalar("RIGHT", ResultType.TEXT, params(any("text"), count("num_chars")), args -> {
                String s = text(args[0]);
                int n = count(args, 1);
                return new Value.Text(s.substring(s.length() - Math.min(n, s.length())));
            }, "RIGHT(text, [n]): the last n characters (1 by default)"),
            scalar("MID", ResultType.TEXT, params(any("text"), any("start_num").unit(""), any("num_chars").unit("")), args -> {
                String s = text(args[0]);
                int start = integer(args, 1, 0), n = integer(args, 2, 0);
                if (start < 1 || n < 0) throw fail(ExcelError.VALUE);
                if (start > s.length()) return new Value.Text("");
                return new Value.Text(s.substring(start - 1, Math.min(s.length(), start - 1 + n)));
            }, "MID(text, start, n): n characters from position start"),
            scalar("UPPER", ResultType.TEXT, params(any("text")), args -> new Value.Text(text(args[0]).toUpperCase(Locale.ROOT)), "UPPER(text): in capitals"),
            scalar("LOWER", ResultType.TEXT, params(any("text")), args -> new Value.Text(text(args[0]).toLowerCase(Locale.ROOT)), "LOWER(text): in small letters"),
            scalar("PROPER", ResultType.TEXT, params(any("text")), args -> new Value.Text(proper(text(args[0]))),
                "PROPER(text): each word's first letter capital, the others small"),
            scalar("TRIM", ResultType.TEXT, params(any("text")), args -> new Value.Text(text(args[0]).replaceAll(" +", " ").replaceAll("^ | $", "")),
                "TRIM(text): spaces at the ends removed, runs of spaces inside made one"),
            scalar("SUBSTITUTE", ResultType.TEXT, params(any("text"), any("old_text"), any("new_text"), any("instance_num").unit("").orAbsent()), TextFunctions::substitute,
                "SUBSTITUTE(text, old, new, [instance]): old replaced by new, everywhere or only its n-th occurrence"),
            scalar("REPLACE", ResultType.TEXT, params(any("old_text"), any("start_num").unit(""), any("num_chars").unit(""), any("new_text")), args -> {
                String s = text(args[0]);
                int start = integer(args, 1, 0), n = integer(args, 2, 0);
                if (start < 1 || n < 0) throw fail(ExcelError.VALUE);
                int from = Math.min(start - 1, s.length()), to = Math.min(s.length(), from + n);
                return new Value.Text(s.substring(0, from) + text(args[3]) + s.substring(to));
            }, "REPLACE(text, start, n, new): n characters from position start replaced by new"),
            scalar("FIND", ResultType.NUMBER, params(any("find_text"), any("within_text"), any("start_num").unit("").orAbsent()), args -> find(args, false),
                "FIND(find, within, [start]): the position of find in within, with case; #VALUE! if absent"),
            scalar("SEARCH", ResultType.NUMBER, params(any("find_text"), any("within_text"), any("start_num").unit("").orAbsent()), args -> find(args, true),
                "SEARCH(find, within, [start]): the position of find in within, ignoring case, with wildcards * and ?"),
            scalar("TEXT", ResultType.TEXT, params(any("value"), any("format_text")), args -> {
                Value v = args[0] == null ? new Value.Num(0) : args[0];
                String format = text(args[1]);
                if (v instanceof Value.Err e) throw new Failed(e);
                if (v instanceof Value.Text t && Double.isNaN(Coercion.parseNumber(t.value()))) return t;
                return new Value.Text(TextFormat.format(number(v), format));
            }, "TEXT(value, format): the number written in a format such as \"0.00\", \"#,##0\", \"0%\" or \"0.00E+00\""),
            scalar("VALUE", ResultType.NUMBER, params(any("text")), args -> {
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
            scalar("REPT", ResultType.TEXT, params(any("text"), any("number_times").unit("")), args -> {
                String s = text(args[0]);
                int n = integer(args, 1, 0);
                if (n < 0 || (long) n * s.length() > 32_767) throw fail(ExcelError.VALUE);
                return new Value.Text(s.repeat(n));
            }, "REPT(text, n): the text n times"),
            scalar("EXACT", ResultType.LOGICAL, params(any("text1"), any("text2")), args -> Value.Bool.of(text(args[0]).equals(text(args[1]))),
                "EXACT(a, b): TRUE when the texts are the same, letter case included"),
            scalar("ISTEXT", ResultType.LOGICAL, params(any("value")), args -> Value.Bool.of(args[0] instanceof Value.Text), "ISTEXT(value): TRUE for text")
        );
    }

    /** A function of scalars, applied element by element to arrays; its result is a plain number or text. */
    private static ExcelFunction scalar(String name, ResultType type, Parameter[] parameters, ExcelFunction.OnValues body, String description) {
        return define(name, description).parameters(parameters).result(type).javaScalars(guardedScalars(body)).javaOnly();
    }

    private static Parameter[] params(Parameter... ps) {
        return ps;
    }

    /** A count of characters: optional, 1 when omitted, 0 when left empty. */
    private static Parameter count(String name) {
        return any(name).unit("").orAbsent();
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
