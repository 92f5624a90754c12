package org.flopsheet.engine.excel;

import java.util.regex.Pattern;

/** An A1-style cell address (1-based column and row), '$' anchors ignored. */
public record CellAddress(int column, int row) {
    private static final Pattern A1 = Pattern.compile("\\$?([A-Za-z]{1,3})\\$?([1-9][0-9]{0,6})");

    /** The address {@code text} denotes, or null when it is not an A1 reference within Excel's grid. */
    public static CellAddress parse(String text) {
        var m = A1.matcher(text);
        if (!m.matches()) return null;
        int column = 0;
        for (char c : m.group(1).toUpperCase().toCharArray()) column = column * 26 + (c - 'A' + 1);
        int row = Integer.parseInt(m.group(2));
        return column <= 16_384 && row <= 1_048_576 ? new CellAddress(column, row) : null;
    }

    public static String columnName(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) s.insert(0, (char) ('A' + (c - 1) % 26));
        return s.toString();
    }

    @Override
    public String toString() { return columnName(column) + row; }
}
