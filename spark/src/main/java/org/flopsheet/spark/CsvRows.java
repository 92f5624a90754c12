package org.flopsheet.spark;

import java.util.List;

/** Cuts CSV text into its records: at each CRLF outside a quoted field, which is where the batch writer ends a row. */
final class CsvRows {
    private CsvRows() {}

    static void split(String text, List<String> records) {
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                records.add(text.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        if (start < text.length()) records.add(text.substring(start));
    }
}
