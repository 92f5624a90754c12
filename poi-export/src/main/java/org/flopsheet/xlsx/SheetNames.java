package org.flopsheet.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Legal, unique worksheet names: at most 31 characters, none of {@code []:*?/\}, no leading or trailing apostrophe. */
final class SheetNames {
    private static final int MAX = 31;
    private final Set<String> taken = new HashSet<>();

    /** {@code wanted} made legal and unique within this workbook (Excel compares sheet names ignoring case). */
    String claim(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("^'+|'+$", "");
        if (base.isBlank()) base = "Sheet";
        String name = clip(base, MAX);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = clip(base, MAX - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Cut to {@code max} characters, ending in an ellipsis when cut, so that no cut name reads as a whole one. */
    private static String clip(String s, int max) {
        return s.length() <= max ? s.strip() : s.substring(0, max - 1).strip() + "\u2026";
    }
}
