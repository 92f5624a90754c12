package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units are dimensions checked at compile time; conversions are exact and explicit. */
class UnitsTest {
    private static final String QUANTITIES = """
            input flop = 3e25 FLOP
            input seconds = 1e7 s
            input n = 7e9 param
            input d = 140e9 token
            input mem = 48 GB
            input ratio = 2
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # formula (line 7)         | column | message
        x = flop + seconds         | 10     | cannot add FLOP and s
        x = flop - seconds         | 10     | cannot subtract s from FLOP
        x = flop > seconds         | 10     | cannot compare FLOP and s
        x = n + d                  | 7      | cannot add param and token
        x = flop / n + d           | 14     | cannot add FLOP/param and token
        x = flop + 5               | 10     | cannot add FLOP and a plain number
        x = MAX(flop, seconds)     | 15     | cannot combine FLOP and s
        x = IF(ratio > 1, flop, n) | 25     | cannot choose between FLOP and param
        x = LN(flop)               | 8      | the argument of LN must be dimensionless, but it is in FLOP
        x = EXP(seconds / 2)       | 9      | the argument of EXP must be dimensionless, but it is in s
        x = flop ^ ratio           | 12     | must be a constant number
        x = ratio ^ seconds        | 13     | an exponent must be dimensionless, but it is in s
        x = flop / seconds FLOP    | 20     | 'x' is declared in FLOP (FLOP) but its formula gives FLOP/s
        x = n * d param            | 11     | 'x' is declared in param (param) but its formula gives param*token
        x = mem flops              | 9      | 'flops' is not a unit
        x = mem flop               | 9      | unknown unit 'flop'
        """)
    void unitMistakesAreCompileErrorsAtTheOperator(String formula, int column, String message) {
        FlopError e = TestSheets.error(QUANTITIES + formula + "\n");
        assertEquals(7, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        x = a^2 TFLOP/s          | 7 | is TFLOP/s the unit of the number 2, or of x?
        x = a * 2 GB             | 9 | is GB the unit of the number 2, or of x?
        x = a + 50 ms            | 9 | is ms the unit of the number 50, or of x?
        """)
    void aUnitAfterTheLastNumberMustSayWhomItBelongsTo(String formula, int column, String message) {
        FlopError e = TestSheets.error("input a = 3\n" + formula + "\n");
        assertEquals(2, e.line());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("if it belongs to the number"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        x = (a^2) TFLOP/s        | TFLOP/s
        x = a * (2 GB)           | GB
        x = 2 * 4 GB             | GB
        x = a * 2 GB/s GB/s      | GB/s
        """)
    void parenthesesOrADeclaredUnitSettleIt(String formula, String unit) {
        assertEquals(unit, TestSheets.compile("input a = 3 " + (formula.contains("(a^2)") ? "TFLOP^(1/2)/s^(1/2)" : "") + "\n" + formula + "\n")
                .quantity("x").unitText());
    }

    @Test
    void mismatchMessageShowsBothSidesUnits() {
        FlopError e = TestSheets.error(QUANTITIES + "x = flop + seconds\n");
        assertTrue(e.getMessage().startsWith("test.flop:7:10: cannot add FLOP and s"), e.getMessage());
        assertTrue(e.getMessage().contains("the left side is in FLOP, the right side in s"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # value | unit in    | unit out  | value out
        4       | month      | s         | 10519200
        1       | year       | day       | 365.25
        12      | month      | year      | 1
        1       | week       | day       | 7
        3600    | s          | h         | 1
        1       | h          | min       | 60
        1       | ms         | s         | 0.001
        48      | GB         | byte      | 48000000000
        1       | GiB        | byte      | 1073741824
        1       | KiB        | bit       | 8192
        1.5     | kB         | B         | 1500
        273     | GB/s       | byte/s    | 273000000000
        312     | TFLOP/s    | FLOP/s    | 312000000000000
        1       | PFLOP/s*day | FLOP     | 86400000000000000000
        2       | Mtoken     | token     | 2000000
        7       | Gparam     | param     | 7000000000
        1       | FLOP/(param*token) | MFLOP/(Mparam*token) | 1
        50      | %          | %         | 0.5
        """)
    void conversionsAreExact(String value, String unitIn, String unitOut, String expected) {
        Sheet sheet = TestSheets.compile("input x = " + value + " " + unitIn + "\ny = x " + unitOut + "\n");
        assertEquals(Double.parseDouble(expected), sheet.evaluate().number("y"));
        assertEquals(unitOut, sheet.quantity("y").unitText());
    }

    @Test
    void aConversionIsAnExplicitMultiplicationInTheFormula() {
        Sheet sheet = TestSheets.compile("""
                input flop = 3e25 FLOP
                input duration = 4 month
                input runtime = 7.07e11 FLOP/token
                tokens_per_s = flop / duration / runtime token/s
                """);
        Expr.Convert c = assertInstanceOf(Expr.Convert.class, sheet.quantity("tokens_per_s").formula());
        assertEquals(1, c.numerator());
        assertEquals(2629800, c.denominator());
        assertEquals(3e25 / 4 / 7.07e11 / 2629800, sheet.evaluate().number("tokens_per_s"));
    }

    @Test
    void sameDimensionDifferentScalesAreConvertedBeforeAdding() {
        Sheet sheet = TestSheets.compile("input a = 1 GB\ninput b = 500 MB\ntotal = a + b\n");
        assertEquals(1.5, sheet.evaluate().number("total"));
        assertEquals("GB", sheet.quantity("total").unitText());
    }

    @Test
    void percentIsAPlainNumberInsideDimensionlessFunctions() {
        Sheet sheet = TestSheets.compile("input u = 50 %\nx = LN(u)\ny = 1 + u\n");
        assertEquals(Math.log(0.5), sheet.evaluate().number("x"));
        assertEquals(1.5, sheet.evaluate().number("y"));
    }

    @Test
    void squareRootHalvesExponents() {
        Sheet sheet = TestSheets.compile("""
                input training_flop = 3e25 FLOP
                input k = 1.5 FLOP/(param*token)
                input m = 20 token/param
                p = sqrt(training_flop / (3*k*m))
                """);
        assertEquals("param", sheet.quantity("p").unitText());
    }

    @Test
    void aRootOfAScaledUnitIsTakenInBaseUnits() {
        Sheet sheet = TestSheets.compile("input mem = 48 GB\ninput t = 4 day\nroot = SQRT(mem)\ncube = t^(1/3)\nback = (root^2) GB\n");
        assertEquals(Math.sqrt(48e9), sheet.evaluate().number("root"));
        assertEquals("byte^(1/2)", sheet.quantity("root").unitText());
        assertEquals(Math.pow(4 * 86400.0, 1.0 / 3), sheet.evaluate().number("cube"), 1e-9);
        assertEquals(48, sheet.evaluate().number("back"), 1e-9);
    }

    @Test
    void declaredUnitsExtendTheSystem() {
        Sheet sheet = TestSheets.compile("""
                unit GPU
                unit GPU_hour = 3600 s*GPU
                input gpus = 8 GPU
                input time = 2 h
                usage = gpus * time GPU_hour
                price = 2 dollar/GPU_hour * usage dollar
                """);
        assertEquals(16, sheet.evaluate().number("usage"));
        assertEquals(32, sheet.evaluate().number("price"));
    }

    @Test
    void aBareZeroFitsAnyUnit() {
        Sheet sheet = TestSheets.compile("input t = 5 s\nok = t > 0\n");
        assertEquals("TRUE", sheet.evaluate().value("ok").text());
    }

    @Test
    void aPlainDefaultTakesTheDeclaredUnit() {
        Sheet sheet = TestSheets.compile("input mem = (48) GB\nbytes = mem byte\n");
        assertEquals(48e9, sheet.evaluate().number("bytes"));
    }

    @Test
    void valuesTypedByAPersonAreConvertedIntoTheInputsUnit() {
        Sheet sheet = TestSheets.compile("input duration = 1e7 s\n");
        assertEquals(10519200, InputValues.parse(sheet, "duration", "4 month"));
        assertEquals(3600, InputValues.parse(sheet, "duration", "1h"));
        assertEquals(42, InputValues.parse(sheet, "duration", "42"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> InputValues.parse(sheet, "duration", "4 GB"));
        assertTrue(e.getMessage().contains("is in GB (byte) but 'duration' is in s"), e.getMessage());
    }

    @Test
    void scenarioValuesMayCarryUnits() {
        Sheet sheet = TestSheets.compile("input duration = 1e7 s\nx = duration * 2\nscenario \"long\" duration = 6 month\n");
        assertEquals(Map.of("duration", 6 * 2629800.0), sheet.scenario("long").inputs());
    }
}
