package org.flopsheet.engine.compile;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelled names. */
public final class Suggestions {
    private Suggestions() {}

    /** The candidate closest to {@code name}, if it is close enough to be a likely typo; else null. */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /**
     * The name that {@code written} (a CSV column header, say) most likely misspells: the same up to
     * case and the separators {@code _}, {@code -} and space ({@code Training Flop}), or one edit away
     * ({@code utilisation}; two for names of 8 or more characters). Short names need an exact match
     * besides the separators, since {@code id} is one edit from {@code h} without being a typo of it.
     * Null when none is that close.
     */
    public static String misspelled(String written, Collection<String> names) {
        String w = withoutSeparators(written);
        if (w.isEmpty()) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            String n = withoutSeparators(name);
            int d = distance(w, n);
            int allowed = Math.min(w.length(), n.length()) >= 8 ? 2 : Math.min(w.length(), n.length()) >= 4 ? 1 : 0;
            if (d <= allowed && d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return best;
    }

    private static String withoutSeparators(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\s-]+", "");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
