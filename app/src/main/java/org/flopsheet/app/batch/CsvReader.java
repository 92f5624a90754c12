package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: fields separated by commas, quoted fields may hold commas, doubled quotes and
 * line breaks; records end with CRLF, LF or CR; a UTF-8 byte order mark before the first record is
 * skipped. Lenient where the RFC is silent: a quote inside an unquoted field is an ordinary character.
 * The last line needs no line break. A blank line is a record with one empty field.
 */
final class CsvReader {
    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean started;
    private long line = 1;
    private long row;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();

    CsvReader(Reader in) { this.in = in; }

    /** A reader of UTF-8 bytes that stops at bytes that are not UTF-8, rather than silently replacing them. */
    static CsvReader utf8(java.io.InputStream in) {
        return new CsvReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException {
        if (!started) {
            started = true;
            if (fill() && buf[pos] == BOM) pos++;
        }
        if (pos >= len && !fill()) return null;
        long startLine = line;
        fields.clear();
        while (true) {
            int end = readField();
            if (end != ',') break;
        }
        return new CsvRecord(++row, startLine, fields.toArray(String[]::new));
    }

    /** Reads one field into {@link #fields}; returns what ended it: ',', '\n' (any line break) or -1. */
    private int readField() throws IOException {
        if (pos >= len && !fill()) {
            fields.add("");
            return -1;
        }
        if (buf[pos] == '"') return readQuotedField();
        int start = pos;
        while (pos < len) {
            char c = buf[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                fields.add(new String(buf, start, pos - start));
                return endOfField();
            }
            pos++;
        }
        field.setLength(0);
        field.append(buf, start, pos - start);
        return readRestOfField();
    }

    /** The slow path: an unquoted field that crosses the end of the buffer, or text after a closing quote. */
    private int readRestOfField() throws IOException {
        while (pos < len || fill()) {
            char c = buf[pos];
            if (c == ',' || c == '\n' || c == '\r') {
                fields.add(field.toString());
                return endOfField();
            }
            field.append(c);
            pos++;
        }
        fields.add(field.toString());
        return -1;
    }

    private int readQuotedField() throws IOException {
        long openedOn = line;
        pos++;
        field.setLength(0);
        while (true) {
            if (pos >= len && !fill()) {
                throw new CsvSyntaxError("line " + openedOn + ": a quoted field opened here is never closed"
                        + " (a field that starts with \" must end with \"; write a quote inside it as \"\")");
            }
            char c = buf[pos++];
            if (c == '"') {
                if (pos >= len && !fill()) break;
                if (buf[pos] != '"') break;
                pos++;
            } else if (c == '\n' || (c == '\r' && !followedByNewline())) {
                line++;
            }
            field.append(c);
        }
        return readRestOfField();
    }

    private boolean followedByNewline() throws IOException {
        return (pos < len || fill()) && buf[pos] == '\n';
    }

    /** Consumes the separator at {@code pos} and says what it was. */
    private int endOfField() throws IOException {
        char c = buf[pos++];
        if (c == ',') return ',';
        if (c == '\r' && followedByNewline()) pos++;
        line++;
        return '\n';
    }

    /** Refills the buffer once it is used up; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pos < len) return true;
        int n;
        try {
            do n = in.read(buf, 0, buf.length); while (n == 0);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CsvSyntaxError("the file is not UTF-8 text (bytes that are not UTF-8 at or after line " + line + ");"
                    + " save it as UTF-8, e.g. Excel's \"CSV UTF-8\", and run again");
        }
        if (n < 0) return false;
        pos = 0;
        len = n;
        return true;
    }
}
