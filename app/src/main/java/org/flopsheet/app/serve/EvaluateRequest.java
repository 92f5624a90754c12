package org.flopsheet.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Bounds;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueType;

/**
 * The body of {@code POST /api/sheets/{id}/evaluate}, {@code {"inputs": {...}}} or
 * {@code {"rows": [{...}, ...]}}, turned into one slot array per row (defaults where a row is
 * silent). A value is a number, true/false, or text such as {@code "4 month"} in any unit of the
 * input's dimension; for a text input, the text itself; for an array input, a JSON array (of rows
 * for two dimensions) of numbers in the input's unit, text and logicals.
 */
final class EvaluateRequest {
    private EvaluateRequest() {}

    /** One row to compute: numbers and logicals in {@code slots}, text and arrays in {@code values} (null when the sheet has none). */
    record Row(double[] slots, Value[] values) {}

    static List<Row> rows(Sheet sheet, byte[] body, Limits limits) {
        JsonNode root;
        try {
            root = Exchanges.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""));
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) return List.of(new Row(sheet.defaults(), general(sheet)));
        if (!root.isObject()) throw ApiError.badRequest("the body must be a JSON object: {\"inputs\": {...}} or {\"rows\": [{...}]}");
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("inputs") && !key.equals("rows")) {
                throw ApiError.badRequest("unknown field '" + key + "'; the body has \"inputs\" (one row) or \"rows\" (a list of rows)");
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
            if (input.type().scalar()) slots[slot] = value(sheet, input, field.getValue(), where);
            else values[slot] = generalValue(input, field.getValue(), where);
        }
        return new Row(slots, values);
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
            String broken = Bounds.violation(input, v);
            if (broken != null) throw ApiError.badRequest(where + "." + name + ": " + broken);
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
