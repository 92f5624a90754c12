package org.flopsheet.app.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.flopsheet.engine.eval.ExcelError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4180 writing: quoted only when needed, and every field reads back as it was. */
class CsvLineTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '~', textBlock = """
            plain         ~ plain
            a,b           ~ '"a,b"'
            'say "hi"'    ~ '"say ""hi""\"'
            ' padded '    ~ '" padded "'
            ''            ~ ''
            """)
    void quotesOnlyWhatNeedsIt(String field, String written) {
        StringBuilder out = new StringBuilder();
        new CsvLine(out).text(field == null ? "" : field).end();
        assertEquals((written == null ? "" : written) + "\r\n", out.toString());
    }

    @Test
    void everyFieldReadsBackAsItWas() throws IOException {
        String[] fields = {"a", "", "x,y", "\"", "line\nbreak", "cr\r\nlf", " lead", "trail ", "ünïcödé", "#DIV/0!"};
        StringBuilder out = new StringBuilder();
        CsvLine line = new CsvLine(out);
        for (String f : fields) line.text(f);
        line.end();
        CsvReader reader = new CsvReader(new StringReader(out.toString()));
        assertArrayEquals(fields, reader.next().fields());
    }

    @Test
    void errorsAreWrittenAsTheirExcelTextAndLogicalsAsTrueOrFalse() {
        StringBuilder out = new StringBuilder();
        new CsvLine(out).number(ExcelError.DIV0.asDouble()).number(ExcelError.NUM.asDouble()).logical(1).logical(0)
                .logical(ExcelError.VALUE.asDouble()).number(0.1).empty().end();
        assertEquals("#DIV/0!,#NUM!,TRUE,FALSE,#VALUE!,0.1,\r\n", out.toString());
    }
}
