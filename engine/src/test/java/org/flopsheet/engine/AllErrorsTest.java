package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.flopsheet.engine.dsl.CompileErrors;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file's errors come in one run, each with its line and column: the parser starts again at the next
 * statement, the compiler goes on past a broken definition, and what only follows from an error is not reported.
 */
class AllErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # source (\\n = new line)                                                  | the errors, as line:column
        x = 1 +\\ny = 2 *\\nz = 3                                                    | 1:8 2:8
        input a = 3 GB\\ninput b = 2 s\\nx = a + b\\ny = a * nothing                 | 3:7 4:9
        x = (1 +\\ny = 2 @\\nz = MAXX(1)                                             | 1:9 2:7 3:5
        broken = 1 +\\nuses_it = broken * 2\\nalso = uses_it + 1\\nother = missing   | 1:13 4:9
        input a = 3 GB\\nx = a + (1 s)\\ny = x * 2\\nz = y + (1 GB)                  | 2:7
        input s = 50 %, <= 100 %\\nscenarios s = 120 %\\ninput t = 1 s\\nu = t + (1 GB) | 2:15 4:7
        input s = 1 +\\nscenarios s = 2, 3\\nv = s * 2                               | 1:14
        x = 1\\nx = 2\\ny = 3 GB + 1 s                                               | 2:1 3:10
        """)
    void everyErrorOfTheFileIsReportedOnce(String source, String expected) {
        FlopError e = TestSheets.error(source.replace("\\n", "\n") + "\n");
        List<FlopError> all = e instanceof CompileErrors many ? many.errors() : List.of(e);
        assertEquals(expected, String.join(" ", all.stream().map(x -> x.line() + ":" + x.column()).toList()), e.getMessage());
        assertEquals(all.get(0).line(), e.line(), "the first error is the error's own place");
    }

    @Test
    void aBrokenTableIsSkippedToItsEndAndItsColumnsAreNotReportedAgain() {
        FlopError e = TestSheets.error("table gpus\n  name | peak TFLOP/s\n  \"A100\" 312\nend\nx = gpus_peak * 2\ny = zz\n");
        List<FlopError> all = assertInstanceOf(CompileErrors.class, e).errors();
        assertEquals("3:3 6:5", String.join(" ", all.stream().map(x -> x.line() + ":" + x.column()).toList()), e.getMessage());
    }

    @Test
    void theMessageShowsEachErrorWithItsLineAndCountsThem() {
        FlopError e = TestSheets.error("input a = 3 GB\ninput b = 2 s\nx = a + b\ny = a * nothing\n");
        String message = e.getMessage();
        assertTrue(message.startsWith("test.flop:3:7: cannot add GB (byte) and s\n 3 | x = a + b\n"), message);
        assertTrue(message.contains("\n\ntest.flop:4:9: 'nothing' is not defined\n 4 | y = a * nothing\n"), message);
        assertTrue(message.endsWith("\n\n2 errors"), message);
    }

    @Test
    void aFileFullOfErrorsStopsAtTheLimit() {
        StringBuilder source = new StringBuilder();
        for (int i = 1; i <= 30; i++) source.append("x").append(i).append(" = missing").append(i).append('\n');
        CompileErrors e = assertInstanceOf(CompileErrors.class, TestSheets.error(source.toString()));
        assertEquals(CompileErrors.LIMIT, e.errors().size());
        assertEquals(20, e.errors().get(19).line());
        assertTrue(e.getMessage().endsWith("20 errors (flopsheet stops at 20; fix these and run again for the rest)"), e.getMessage());
    }

    @Test
    void aSingleErrorReadsAsBefore() {
        FlopError e = TestSheets.error("x = 1 +\n");
        assertTrue(!(e instanceof CompileErrors), e.getClass().getName());
        assertTrue(e.getMessage().startsWith("test.flop:1:8: expected a number"), e.getMessage());
    }
}
