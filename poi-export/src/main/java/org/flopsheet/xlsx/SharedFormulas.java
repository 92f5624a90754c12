package org.flopsheet.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;

/**
 * Excel stores a formula filled down or across once, in its first cell ("shared"); every other cell of
 * the range holds only a pointer to it. A cell's own formula is the first cell's with its relative
 * references moved by the distance between the two cells ({@code =A1*2} filled down is {@code =A2*2}).
 */
final class SharedFormulas {
    /** A cell reference that is not part of a longer name, a number or a function call; sheet prefixes stay as they are. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![A-Za-z0-9_.\\\\])(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})(?![A-Za-z0-9_.(\\\\])");

    private SharedFormulas() {}

    /** {@code formula}, written for the cell at ({@code fromRow}, {@code fromColumn}), as it reads in another cell. */
    static String moved(String formula, int rowOffset, int columnOffset) {
        if (rowOffset == 0 && columnOffset == 0) return formula;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < formula.length()) {
            char c = formula.charAt(i);
            if (c == '"' || c == '\'') { // a text literal or a quoted sheet name: copied as it is
                int end = closing(formula, i, c);
                out.append(formula, i, end);
                i = end;
                continue;
            }
            int end = i;
            while (end < formula.length() && formula.charAt(end) != '"' && formula.charAt(end) != '\'') end++;
            out.append(shift(formula.substring(i, end), rowOffset, columnOffset));
            i = end;
        }
        return out.toString();
    }

    private static String shift(String text, int rowOffset, int columnOffset) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String column = m.group(2).toUpperCase(java.util.Locale.ROOT);
            if (column.compareTo("XFD") > 0 && column.length() == 3) continue; // beyond the last column: a name such as ABCD1 is not a cell
            int col = CellReference.convertColStringToIndex(column);
            int row = Integer.parseInt(m.group(4)) - 1;
            if (m.group(1).isEmpty()) col += columnOffset;
            if (m.group(3).isEmpty()) row += rowOffset;
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + CellReference.convertNumToColString(col) + m.group(3) + (row + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The index just after the quote that closes the one at {@code start} (a doubled quote is an escaped one). */
    private static int closing(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) i += 2;
                else return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
