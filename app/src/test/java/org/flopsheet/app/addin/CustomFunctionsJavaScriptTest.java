package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.ValueType;
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
 * One documented exception: GraalJS's Math.pow is not Java's (they differ in the last bit on some
 * arguments, as any two libms may), so a value that went through ^ or POWER may differ by
 * {@link #POWER_RELATIVE} relatively: one ulp, amplified at most |ln(result)| <= 745 times when a
 * power feeds another power's exponent (x^y^n).
 */
class CustomFunctionsJavaScriptTest {
    private static final int SAMPLES_PER_SHEET = 400;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final double POWER_RELATIVE = 1e-12;

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

    /**
     * Calls each function on each argument list and answers in JSON: a number as its exact text
     * ("-0" for negative zero, which JSON.stringify would lose), an error as {"error": text}.
     */
    private static final String DRIVER = """
            (function (ids, argumentLists) {
              var ids = JSON.parse(ids), lists = JSON.parse(argumentLists), out = [];
              for (var i = 0; i < lists.length; i++) {
                var row = [];
                for (var j = 0; j < ids.length; j++) {
                  try {
                    var v = registered[ids[j]].apply(null, lists[i]);
                    row.push(typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : v);
                  } catch (e) {
                    if (!(e instanceof CustomFunctions.Error)) throw e;
                    row.push({ error: e.code });
                  }
                }
                out.push(row);
              }
              return JSON.stringify(out);
            })
            """;

    private static Context js;
    private static Value driver;

    @BeforeAll
    static void loadFunctionsJs() {
        js = Context.newBuilder("js").allowHostAccess(HostAccess.EXPLICIT).option("engine.WarnInterpreterOnly", "false").build();
        js.eval("js", SHIM);
        js.eval(Source.create("js", CustomFunctions.of(ProjectFiles.allSheets()).javaScript()));
        driver = js.eval("js", DRIVER);
    }

    @AfterAll
    static void close() {
        js.close();
    }

    static Stream<Sheet> sheets() {
        return ProjectFiles.allSheets().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void everyFunctionMatchesTheJavaEngineOnRandomInputs(Sheet sheet) throws Exception {
        Random random = new Random(20261123L ^ sheet.name().hashCode());
        List<double[]> inputs = new ArrayList<>();
        for (int i = 0; i < SAMPLES_PER_SHEET; i++) inputs.add(randomInputs(sheet, random, i));
        Comparison c = compare(sheet, inputs);
        System.out.printf("%s: %d calls: %d numbers bit-identical, %d through a power differ (at most %d ulp, %.2g relative), %d errors identical%n",
                sheet.name(), c.calls, c.numbers - c.close, c.close, c.maxUlps, c.maxRelative, c.errors);
        assertEquals(List.of(), c.mismatches, "JavaScript and Java disagree");
        assertTrue(c.numbers > c.calls / 4, "most results should be numbers, not errors: " + c.numbers + " of " + c.calls);
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

    private record Comparison(int calls, int numbers, int close, long maxUlps, double maxRelative, int errors, List<String> mismatches) {}

    /** How many doubles lie between a and b (0 when they are the same double; -0 and 0 differ). */
    static long ulps(double a, double b) {
        long x = Double.doubleToRawLongBits(a), y = Double.doubleToRawLongBits(b);
        if ((x < 0) != (y < 0)) return Long.MAX_VALUE;
        return Math.abs(x - y);
    }

    private static Comparison compare(Sheet sheet, List<double[]> inputRows) throws Exception {
        List<Quantity> outputs = sheet.outputs();
        ArrayNode ids = JSON.createArrayNode();
        outputs.forEach(q -> ids.add(CustomFunctions.functionId(sheet, q)));
        ArrayNode lists = JSON.createArrayNode();
        for (double[] row : inputRows) {
            ArrayNode args = lists.addArray();
            for (Quantity in : sheet.inputs()) {
                double v = row[in.index()];
                if (Double.isNaN(v)) args.addNull();
                else if (in.type() == ValueType.BOOLEAN) args.add(v != 0);
                else args.add(v);
            }
        }
        JsonNode answers = JSON.readTree(driver.execute(JSON.writeValueAsString(ids), JSON.writeValueAsString(lists)).asString());
        int numbers = 0, close = 0, errors = 0;
        long maxUlps = 0;
        double maxRelative = 0;
        List<String> mismatches = new ArrayList<>();
        double[] defaults = sheet.defaults();
        for (int i = 0; i < inputRows.size(); i++) {
            double[] slots = inputRows.get(i).clone();
            for (Quantity in : sheet.inputs()) if (Double.isNaN(slots[in.index()])) slots[in.index()] = defaults[in.index()];
            sheet.run(slots);
            for (int j = 0; j < outputs.size(); j++) {
                Quantity q = outputs.get(j);
                double expected = slots[q.index()];
                JsonNode got = answers.get(i).get(j);
                String problem = null;
                if (Double.isNaN(expected)) {
                    String error = ExcelError.of(expected).text;
                    if (got.isObject() && got.get("error").asText().equals(error)) errors++;
                    else problem = "expected " + error + ", got " + got;
                } else if (q.type() == ValueType.BOOLEAN) {
                    if (got.isBoolean() && got.booleanValue() == (expected != 0)) numbers++;
                    else problem = "expected " + (expected != 0) + ", got " + got;
                } else if (got.isTextual() && ulps(Double.parseDouble(got.asText()), expected) == 0) {
                    numbers++;
                } else if (got.isTextual() && usesPower(sheet, q)
                        && Math.abs(Double.parseDouble(got.asText()) - expected) <= POWER_RELATIVE * Math.abs(expected)) {
                    double value = Double.parseDouble(got.asText());
                    numbers++;
                    close++;
                    maxUlps = Math.max(maxUlps, ulps(value, expected));
                    maxRelative = Math.max(maxRelative, Math.abs(value - expected) / Math.abs(expected));
                } else {
                    problem = "expected " + expected + ", got " + got;
                }
                if (problem != null && mismatches.size() < 20) {
                    mismatches.add(CustomFunctions.functionId(sheet, q) + describe(sheet, inputRows.get(i)) + ": " + problem);
                }
            }
        }
        return new Comparison(inputRows.size() * outputs.size(), numbers, close, maxUlps, maxRelative, errors, mismatches);
    }

    /** Whether q's value went through ^ or POWER, in its own formula or in one it depends on. */
    private static boolean usesPower(Sheet sheet, Quantity q) {
        if (usesPower(q.formula())) return true;
        for (int d : q.dependsOn()) if (usesPower(sheet, sheet.quantities().get(d))) return true;
        return false;
    }

    private static boolean usesPower(Expr e) {
        return switch (e) {
            case Expr.Binary b -> b.op() == Expr.BinaryOp.POW || usesPower(b.left()) || usesPower(b.right());
            case Expr.Call c -> c.name().equalsIgnoreCase("POWER") || c.args().stream().anyMatch(CustomFunctionsJavaScriptTest::usesPower);
            case Expr.Unary u -> usesPower(u.operand());
            case Expr.Convert c -> usesPower(c.inner());
            case Expr.Num n -> false;
            case Expr.Bool b -> false;
            case Expr.Ref r -> false;
        };
    }

    private static String describe(Sheet sheet, double[] row) {
        StringBuilder s = new StringBuilder("(");
        for (Quantity in : sheet.inputs()) s.append(s.length() > 1 ? ", " : "").append(Double.isNaN(row[in.index()]) ? "omitted" : row[in.index()]);
        return s.append(")").toString();
    }

    /**
     * Inputs around the defaults and at the edges where Excel's rules bite: zero, negatives,
     * integers and halves (ROUND, MOD, POWER of negatives), short decimals (ROUND's 15 digits),
     * huge and tiny magnitudes (overflow), and omitted arguments (NaN here, null in JavaScript).
     * Every other sample stays with positive values near the defaults, where models live.
     */
    private static double[] randomInputs(Sheet sheet, Random random, int sample) {
        double[] row = sheet.defaults();
        if (sample == 0) return row;
        for (Quantity in : sheet.inputs()) {
            double base = row[in.index()] == 0 ? 1 : row[in.index()];
            row[in.index()] = in.type() == ValueType.BOOLEAN ? random.nextInt(2) : switch (sample % 2 == 0 ? 7 + random.nextInt(3) : random.nextInt(10)) {
                case 0 -> Double.NaN;
                case 1 -> 0;
                case 2 -> random.nextInt(9) - 3;
                case 3 -> random.nextInt(9) - 3 + 0.5;
                case 4 -> (random.nextInt(20001) - 10000) / 1000.0;
                case 5 -> Math.min(Double.MAX_VALUE, Math.abs(base) * Math.pow(10, 600 * random.nextDouble() - 300));
                case 6 -> -base * Math.pow(10, 6 * random.nextDouble() - 3);
                case 7 -> Double.NaN;
                default -> Math.abs(base) * Math.pow(10, 6 * random.nextDouble() - 3);
            };
        }
        return row;
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
