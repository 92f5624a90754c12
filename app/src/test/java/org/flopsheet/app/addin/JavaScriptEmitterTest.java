package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a formula becomes in functions.js: every operator a call to an Excel-rules helper. */
class JavaScriptEmitterTest {

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a + b * 2          | add(s[0], mul(s[1], 2))
            -a ^ 2             | neg(power(s[0], 2))
            a ^ b ^ 2          | power(s[0], power(s[1], 2))
            (a - b) / 3        | div(sub(s[0], s[1]), 3)
            a >= b             | ge(s[0], s[1])
            SQRT(a) + min(a, b) | add(fn["SQRT"](s[0]), fn["MIN"](s[0], s[1]))
            IF(a > b, a, 0.1)  | fn["IF"](gt(s[0], s[1]), s[0], 0.1)
            IF(a > b, a)       | fn["IF"](gt(s[0], s[1]), s[0])
            LOG(a)             | fn["LOG"](s[0], 10)
            ISNUMBER(a > b)    | fn["ISNUMBER"](gt(s[0], s[1]), 1)
            ISNUMBER(a)        | fn["ISNUMBER"](s[0], 0)
            2.5e30 * a         | mul(2.5E30, s[0])
            PI()               | fn["PI"]()
            """)
    void formulas(String formula, String javaScript) {
        Sheet sheet = Compiler.compile(SourceFile.of("t.flop", "input a = 1\ninput b = 2\nout = " + formula + "\n"));
        assertEquals(javaScript, new JavaScriptEmitter(n -> sheet.quantity(n).index(), n -> sheet.quantity(n).type()).emit(sheet.quantity("out").formula()));
    }

    @ParameterizedTest(name = "{0}  ->  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a + b        | addFinal(s[0], s[1])
            a - b * 2    | subFinal(s[0], mul(s[1], 2))
            (a - b) * 2  | mul(sub(s[0], s[1]), 2)
            """)
    void aFormulasLastSumIsExcelsFinalSum(String formula, String javaScript) {
        Sheet sheet = Compiler.compile(SourceFile.of("t.flop", "input a = 1\ninput b = 2\nout = " + formula + "\n"));
        assertEquals(javaScript, new JavaScriptEmitter(n -> sheet.quantity(n).index(), n -> sheet.quantity(n).type())
                .emitFormula(sheet.quantity("out").formula()));
    }

    @ParameterizedTest(name = "{0} month in s")
    @CsvSource({"4, 'convert(s[0], 2629800, 1)'"})
    void unitConversionsMultiplyByTheExactFactor(String value, String javaScript) {
        Sheet sheet = Compiler.compile(SourceFile.of("t.flop", "input t = " + value + " month\nout = t s\n"));
        assertEquals(javaScript, new JavaScriptEmitter(n -> sheet.quantity(n).index(), n -> sheet.quantity(n).type()).emit(sheet.quantity("out").formula()));
    }
}
