package org.flopsheet.app.addin;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.TreeMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.whatif.PowerLaw;

/**
 * The add-in's custom functions for a set of sheets: one Excel function per output quantity,
 * {@code SHEET.QUANTITY(input1, input2, ...)} with every input optional, a goal seek
 * {@code SHEET.SOLVE} and the percentiles of a simulation {@code SHEET.SIMULATE}, as the metadata Excel
 * reads ({@code functions.json}) and the code it runs ({@code functions.js}, the same syntax trees
 * the Java engine evaluates, unparsed to JavaScript).
 */
public record CustomFunctions(String json, String javaScript) {

    /** The namespace the manifest declares: functions show in Excel as {@code FLOPSHEET.FINVEDEN.P}. */
    public static final String NAMESPACE = "FLOPSHEET";

    /** Generates both files for {@code sheets}, in the order given. */
    public static CustomFunctions of(Collection<Sheet> sheets) {
        // the add-in's runtime computes numbers and logicals; sheets with text or arrays are computed by the server
        List<Sheet> numeric = sheets.stream().filter(s -> !s.hasGeneralValues()).toList();
        List<Sheet> general = sheets.stream().filter(Sheet::hasGeneralValues).toList();
        return new CustomFunctions(metadata(numeric, general), script(numeric, general));
    }

    /**
     * The stable function id of an output: sheet and quantity names in capitals, {@code FINVEDEN.PARALLEL_TASKS}.
     * Excel allows only A-Z, 0-9, '_' and '.' in ids, so any other letter is written as its code point
     * ({@code α} in a name becomes {@code _U391_}); the display name keeps the letter.
     */
    public static String functionId(Sheet sheet, Quantity output) {
        return id(displayName(sheet, output));
    }

    private static String id(String displayName) {
        StringBuilder id = new StringBuilder();
        displayName.codePoints().forEach(c -> {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.') id.appendCodePoint(c);
            else id.append("_U").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append('_');
        });
        return Character.isLetter(id.charAt(0)) && id.charAt(0) < 128 ? id.toString() : "F" + id;
    }

    /** The name Excel shows after the namespace: {@code FINVEDEN.PARALLEL_TASKS}, other alphabets kept. */
    public static String displayName(Sheet sheet, Quantity output) {
        return (sheet.name() + "." + output.name()).toUpperCase(Locale.ROOT);
    }

    private static String metadata(Collection<Sheet> sheets, Collection<Sheet> general) {
        List<Map<String, Object>> functions = new ArrayList<>();
        for (Sheet sheet : sheets) {
            List<Map<String, Object>> parameters = parameters(sheet);
            for (Quantity out : sheet.outputs()) functions.add(outputMetadata(sheet, out, parameters, ""));
            functions.add(solveMetadata(sheet, parameters));
            functions.add(simulateMetadata(sheet));
        }
        for (Sheet sheet : general) {
            List<Map<String, Object>> parameters = parameters(sheet);
            for (Quantity out : sheet.outputs()) functions.add(outputMetadata(sheet, out, parameters, "; computed by the flopsheet server"));
        }
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = new ObjectMapper().writer(pretty);
        try {
            return writer.writeValueAsString(Map.of("functions", functions)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> outputMetadata(Sheet sheet, Quantity out, List<Map<String, Object>> parameters, String how) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", functionId(sheet, out));
        f.put("name", displayName(sheet, out));
        f.put("description", describe(out) + " (" + sheet.title() + how + ")");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", excelType(out));
        result.put("dimensionality", dimensionality(out));
        f.put("result", result);
        f.put("parameters", parameters);
        return f;
    }

    /** Every function of a sheet takes the same parameters: the sheet's inputs in source order, all optional. */
    private static List<Map<String, Object>> parameters(Sheet sheet) {
        double[] defaults = sheet.defaults();
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Quantity in : sheet.inputs()) {
            String defaultText = in.type().scalar() ? defaultText(in, defaults[in.index()]) : sheet.defaultValues()[in.index()].literal();
            Map<String, Object> p = parameter(in.name(), describe(in) + "; default " + defaultText, excelType(in), true);
            p.put("dimensionality", dimensionality(in));
            parameters.add(p);
        }
        return parameters;
    }

    /** {@code SHEET.SOLVE}, the add-in's goal seek: the id of a sheet's solve function. */
    public static String solveId(Sheet sheet) { return sheetFunctionId(sheet, SOLVE, "goal seek"); }

    /** {@code SHEET.SIMULATE}, an output's percentiles from the server's simulation: the id of a sheet's simulate function. */
    public static String simulateId(Sheet sheet) { return sheetFunctionId(sheet, SIMULATE, "percentiles from a simulation"); }

    private static String sheetFunctionId(Sheet sheet, String function, String purpose) {
        String id = sheet.name().toUpperCase(Locale.ROOT) + "." + function;
        for (Quantity q : sheet.outputs()) {
            if (displayName(sheet, q).equals(id)) {
                throw new IllegalArgumentException("sheet '" + sheet.name() + "' has a quantity '" + q.name()
                        + "', whose add-in function would be the sheet's " + function + " (" + purpose + "); rename the quantity");
            }
        }
        return id(id);
    }

    private static final String SOLVE = "SOLVE", SIMULATE = "SIMULATE";

    private static Map<String, Object> simulateMetadata(Sheet sheet) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", simulateId(sheet));
        f.put("name", sheet.name().toUpperCase(Locale.ROOT) + "." + SIMULATE);
        f.put("description", "The 5th, 50th and 95th percentiles of OUTPUT as one row of three cells, simulated by the flopsheet server ("
                + sheet.title() + "); an input may be a distribution written as text, e.g. \"1e25 to 1e27\"");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", "number");
        result.put("dimensionality", "matrix");
        f.put("result", result);
        List<Map<String, Object>> parameters = new ArrayList<>();
        parameters.add(parameter("output", "the quantity, by name, e.g. \"" + sheet.outputs().get(sheet.outputs().size() - 1).name() + "\"", "string", false));
        parameters.add(parameter("samples", "how many samples; default 10000, at most 1000000", "number", true));
        parameters.add(parameter("seed", "the random seed; default 1 (the same seed gives the same percentiles)", "number", true));
        double[] defaults = sheet.defaults();
        for (Quantity in : sheet.inputs()) {
            String own = sheet.uncertainty().input(in.name()) != null ? sheet.uncertainty().input(in.name()).distribution().text()
                    : defaultText(in, defaults[in.index()]);
            parameters.add(parameter(in.name(), describe(in) + ": a number or a distribution such as \"1e25 to 1e27\"; default " + own, "any", true));
        }
        f.put("parameters", parameters);
        return f;
    }

    private static Map<String, Object> solveMetadata(Sheet sheet, List<Map<String, Object>> inputs) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", solveId(sheet));
        f.put("name", sheet.name().toUpperCase(Locale.ROOT) + "." + SOLVE);
        f.put("description", "Goal seek: the value of the input VARY that brings OUTPUT to TARGET, the other inputs as given ("
                + sheet.title() + "); exact where OUTPUT is a power of VARY, #N/A when no value reaches TARGET");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", "number");
        result.put("dimensionality", "scalar");
        f.put("result", result);
        List<Map<String, Object>> parameters = new ArrayList<>();
        parameters.add(parameter("output", "the output to bring to the target, by name, e.g. \"" + sheet.outputs().get(sheet.outputs().size() - 1).name() + "\"", "string", false));
        parameters.add(parameter("target", "the value the output should take, in its own unit", "number", false));
        parameters.add(parameter("vary", "the input to change, by name, e.g. \"" + sheet.inputs().get(0).name() + "\"", "string", false));
        parameters.addAll(inputs);
        f.put("parameters", parameters);
        return f;
    }

    private static Map<String, Object> parameter(String name, String description, String type, boolean optional) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("description", description);
        p.put("type", type);
        p.put("dimensionality", "scalar");
        p.put("optional", optional);
        return p;
    }

    /** A % quantity is a fraction, as Excel passes a cell formatted as a percentage (50% is 0.5). */
    private static String describe(Quantity q) {
        if (q.unit().isPercent()) return q.title() + ", a fraction (0.5 or 50% is 50 %)";
        return q.title() + (q.unitText().isEmpty() ? "" : ", in " + q.unitText());
    }

    private static String defaultText(Quantity in, double value) {
        if (in.type() == ValueType.BOOLEAN) return value != 0 ? "TRUE" : "FALSE";
        if (in.unit().isPercent()) return NumberText.shortest(value) + " (" + NumberText.percent(value) + "%)";
        return NumberText.shortest(value) + (in.unitText().isEmpty() ? "" : " " + in.unitText());
    }

    private static String excelType(Quantity q) {
        return switch (q.type()) {
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case TEXT -> "string";
            case ARRAY, ANY -> "any";
        };
    }

    /** An array goes to and from Excel as a matrix: a range, or an array constant such as {1,2,3}. */
    private static String dimensionality(Quantity q) {
        return q.type() == ValueType.ARRAY ? "matrix" : "scalar";
    }

    private static String script(Collection<Sheet> sheets, Collection<Sheet> general) {
        StringBuilder js = new StringBuilder();
        js.append("// Generated by `flopsheet addin` from the .flop sheets: edit those, not this file.\n");
        js.append("// Excel's custom functions of flopsheet, computed in the add-in itself (offline, at once);\n");
        js.append("// those of sheets with text or arrays are computed by the flopsheet server that serves the add-in.\n");
        js.append("(function (root) {\n  \"use strict\";\n\n");
        js.append(resource("runtime.js"));
        js.append("\n  // The Excel functions these sheets call, from the engine's function declarations.\n");
        js.append(FunctionTable.of(functionsUsed(sheets)));
        js.append(resource("solve.js"));
        js.append(resource("simulate.js"));
        js.append(resource("remote.js"));
        js.append("\n  // One entry per sheet: its inputs (slot, default) and its formulas in dependency order.\n");
        js.append("  var sheets = {\n");
        List<String> entries = new ArrayList<>();
        for (Sheet sheet : sheets) entries.add(sheetEntry(sheet));
        js.append(String.join(",\n", entries)).append("\n  };\n\n");
        js.append("""
                  function define(sheet, slot, type) {
                    return function () {
                      var s = new Array(sheet.size);
                      for (var i = 0; i < sheet.inputs.length; i++) {
                        s[sheet.inputs[i].slot] = fromExcel(arguments[i], sheet.inputs[i].value);
                      }
                      sheet.run(s);
                      return toExcel(s[slot], type);
                    };
                  }

                  var functions = {};
                """);
        for (Sheet sheet : sheets) {
            for (Quantity out : sheet.outputs()) {
                js.append("  functions[").append(quote(functionId(sheet, out))).append("] = define(sheets[")
                        .append(quote(sheet.name())).append("], ").append(out.index()).append(", ")
                        .append(quote(excelType(out))).append(");\n");
            }
            js.append("  functions[").append(quote(solveId(sheet))).append("] = defineSolve(sheets[").append(quote(sheet.name())).append("]);\n");
            js.append("  functions[").append(quote(simulateId(sheet))).append("] = defineSimulate(sheets[").append(quote(sheet.name())).append("], ")
                    .append(quote(sheet.name())).append(");\n");
        }
        for (Sheet sheet : general) {
            List<String> inputs = new ArrayList<>();
            for (Quantity in : sheet.inputs()) {
                inputs.add("{ name: " + quote(in.name()) + ", array: " + (in.type() == ValueType.ARRAY) + " }");
            }
            String inputList = "[" + String.join(", ", inputs) + "]";
            for (Quantity out : sheet.outputs()) {
                js.append("  functions[").append(quote(functionId(sheet, out))).append("] = defineRemote(").append(quote(sheet.name()))
                        .append(", ").append(quote(out.name())).append(", ").append(inputList).append(", ")
                        .append(out.type() == ValueType.ARRAY).append(");\n");
            }
        }
        js.append("""

                  root.flopsheetFunctions = functions;
                  if (typeof CustomFunctions !== "undefined") {
                    for (var id in functions) CustomFunctions.associate(id, functions[id]);
                  }
                })(typeof globalThis !== "undefined" ? globalThis : this);
                """);
        return js.toString();
    }

    private static String sheetEntry(Sheet sheet) {
        JavaScriptEmitter emitter = new JavaScriptEmitter(name -> sheet.quantity(name).index(), name -> sheet.quantity(name).type());
        double[] defaults = sheet.defaults();
        StringBuilder js = new StringBuilder();
        js.append("    ").append(quote(sheet.name())).append(": {\n");
        js.append("      size: ").append(sheet.quantities().size()).append(",\n");
        List<String> inputs = new ArrayList<>();
        for (Quantity in : sheet.inputs()) {
            inputs.add("        { name: " + quote(in.name()) + ", slot: " + in.index() + ", value: "
                    + JavaScriptEmitter.number(defaults[in.index()]) + " }");
        }
        js.append("      inputs: [\n").append(String.join(",\n", inputs)).append("\n      ],\n");
        List<String> outputs = new ArrayList<>(), exponents = new ArrayList<>();
        List<Quantity> sheetInputs = sheet.inputs(); // a filter over every quantity: once, not once per output
        Map<String, Map<String, java.util.OptionalDouble>> exponentsByInput = new LinkedHashMap<>();
        for (Quantity in : sheetInputs) exponentsByInput.put(in.name(), PowerLaw.fixedExponents(sheet, in));
        for (Quantity out : sheet.outputs()) {
            outputs.add(quote(out.name()) + ": " + out.index());
            List<String> powers = new ArrayList<>();
            for (Quantity in : sheetInputs) {
                java.util.OptionalDouble e = out.input() ? PowerLaw.fixedExponent(sheet, out, in)
                        : exponentsByInput.get(in.name()).get(out.name());
                if (e.isPresent() && e.getAsDouble() != 0) powers.add(quote(in.name()) + ": " + JavaScriptEmitter.number(e.getAsDouble()));
            }
            if (!powers.isEmpty()) exponents.add("        " + quote(out.name()) + ": { " + String.join(", ", powers) + " }");
        }
        js.append("      outputs: { ").append(String.join(", ", outputs)).append(" },\n");
        js.append("      // out = c*in^e along the whole chain, with e fixed: solved in closed form\n");
        js.append("      exponents: {\n").append(String.join(",\n", exponents)).append("\n      },\n");
        js.append("      run: function (s) {\n");
        for (Quantity q : sheet.formulasInOrder()) {
            js.append("        s[").append(q.index()).append("] = ").append(emitter.emitFormula(q.formula()))
                    .append(";  // ").append(q.name()).append("\n");
        }
        js.append("      }\n    }");
        return js.toString();
    }

    /** Every function a formula of these sheets calls, by name. */
    private static Collection<ExcelFunction> functionsUsed(Collection<Sheet> sheets) {
        Map<String, ExcelFunction> used = new TreeMap<>();
        for (Sheet sheet : sheets) {
            for (Quantity q : sheet.quantities()) {
                for (Expr e : q.formula().descendantsAndSelf()) {
                    if (e instanceof Expr.Call c) {
                        ExcelFunction f = FunctionLibrary.lookup(c.name());
                        used.put(f.name(), f);
                    }
                }
            }
        }
        return used.values();
    }

    private static String resource(String name) {
        try (InputStream in = CustomFunctions.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
