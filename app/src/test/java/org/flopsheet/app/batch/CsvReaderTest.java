package org.flopsheet.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180 reading. In the table, \n and \r stand for line breaks; expected records are separated by | and fields by ;. */
class CsvReaderTest {

    static List<CsvRecord> read(String text) throws IOException {
        return read(new StringReader(text));
    }

    static List<CsvRecord> read(Reader in) throws IOException {
        CsvReader reader = new CsvReader(in);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r; (r = reader.next()) != null; ) records.add(r);
        return records;
    }

    static String shape(List<CsvRecord> records) {
        return String.join("|", records.stream().map(r -> String.join(";", r.fields())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
            a,b\\nc,d                      ~ a;b|c;d
            a,b\\nc,d\\n                   ~ a;b|c;d
            a,b\\r\\nc,d\\r\\n             ~ a;b|c;d
            a,b\\rc,d                      ~ a;b|c;d
            a,,b,\\n                       ~ a;;b;
            "a,b",c                        ~ a,b;c
            "say ""hi""\",x                 ~ say "hi";x
            "two\\nlines",x                ~ two\\nlines;x
            "crlf\\r\\ninside",x           ~ crlf\\r\\ninside;x
            "",x                           ~ ;x
            "abc"def,x                     ~ abcdef;x
            ab"c,x                         ~ ab"c;x
            ` a , b `                      ~ ` a ; b `
            a\\n\\nb                       ~ a||b
            \uFEFFname,x\\n1,2             ~ name;x|1;2
            """)
    void readsRecordsAsTheRfcSays(String input, String expected) throws IOException {
        assertEquals(unescape(expected), shape(read(unescape(input))));
    }

    private static String unescape(String s) { return s.replace("\\n", "\n").replace("\\r", "\r"); }

    @Test
    void anEmptyInputHasNoRecords() throws IOException {
        assertTrue(read("").isEmpty());
        assertTrue(read("\uFEFF").isEmpty());
        assertNull(new CsvReader(new StringReader("")).next());
    }

    @Test
    void aByteOrderMarkIsSkippedOnlyAtTheStart() throws IOException {
        assertEquals("a;\uFEFFb", shape(read("\uFEFFa,\uFEFFb")));
    }

    @Test
    void rowsCountRecordsAndLinesCountTheFilesLines() throws IOException {
        List<CsvRecord> records = read("h1,h2\n\"a\nb\",1\r\nx,2\n");
        assertEquals(List.of(1L, 2L, 3L), records.stream().map(CsvRecord::row).toList());
        assertEquals(List.of(1L, 2L, 4L), records.stream().map(CsvRecord::line).toList());
        assertEquals("row 3 (line 4 of the file)", records.get(2).where());
    }

    @Test
    void fieldsThatCrossTheReadBufferAreWhole() throws IOException {
        String longField = "x".repeat(200_000);
        String quoted = "q,\"\n".repeat(30_000);
        String text = "a," + longField + "\n\"" + quoted.replace("\"", "\"\"") + "\",end\n";
        List<CsvRecord> records = read(new ShortReads(text));
        assertEquals(2, records.size());
        assertEquals(longField, records.get(0).fields()[1]);
        assertEquals(Arrays.asList(quoted, "end"), Arrays.asList(records.get(1).fields()));
    }

    @Test
    void aQuoteThatIsNeverClosedIsAnErrorNamingTheLineWhereItOpened() {
        var e = assertThrows(CsvSyntaxError.class, () -> read("a,b\n1,2\n3,\"oops\n4,5\n"));
        assertTrue(e.getMessage().startsWith("line 3: a quoted field opened here is never closed"), e.getMessage());
    }

    @Test
    void theLastRecordNeedsNoLineBreak() throws IOException {
        assertEquals("a;b|c;\"d\"", shape(read("a,b\nc,\"\"\"d\"\"\"")));
    }

    /** A reader that often returns a single character, to put a buffer boundary everywhere. */
    private static final class ShortReads extends Reader {
        private final String text;
        private int pos;
        private int calls;

        ShortReads(String text) { this.text = text; }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos >= text.length()) return -1;
            int n = Math.min(++calls % 3 == 0 ? len : 1, text.length() - pos);
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
