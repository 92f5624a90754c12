package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short hostile texts end in a refusal that points at the spot, at once: never a hang or a crash. */
class HostileSourcesTest {
    /** Generous for a busy machine; a hang ran for minutes. */
    private static final Duration QUICKLY = Duration.ofSeconds(15);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # source (';' separates lines)                     | line | column | message contains
        input a = 2 s; x = a^1e-99999999                    | 2    | 7      | the exponent 1e-99999999 has too many digits
        input a = 2 s; x = a^1234567.5                      | 2    | 5      | is too large for a unit
        input a = 2 GB; x = a^100                           | 2    | 5      | the exponent 100 is too large for a unit
        x = 1 s^(1/0)                                       | 1    | 12     | the exponent's denominator is 0
        x = 1 GB^99999999                                   | 1    | 10     | the exponent 99999999 is too large for a unit
        x = 1 GB^999999999999                               | 1    | 10     | is not a whole number
        input a = 2 s; x = a^(1/0)                          | 2    | 8      | must be a constant number
        unit big = 1e300 s; input a = 1 big; x = a*a*a*a*a | 3    | 12     | the exact scale of this unit is beyond 10^1233
        unit tiny = 1e-300 s; unit b2 = tiny^64; x = 1 b2   | 2    | 15     | the exact scale of this unit is beyond 10^1233
        unit none = 0 s; input a = 1 s; x = a none          | 1    | 1      | the unit 'none' is defined as 0 times another
        unit none = 1e-400 s                                | 1    | 1      | the unit 'none' is defined as 0 times another
        """)
    void exponentsAreBoundedBeforeExactArithmetic(String source, int line, int column, String message) {
        FlopError e = assertTimeoutPreemptively(QUICKLY, () -> TestSheets.error(source.replace("; ", "\n") + "\n"));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0} terms")
    @CsvSource({"1000, ''", "20000, the formula is 20000 operations deep, more than the 1000 flopsheet accepts",
                "100000, the formula is 100000 operations deep"})
    void aLongFlatFormulaIsEvaluatedOrRefusedAtItsLine(int terms, String refusal) {
        String source = "input x = 1\nnote \"a long sum\"\ny = x" + " + x".repeat(terms - 1) + "\n";
        assertTimeoutPreemptively(QUICKLY, () -> {
            if (refusal.isEmpty()) {
                assertEquals(terms, TestSheets.compile(source).evaluate().number("y"));
            } else {
                FlopError e = TestSheets.error(source);
                assertEquals(3, e.line(), e.problem());
                assertEquals(5, e.column(), e.problem());
                assertTrue(e.problem().contains(refusal), e.problem());
            }
        });
    }

    @Test
    void deepNestingOfAnotherKindIsRefusedToo() {
        FlopError e = TestSheets.error("input x = 1\ny = " + "-".repeat(5000) + "x\n");
        assertEquals(2, e.line());
        FlopError powers = TestSheets.error("input x = 1\ny = x" + "^x".repeat(5000) + "\n");
        assertEquals(2, powers.line());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # typed value     | message contains
        1 s^(1/0)         | the exponent's denominator is 0
        2^1e-99999999 s   | bad value
        1e-99999999 s^2   | bad value
        x + 1             | is not a number
        SQRTT(4)          | unknown function 'SQRTT' (did you mean SQRT?)
        SQRT()            | SQRT takes 1 argument, but 0 were given
        """)
    void aTypedValueIsRefusedLikeASourceLine(String typed, String message) {
        Sheet sheet = TestSheets.compile("input t = 1 s\nu = t * 2\n");
        IllegalArgumentException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(IllegalArgumentException.class, () -> InputValues.parse(sheet, "t", typed)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithTheBadBytesPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.flop");
        byte[] text = "input x = 1\ny = x * 2 \"caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, text);
        FlopError e = assertThrows(FlopError.class, () -> Compiler.compile(file));
        assertEquals(file.toString(), e.file().name());
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(15, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":2:15: the file is not UTF-8: byte 26 (0xE9)"), e.getMessage());
    }
}
