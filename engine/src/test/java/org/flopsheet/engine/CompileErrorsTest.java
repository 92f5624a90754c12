package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every compile error names the file, line and column, shows the line with a caret, and says what to do. */
class CompileErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # source (\\n = new line)                | line | column | message contains
        x = 1 +                                  | 1    | 8      | expected a number, text, a name, '{' or '(' but found the end of the line
        x = (1 + 2                               | 1    | 5      | the '(' is never closed
        x = (1 + 2\\ny = 3\\n                   | 1    | 5      | the '(' is never closed
        x = (1 + 2 3)                            | 1    | 12     | expected ')' to close the '(' at 1:5, found the number 3
        x = 1 2                                  | 1    | 7      | unexpected the number 2 at the end of the statement
        x = 3 $                                  | 1    | 7      | unexpected character '$'
        x = "text                                | 1    | 5      | unterminated string
        input a = 1\\nb = a *\\n                 | 2    | 8      | expected a number, text, a name, '{' or '('
        x 1                                      | 1    | 3      | expected '=' after 'x'
        x = 1_                                   | 1    | 5      | malformed number '1_'
        x = 1e999                                | 1    | 5      | too large
        x = sqrt(1                               | 1    | 5      | the '(' of sqrt is never closed
        input a = 1\\nx = MAX(a,\\n  a * 2\\n | 2    | 5      | the '(' of MAX is never closed
        input a = 1\\nx = LARGE(a, 2, 1)      | 2    | 14     | LARGE's array is one argument in Excel, and these values cannot be one
        input a = 1\\nx = LARGE(3, a * 2, 1)  | 2    | 14     | list quantities only (written as one range, (a, b, c)) or numbers only
        """)
    void syntaxErrors(String source, int line, int column, String message) {
        FlopError e = TestSheets.error(source.replace("\\n", "\n"));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void cycleNamesTheWholeLoop() {
        FlopError e = TestSheets.error("input x = 1\na = b + x\nb = cc * 2\ncc = a\n");
        assertTrue(e.getMessage().contains("circular definition: a -> b -> cc -> a"), e.getMessage());
        assertEquals(2, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void selfReferenceIsACycle() {
        FlopError e = TestSheets.error("a = a + 1\n");
        assertTrue(e.getMessage().contains("circular definition: a -> a"), e.getMessage());
    }

    @Test
    void undefinedNameSuggestsTheClosestOne() {
        FlopError e = TestSheets.error("input training_flop = 3e25\np = sqrt(traning_flop)\n");
        assertEquals(2, e.line());
        assertEquals(10, e.column());
        assertTrue(e.getMessage().contains("'traning_flop' is not defined"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'training_flop'?"), e.getMessage());
    }

    @Test
    void unknownFunctionSuggestsTheClosestOne() {
        FlopError e = TestSheets.error("x = sqr(4)\n");
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("unknown function 'sqr'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean SQRT?"), e.getMessage());
    }

    @Test
    void wrongNumberOfArguments() {
        FlopError e = TestSheets.error("x = SQRT(4, 2)\n");
        assertTrue(e.getMessage().contains("SQRT takes 1 argument, but 2 were given"), e.getMessage());
    }

    @Test
    void duplicateNamesPointAtTheRepeat() {
        FlopError e = TestSheets.error("input a = 1\nb = a\na = 2\n");
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("'a' is already defined at line 1"), e.getMessage());
    }

    @Test
    void namesDifferingOnlyInCaseAreDuplicatesAsInExcel() {
        FlopError e = TestSheets.error("input Total = 1\ntotal = 2\n");
        assertTrue(e.getMessage().contains("Excel names ignore case"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        c      | R1C1-style cell reference
        r      | R1C1-style cell reference
        C      | R1C1-style cell reference
        R2C3   | R1C1-style cell reference
        TRUE   | logical value
        x1     | the cell reference X1
        AB12   | the cell reference AB12
        XFD1048576 | the cell reference XFD1048576
        """)
    void illegalExcelNamesAreRejectedWithTheReason(String name, String reason) {
        FlopError e = TestSheets.error("input ok = 1\n" + name + " = ok\n");
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("cannot be a quantity name"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"XFE1", "x1y", "ABCD1", "p", "k", "rate", "row1_total", "_x"})
    void namesThatAreNotCellReferencesAreFine(String name) {
        TestSheets.compile(name + " = 1\n");
    }

    @Test
    void reportShowsFileLineCaretAndHint() {
        FlopError e = TestSheets.error("input a = 1\nb = a +* 2\n");
        String[] lines = e.getMessage().split("\n");
        assertEquals("test.flop:2:8: expected a number, text, a name, '{' or '(' but found '*'", lines[0]);
        assertEquals(" 2 | b = a +* 2", lines[1]);
        assertEquals("   |        ^", lines[2]);
        assertTrue(lines[3].startsWith("  hint: "), lines[3]);
    }

    @Test
    void deeplyNestedFormulasAreRefusedNotAStackOverflow() {
        FlopError e = TestSheets.error("x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n");
        assertTrue(e.getMessage().contains("the formula nests more than 256 levels deep"), e.getMessage());
        assertEquals("3", TestSheets.value("(".repeat(200) + "3" + ")".repeat(200)));
        FlopError signs = TestSheets.error("x = " + "-".repeat(100_000) + "1\n");
        assertTrue(signs.getMessage().contains("signs in a row"), signs.getMessage());
    }

    @Test
    void anInputsDefaultMustBeAValue() {
        FlopError e = TestSheets.error("input a = 1\ninput b = a * 2\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("an input's default must be a value"), e.getMessage());
    }

    @Test
    void scenarioMustSetAnInput() {
        FlopError e = TestSheets.error("input a = 1\nb = a * 2\nscenarios b = 1, 2\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("which is a formula, not an input"), e.getMessage());
    }
}
