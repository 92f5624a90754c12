package org.flopsheet.app.batch;

import org.flopsheet.engine.eval.ExcelError;

/**
 * Appends RFC 4180 records to a StringBuilder: a field is quoted only when it holds a comma, a quote,
 * a line break or leading/trailing spaces; records end with CRLF. Numbers are written in their
 * shortest form that reads back to the identical double.
 */
final class CsvLine {
    static final String END = "\r\n";

    private final StringBuilder out;
    private boolean first = true;

    CsvLine(StringBuilder out) { this.out = out; }

    CsvLine text(String field) {
        separate();
        if (needsQuotes(field)) {
            out.append('"');
            for (int i = 0; i < field.length(); i++) {
                char c = field.charAt(i);
                if (c == '"') out.append('"');
                out.append(c);
            }
            out.append('"');
        } else {
            out.append(field);
        }
        return this;
    }

    /** A result: a number, or the Excel error a NaN-boxed double stands for (#DIV/0!, #NUM!). */
    CsvLine number(double value) {
        separate();
        if (Double.isNaN(value)) out.append(ExcelError.of(value).text);
        else ShortestNumber.append(out, value);
        return this;
    }

    CsvLine logical(double value) {
        separate();
        if (Double.isNaN(value)) out.append(ExcelError.of(value).text);
        else out.append(value != 0 ? "TRUE" : "FALSE");
        return this;
    }

    CsvLine empty() {
        separate();
        return this;
    }

    void end() {
        out.append(END);
        first = true;
    }

    private void separate() {
        if (!first) out.append(',');
        first = false;
    }

    private static boolean needsQuotes(String field) {
        int n = field.length();
        if (n == 0) return false;
        if (field.charAt(0) == ' ' || field.charAt(n - 1) == ' ') return true;
        for (int i = 0; i < n; i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }
}
