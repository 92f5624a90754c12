package org.flopsheet.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.app.simulate.RowSimulation;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.eval.ValueType;

/**
 * The body of {@code POST /api/sheets/{id}/evaluate}, {@code {"inputs": {...}}} or
 * {@code {"rows": [{...}, ...]}}, turned into one slot array per row (defaults where a row is
 * silent). A value is a number, true/false, or text such as {@code "4 month"} in any unit of the
 * input's dimension, or a distribution such as {@code "1e25 to 1e27"} (its point value is its
 * median, and the row is simulated); for a text input, the text itself; for an array input, a JSON
 * array (of rows for two dimensions) of numbers in the input's unit, text and logicals. Optional
 * {@code "samples"} and {@code "seed"} simulate every row (default for a row with a distribution:
 * {@value #DEFAULT_SAMPLES} samples, seed 1).
 */
final class EvaluateRequest {
    static final long DEFAULT_SAMPLES = 10_000;
    /** Samples over all the simulated rows of one request, so that a request cannot take the server. */
    static final long MAX_SAMPLES = 1_000_000;

    private EvaluateRequest() {}

    /**
     * One row to compute: numbers and logicals in {@code slots}, text and arrays in {@code values}
     * (null when the sheet has none); the numbers it gives and the distributions, for its simulation.
     */
    record Row(double[] slots, Value[] values, Map<String, Double> numbers, Map<String, Distribution> distributions) {}

    /** The rows, and how to simulate them: {@code spread} is null when no row is simulated. */
    record Request(List<Row> rows, RowSimulation spread, boolean everyRow) {
        boolean simulates(Row row) { return spread != null && (everyRow || !row.distributions().isEmpty()); }
    }

    static Request read(Sheet sheet, byte[] body, Limits limits) {
        JsonNode root = json(body);
        Long samples = null;
        long seed = SimulationOptions.DEFAULT_SEED;
        if (root != null && root.isObject()) {
            if (root.has("samples")) {
                JsonNode v = root.get("samples");
                if (!v.canConvertToLong() || v.asLong() < 2 || v.asLong() > MAX_SAMPLES) {
                    throw ApiError.badRequest("\"samples\" must be a whole number from 2 to " + MAX_SAMPLES);
                }
                samples = v.asLong();
            }
            if (root.has("seed")) {
                if (!root.get("seed").canConvertToLong()) throw ApiError.badRequest("\"seed\" must be a whole number");
                seed = root.get("seed").asLong();
            }
        }
        List<Row> rows = rows(sheet, root, limits);
        long perRow = samples != null ? samples : DEFAULT_SAMPLES;
        long simulated = samples != null ? rows.size() : rows.stream().filter(r -> !r.distributions().isEmpty()).count();
        if (simulated == 0) return new Request(rows, null, false);
        if (simulated * perRow > MAX_SAMPLES) {
            throw new ApiError(413, simulated + " rows of " + perRow + " samples is more than " + MAX_SAMPLES
                    + " samples in one request; send fewer rows with distributions, or fewer \"samples\"");
        }
        return new Request(rows, new RowSimulation(perRow, seed), samples != null);
    }

    private static JsonNode json(byte[] body) {
        try {
            return Exchanges.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""));
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
    }

    private static List<Row> rows(Sheet sheet, JsonNode root, Limits limits) {
        if (root == null || root.isMissingNode()) return List.of(new Row(sheet.defaults(), general(sheet), Map.of(), Map.of()));
        if (!root.isObject()) throw ApiError.badRequest("the body must be a JSON object: {\"inputs\": {...}} or {\"rows\": [{...}]}");
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!List.of("inputs", "rows", "samples", "seed").contains(key)) {
                throw ApiError.badRequest("unknown field '" + key + "'; the body has \"inputs\" (one row) or \"rows\" (a list of rows), "
                        + "and optionally \"samples\" and \"seed\"");
            }
        }
        if (root.has("inputs") && root.has("rows")) throw ApiError.badRequest("give either \"inputs\" or \"rows\", not both");
        if (root.has("rows")) {
            JsonNode rows = root.get("rows");
            if (!rows.isArray()) throw ApiError.badRequest("\"rows\" must be a list of objects");
            if (rows.size() > limits.maxRows()) {
                throw new ApiError(413, "too many rows: " + rows.size() + " (at most " + limits.maxRows() + " per request)");
            }
            List<Row> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) out.add(row(sheet, rows.get(i), "rows[" + i + "]"));
            return out;
        }
        return List.of(row(sheet, root.has("inputs") ? root.get("inputs") : Exchanges.JSON.createObjectNode(), "inputs"));
    }

    private static Value[] general(Sheet sheet) {
        return sheet.hasGeneralValues() ? sheet.defaultValues() : null;
    }

    private static Row row(Sheet sheet, JsonNode row, String where) {
        if (!row.isObject()) throw ApiError.badRequest(where + " must be an object of input name to value");
        double[] slots = sheet.defaults();
        Value[] values = general(sheet);
        Map<String, Double> numbers = new LinkedHashMap<>();
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            int slot;
            try {
                slot = sheet.inputSlot(name);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(where + ": " + e.getMessage());
            }
            Quantity input = sheet.quantity(name);
            if (!input.type().scalar()) {
                values[slot] = generalValue(input, field.getValue(), where);
                continue;
            }
            Distribution d = distribution(sheet, input, field.getValue(), where);
            if (d != null) {
                distributions.put(name, d);
                slots[slot] = d.median();
            } else {
                slots[slot] = value(sheet, input, field.getValue(), where);
                numbers.put(name, slots[slot]);
            }
        }
        return new Row(slots, values, numbers, distributions);
    }

    /** The distribution a text value such as "1e25 to 1e27" stands for, or null for any other value. */
    private static Distribution distribution(Sheet sheet, Quantity input, JsonNode value, String where) {
        if (!value.isTextual()) return null;
        try {
            return InputValues.distribution(sheet, input.name(), value.textValue());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(where + "." + input.name() + ": " + e.getMessage());
        }
    }

    /** A text input's text, or an array input's JSON array (rows of arrays for two dimensions). */
    private static Value generalValue(Quantity input, JsonNode value, String where) {
        String at = where + "." + input.name();
        if (input.type() == ValueType.TEXT) {
            if (!value.isTextual()) throw ApiError.badRequest(at + ": expected text, got " + value);
            return new Value.Text(value.textValue());
        }
        if (!value.isArray() || value.isEmpty()) throw ApiError.badRequest(at + ": expected a JSON array such as [1e9, 7e9], got " + value);
        boolean twoDimensional = value.get(0).isArray();
        List<Value> elements = new ArrayList<>();
        int columns = twoDimensional ? value.get(0).size() : value.size();
        for (JsonNode row : twoDimensional ? value : List.of(value)) {
            if (!row.isArray() || row.size() != columns || columns == 0) {
                throw ApiError.badRequest(at + ": every row of the array needs " + columns + " elements");
            }
            for (JsonNode e : row) elements.add(element(e, at));
        }
        return new Value.Array(twoDimensional ? value.size() : 1, columns, elements);
    }

    private static Value element(JsonNode e, String at) {
        if (e.isNumber() && Double.isFinite(e.doubleValue())) return new Value.Num(e.doubleValue());
        if (e.isBoolean()) return Value.Bool.of(e.booleanValue());
        if (e.isTextual()) return new Value.Text(e.textValue());
        throw ApiError.badRequest(at + ": an array element must be a number, text or true/false, got " + e);
    }

    private static double value(Sheet sheet, Quantity input, JsonNode value, String where) {
        String name = input.name();
        if (value.isNumber()) {
            double v = value.doubleValue();
            if (!Double.isFinite(v)) throw ApiError.badRequest(where + "." + name + ": " + value + " is too large for a double");
            return v;
        }
        if (value.isBoolean()) return value.booleanValue() ? 1 : 0;
        if (value.isTextual()) {
            try {
                return InputValues.parse(sheet, name, value.textValue());
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(where + "." + name + ": " + e.getMessage());
            }
        }
        throw ApiError.badRequest(where + "." + name + ": expected a number or text such as \"4 month\", got " + value);
    }
}
