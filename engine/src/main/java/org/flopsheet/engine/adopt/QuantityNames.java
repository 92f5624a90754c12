package org.flopsheet.engine.adopt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flopsheet.engine.compile.ExcelNames;

/**
 * Short, unique names that are legal both in a .flop file and as Excel defined names, made from a
 * workbook's defined names, from labels ({@code Number of tasks in parallel} becomes
 * {@code tasks_parallel}) or from a cell's sheet and address ({@code sheet1_b7}).
 */
final class QuantityNames {
    /** Words that say little in a name: left out of names made from labels. */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "per",
            "and", "or", "with", "from", "into", "how", "many", "much", "what", "which", "is", "are", "be", "number", "amount");
    private static final Set<String> RESERVED = Set.of("sheet", "note", "input", "scenarios", "scenario", "unit");
    private static final int MAX_WORDS = 3;

    private final Set<String> taken = new HashSet<>();

    /** A name made from a label, or null when the label has no usable word. */
    static String fromLabel(String label) {
        String plain = label.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !FILLER.contains(w) && words.size() < MAX_WORDS) words.add(w);
        }
        return words.isEmpty() ? null : String.join("_", words);
    }

    /** A name made from a sheet and an address: {@code sheet1_b7}. */
    static String fromCell(CellRef cell) {
        return (cleaned(cell.sheet()) + "_" + cell.address()).toLowerCase(Locale.ROOT);
    }

    /** {@code wanted} made legal and unique (Excel compares names ignoring case), and claimed. */
    String claim(String wanted) {
        String base = cleaned(wanted);
        if (ExcelNames.whyIllegal(base) != null || RESERVED.contains(base)) base = base + "_";
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) name = base + "_" + n;
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** Letters, digits and '_' only, starting with a letter. */
    private static String cleaned(String text) {
        String s = text.replaceAll("[^\\p{L}\\p{N}_]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) s = "q_" + s;
        return s.replaceAll("_$", "");
    }
}
