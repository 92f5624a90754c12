package org.flopsheet.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/**
 * The body of {@code POST /api/sheets/{id}/evaluate}, {@code {"inputs": {...}}} or
 * {@code {"rows": [{...}, ...]}}, turned into one slot array per row (defaults where a row is
 * silent). A value is a number, true/false, or text such as {@code "4 month"} in any unit of the
 * input's dimension.
 */
final class EvaluateRequest {
    private EvaluateRequest() {}

    static List<double[]> rows(Sheet sheet, byte[] body, Limits limits) {
        JsonNode root;
        try {
            root = Exchanges.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""));
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) return List.of(sheet.defaults());
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
            List<double[]> out = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) out.add(row(sheet, rows.get(i), "rows[" + i + "]"));
            return out;
        }
        return List.of(row(sheet, root.has("inputs") ? root.get("inputs") : Exchanges.JSON.createObjectNode(), "inputs"));
    }

    private static double[] row(Sheet sheet, JsonNode row, String where) {
        if (!row.isObject()) throw ApiError.badRequest(where + " must be an object of input name to value");
        double[] slots = sheet.defaults();
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            int slot;
            try {
                slot = sheet.inputSlot(name);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(where + ": " + e.getMessage());
            }
            slots[slot] = value(sheet, sheet.quantity(name), field.getValue(), where);
        }
        return slots;
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
