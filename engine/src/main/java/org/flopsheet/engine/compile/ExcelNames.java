package org.flopsheet.engine.compile;

import java.util.Locale;
import java.util.regex.Pattern;

/** Excel's rules for defined names, so every quantity name can become a workbook name as it is. */
public final class ExcelNames {
    private static final Pattern A1 = Pattern.compile("(?i)\\$?([a-z]{1,3})\\$?([0-9]+)");
    private static final Pattern R1C1 = Pattern.compile("(?i)r([0-9]*)(c([0-9]*))?|c([0-9]*)");
    private static final Pattern LEGAL = Pattern.compile("[\\p{L}_\\\\][\\p{L}\\p{N}_.]*");
    private static final int MAX_COLUMN = 16_384;   // XFD
    private static final int MAX_ROW = 1_048_576;

    private ExcelNames() {}

    /** Why Excel would refuse {@code name} as a defined name, or null when it is fine. */
    public static String whyIllegal(String name) {
        if (name.isEmpty()) return "a name cannot be empty";
        if (name.length() > 255) return "Excel names are at most 255 characters long";
        if (!LEGAL.matcher(name).matches()) return "Excel names start with a letter or '_' and contain only letters, digits, '_' and '.'";
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("TRUE") || upper.equals("FALSE")) return "'" + name + "' is a logical value in Excel";
        if (R1C1.matcher(name).matches()) {
            return "Excel reads '" + name + "' as an R1C1-style cell reference (R means row, C column)";
        }
        var a1 = A1.matcher(name);
        if (a1.matches() && columnNumber(a1.group(1)) <= MAX_COLUMN && Long.parseLong(clip(a1.group(2))) <= MAX_ROW
                && Long.parseLong(clip(a1.group(2))) >= 1) {
            return "Excel reads '" + name + "' as the cell reference " + upper;
        }
        return null;
    }

    private static String clip(String digits) {
        return digits.length() > 9 ? "9999999999" : digits;
    }

    private static int columnNumber(String letters) {
        int n = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) n = n * 26 + (c - 'A' + 1);
        return n;
    }
}
