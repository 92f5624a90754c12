package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.ExcelError;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated functions.js, run in GraalJS behind a small stand-in for Excel's CustomFunctions
 * object, must give the Java engine's result for every function of every sheet: the same Excel
 * error, or the same double, bit for bit (the sign of zero included), over many random inputs.
 * (One documented exception for values that went through a power: see {@link JavaScriptDifferential}.)
 */
class CustomFunctionsJavaScriptTest {
    private static final int SAMPLES_PER_SHEET = 400;
    /**
     * The distributions' inverses search by bisection, and every custom function runs its whole sheet,
     * which GraalJS's interpreter (no compiler on this JDK) takes minutes over at 400 rows; Chromium's
     * test runs the 400.
     */
    private static final int SAMPLES_OF_DISTRIBUTIONS = 40;

    /** Excel's CustomFunctions as far as functions.js uses it; an error carries its Excel text as its code. */
    private static final String SHIM = """
            var registered = {};
            var CustomFunctions = {
              ErrorCode: { divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", invalidValue: "#VALUE!", notAvailable: "#N/A",
                           invalidName: "#NAME?", invalidReference: "#REF!", nullReference: "#NULL!" },
              Error: function (code) { this.code = code; },
              associate: function (id, f) { registered[id] = f; }
            };
            """;

    private static Context js;
    private static Value driver;

    @BeforeAll
    static void loadFunctionsJs() {
        js = Context.newBuilder("js").allowHostAccess(HostAccess.EXPLICIT).option("engine.WarnInterpreterOnly", "false").build();
        js.eval("js", SHIM);
        js.eval(Source.create("js", CustomFunctions.of(ProjectFiles.allSheets()).javaScript()));
        driver = js.eval("js", JavaScriptDifferential.driver("registered"));
    }

    @AfterAll
    static void close() {
        js.close();
    }

    /** The sheets the add-in computes in JavaScript; those with text or arrays are computed by the server (ServerComputedFunctionsBrowserTest). */
    static Stream<Sheet> sheets() {
        return ProjectFiles.allSheets().stream().filter(s -> !s.hasGeneralValues());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void everyFunctionMatchesTheJavaEngineOnRandomInputs(Sheet sheet) throws Exception {
        JavaScriptDifferential.Comparison c = JavaScriptDifferential.compare(sheet, JavaScriptDifferential.randomInputs(sheet,
                sheet.name().equals("excel_rules_distributions") ? SAMPLES_OF_DISTRIBUTIONS : SAMPLES_PER_SHEET),
                (ids, lists) -> driver.execute(ids, lists).asString());
        System.out.println("GraalJS, " + c);
        assertEquals(List.of(), c.mismatches(), "JavaScript and Java disagree");
        assertTrue(c.numbers() > c.calls() / 4, "most results should be numbers, not errors: " + c.numbers() + " of " + c.calls());
    }

    @Test
    void theIssueExampleGivesFourPointTwoFourMillion() {
        Value f = js.eval("js", "registered['FINVEDEN.PARALLEL_TASKS']");
        assertEquals(4242640.687119286, f.execute(3e27).asDouble());
    }

    @ParameterizedTest(name = "{0}({1}, {2})")
    @org.junit.jupiter.params.provider.CsvSource({
            "ROUNDED, 2.675, 2", "ROUNDED, -2.5, 0", "ROUNDED, 0.5, 0", "ROUNDED, 1.005, 2", "ROUNDED, 1234567890123445, -1",
            "ROUNDED, 1234567890123455, -1", "ROUNDED, 0.285, 2", "ROUNDED, 1e-300, 301", "ROUNDED, 1.7976931348623157e308, -308",
            "ROUNDED, 123.456, -2.7", "ROUNDED_UP, 3.2, 0", "ROUNDED_UP, -3.2, 0", "ROUNDED_UP, 0.1, 20", "ROUNDED_DOWN, -3.7, 0",
            "ROUNDED_DOWN, 5e-324, 400", "ROUNDED, -0.0001, 2"})
    void roundingAgreesWithTheJavaEngineOnHardCases(String function, double number, double digits) {
        Sheet rules = ProjectFiles.allSheets().stream().filter(s -> s.name().equals("excel_rules")).findFirst().orElseThrow();
        double[] slots = rules.defaults();
        slots[rules.inputSlot("d")] = number;
        slots[rules.inputSlot("n")] = digits;
        rules.run(slots);
        double expected = slots[rules.quantity(function.toLowerCase(java.util.Locale.ROOT)).index()];
        Value got = js.eval("js", "(function (d, n) { try { var v = registered['EXCEL_RULES." + function + "'](null, null, null, d, n);"
                + " return Object.is(v, -0) ? '-0' : String(v); } catch (e) { return e.code; } })").execute(number, digits);
        String text = got.asString();
        if (Double.isNaN(expected)) assertEquals(ExcelError.of(expected).text, text);
        else assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(Double.parseDouble(text)), expected + " vs " + text);
    }

    @Test
    void errorsReachExcelAsItsErrorCodes() {
        Value f = js.eval("js", "registered['EXCEL_RULES.QUOTIENT']");
        Value error = js.eval("js", "(function (f) { try { f(1, 0); return 'no error'; } catch (e) { return e.code; } })").execute(f);
        assertEquals("#DIV/0!", error.asString());
    }

    @Test
    void omittedArgumentsTakeTheDefaultsAndExcelValuesAreConverted() {
        Value f = js.eval("js", "registered['EXCEL_RULES.SUM_XY']");
        assertEquals(5.0, f.execute().asDouble());
        assertEquals(13.0, js.eval("js", "registered['EXCEL_RULES.SUM_XY'](null, 11)").asDouble());
        assertEquals(4.0, js.eval("js", "registered['EXCEL_RULES.SUM_XY'](true, ' 3 ')").asDouble());
        assertEquals("#VALUE!", js.eval("js", "(function () { try { registered['EXCEL_RULES.SUM_XY']('two'); } catch (e) { return e.code; } })()").asString());
        assertTrue(js.eval("js", "registered['EXCEL_RULES.LT'](1, 2)").asBoolean());
    }

    @Test
    void everyOutputIsRegisteredUnderItsId() {
        for (Sheet sheet : ProjectFiles.allSheets()) {
            for (Quantity q : sheet.outputs()) {
                String id = CustomFunctions.functionId(sheet, q);
                assertEquals("function", js.eval("js", "typeof registered['" + id + "']").asString(), id);
            }
        }
    }
}
