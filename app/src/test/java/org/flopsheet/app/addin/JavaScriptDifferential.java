package org.flopsheet.app.addin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.eval.functions.FunctionLibrary;

/**
 * The generated custom functions against the Java engine, in any JavaScript engine: the same Excel
 * error, or the same double, bit for bit (the sign of zero included). One documented exception:
 * a JavaScript engine's Math.pow, Math.exp, Math.log and Math.log10 are not Java's (GraalJS's pow
 * and V8's log10 differ from Java's in the last bit on some arguments, as any two libms may), so a
 * value that went through ^ or a function declared {@code libm()} (EXP, LN, SIN, NORM.DIST ...) may differ by {@link #LIBM_RELATIVE}
 * relatively: one ulp, amplified at most |ln(result)| <= 745 times when such a value is an
 * exponent (x^y^n). Arithmetic, SQRT, ROUND, comparisons and errors have no such excuse.
 */
public final class JavaScriptDifferential {
    static final double LIBM_RELATIVE = 1e-12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JavaScriptDifferential() {}

    /**
     * A JavaScript function (ids, argumentLists) -> JSON text that calls each function of the
     * registry object {@code registry} on each argument list: a number as its exact text ("-0" for
     * negative zero, which JSON.stringify would lose), a logical value as itself, an error as
     * {"error": text}, whether thrown as Excel's CustomFunctions.Error or returned as text (no Excel).
     */
    public static String driver(String registry) {
        return """
                (function (ids, argumentLists) {
                  var functions = %s, ids = JSON.parse(ids), lists = JSON.parse(argumentLists), out = [];
                  for (var i = 0; i < lists.length; i++) {
                    var row = [];
                    for (var j = 0; j < ids.length; j++) {
                      try {
                        var v = functions[ids[j]].apply(null, lists[i]);
                        row.push(typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : typeof v === "string" ? { error: v } : v);
                      } catch (e) {
                        if (typeof CustomFunctions === "undefined" || !(e instanceof CustomFunctions.Error)) throw e;
                        row.push({ error: e.code });
                      }
                    }
                    out.push(row);
                  }
                  return JSON.stringify(out);
                })
                """.formatted(registry);
    }

    public record Comparison(String sheet, int calls, int numbers, int close, long maxUlps, double maxRelative, int errors, List<String> mismatches) {
        @Override
        public String toString() {
            return String.format("%s: %d calls: %d numbers bit-identical, %d through ^/EXP/LN/LOG differ (at most %d ulp, %.2g relative), %d errors identical",
                    sheet, calls, numbers - close, close, maxUlps, maxRelative, errors);
        }
    }

    /** How many doubles lie between a and b (0 when they are the same double; -0 and 0 differ). */
    static long ulps(double a, double b) {
        long x = Double.doubleToRawLongBits(a), y = Double.doubleToRawLongBits(b);
        if ((x < 0) != (y < 0)) return Long.MAX_VALUE;
        return Math.abs(x - y);
    }

    /**
     * Runs every output function of {@code sheet} on every row in a JavaScript engine (through
     * {@code run}, which takes the ids and argument lists as JSON texts and gives {@link #driver}'s
     * answer) and compares each result with the Java engine's.
     */
    public static Comparison compare(Sheet sheet, List<double[]> inputRows, BiFunction<String, String, String> run) throws IOException {
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
        JsonNode answers = JSON.readTree(run.apply(JSON.writeValueAsString(ids), JSON.writeValueAsString(lists)));
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
                } else if (got.isTextual() && usesLibm(sheet, q)
                        && Math.abs(Double.parseDouble(got.asText()) - expected) <= LIBM_RELATIVE * Math.abs(expected)) {
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
        return new Comparison(sheet.name(), inputRows.size() * outputs.size(), numbers, close, maxUlps, maxRelative, errors, mismatches);
    }

    /** Whether q's value went through ^ or a libm function, in its own formula or in one it depends on. */
    private static boolean usesLibm(Sheet sheet, Quantity q) {
        if (usesLibm(q.formula())) return true;
        for (int d : q.dependsOn()) if (usesLibm(sheet, sheet.quantities().get(d))) return true;
        return false;
    }

    private static boolean usesLibm(Expr e) {
        return e.descendantsAndSelf().stream().anyMatch(x -> x instanceof Expr.Binary b && b.op() == Expr.BinaryOp.POW
                || x instanceof Expr.Call c && FunctionLibrary.lookup(c.name()).libm());
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
    public static List<double[]> randomInputs(Sheet sheet, int samples) {
        Random random = new Random(20261123L ^ sheet.name().hashCode());
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < samples; i++) rows.add(randomInputs(sheet, random, i));
        return rows;
    }

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
}
