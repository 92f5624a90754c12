package org.flopsheet.engine.adopt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes an adopted model as .flop text, remembering which line holds which cell's quantity. */
final class ModelText {
    /** One quantity as written; {@code remark} is a comment line above it (a difference from the workbook), or null. */
    record Entry(CellRef cell, String name, boolean input, String expression, String label, String note, String comment,
                 String remark) {}

    record Written(String text, Map<Integer, CellRef> cellOfLine) {}

    private static final int ALIGN = 44;

    private final StringBuilder out = new StringBuilder();
    private final Map<Integer, CellRef> cellOfLine = new HashMap<>();
    private int line = 1;

    static Written write(String sheetName, String title, List<String> header, List<String> sheetNotes, List<Entry> entries,
                         List<String> scenarios, List<Adoption.Skipped> skipped) {
        ModelText w = new ModelText();
        for (String h : header) w.comment(h);
        w.line("sheet " + sheetName + " " + quoted(title));
        for (String n : sheetNotes) w.line("note " + quoted(n));
        String sheet = null;
        for (Entry e : entries) {
            if (!e.cell().sheet().equals(sheet)) {
                sheet = e.cell().sheet();
                w.line("");
                w.comment("sheet " + sheet);
            }
            if (e.remark() != null) w.comment(e.remark());
            StringBuilder d = new StringBuilder(e.input() ? "input " : "").append(e.name()).append(" = ").append(e.expression());
            if (e.label() != null) {
                while (d.length() < ALIGN) d.append(' ');
                d.append(' ').append(quoted(e.label()));
            }
            d.append("  # ").append(e.comment());
            w.cellOfLine.put(w.line, e.cell());
            w.line(d.toString());
            if (e.note() != null) w.line("note " + quoted(e.note()));
        }
        if (!scenarios.isEmpty()) w.line("");
        for (String s : scenarios) w.line(s);
        if (!skipped.isEmpty()) {
            w.line("");
            w.comment("Not adopted (" + skipped.size() + " cells), as they are in the workbook:");
            for (Adoption.Skipped s : skipped) w.comment(s.cell() + "  " + s.formula() + "  -- " + s.reason());
        }
        return new Written(w.out.toString(), w.cellOfLine);
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r\n", "\n").replace("\r", "\n")
                .replace("\n", "\\n") + "\"";
    }

    private void comment(String text) {
        line("# " + text.replaceAll("[\r\n]+", " "));
    }

    private void line(String text) {
        out.append(text).append('\n');
        line++;
    }
}
