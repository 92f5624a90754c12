package org.flopsheet.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.sun.net.httpserver.HttpExchange;
import org.flopsheet.app.whatif.SensitivityReport;
import org.flopsheet.app.whatif.SolveQuestion;
import org.flopsheet.app.whatif.SolveReport;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.whatif.InputRange;
import org.flopsheet.engine.whatif.Sensitivity;
import org.flopsheet.engine.whatif.Tornado;

/**
 * The what-if questions over HTTP, answered as {@code flopsheet solve} and {@code flopsheet sensitivity} answer them:
 * <ul>
 * <li>{@code POST /api/sheets/{id}/solve} with {@code {"output": "parallel_tasks", "target": 1e8 | "4e6 token/s",
 *     "vary": "training_flop", "scenario": "..."}} (scenario optional);</li>
 * <li>{@code GET /api/sheets/{id}/sensitivity[?output=NAME&factor=2&scenario=NAME]}.</li>
 * </ul>
 * A question about names the sheet does not have is a 400 that says what to write instead; "no value
 * reaches the target" is an answer (200, {@code "method": "none"}), not an error.
 */
final class WhatIfRoute {
    private static final Pattern PATH = Pattern.compile("/api/sheets/([^/]+)/(solve|sensitivity)");
    private static final Set<String> SOLVE_FIELDS = Set.of("output", "target", "vary", "scenario");

    private WhatIfRoute() {}

    static boolean matches(String path) {
        return PATH.matcher(path).matches();
    }

    /** @param sheetById the sheet of an id, or an ApiError (404, 409) saying why there is none */
    static void handle(HttpExchange exchange, Function<String, Sheet> sheetById, Limits limits) throws IOException {
        Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
        if (!m.matches()) throw ApiError.notFound("no such API endpoint");
        Sheet sheet = sheetById.apply(m.group(1));
        String method = exchange.getRequestMethod();
        if (m.group(2).equals("solve")) {
            if (!method.equals("POST")) throw new ApiError(405, method + " is not allowed here; use POST");
            Exchanges.sendJson(exchange, 200, solve(sheet, Exchanges.body(exchange, limits.maxBodyBytes())));
        } else {
            if (!method.equals("GET") && !method.equals("HEAD")) throw new ApiError(405, method + " is not allowed here; use GET");
            Exchanges.sendJson(exchange, 200, sensitivity(sheet, Query.parse(exchange.getRequestURI().getRawQuery())));
        }
    }

    static Map<String, Object> solve(Sheet sheet, byte[] body) {
        JsonNode root;
        try {
            root = Exchanges.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
        String example = "{\"output\": \"parallel_tasks\", \"target\": 1e8, \"vary\": \"training_flop\"}";
        if (root == null || !root.isObject()) throw ApiError.badRequest("the body must be a JSON object such as " + example);
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!SOLVE_FIELDS.contains(key)) throw ApiError.badRequest("unknown field '" + key + "'; the body is " + example + " with an optional \"scenario\"");
        }
        for (String required : List.of("output", "target", "vary")) {
            if (!root.hasNonNull(required)) throw ApiError.badRequest("\"" + required + "\" is missing; the body is " + example);
        }
        JsonNode target = root.get("target");
        String targetText;
        if (target.isNumber() && Double.isFinite(target.doubleValue())) targetText = target.asText();
        else if (target.isTextual()) targetText = target.textValue();
        else throw ApiError.badRequest("\"target\" must be a number or text such as \"4e6 token/s\", not " + target);
        try {
            SolveQuestion q = SolveQuestion.of(sheet, root.get("output").asText(), targetText, root.get("vary").asText(),
                    root.hasNonNull("scenario") ? root.get("scenario").asText() : null);
            return SolveReport.json(q, SolveReport.solve(q));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    static Map<String, Object> sensitivity(Sheet sheet, Map<String, String> query) {
        try {
            List<Quantity> outputs = SensitivityReport.outputs(sheet, query.get("output"));
            if (outputs.isEmpty()) throw ApiError.badRequest("sheet '" + sheet.name() + "' has no numeric outputs");
            double factor = query.containsKey("factor") ? Double.parseDouble(query.get("factor")) : 2;
            String scenario = query.get("scenario");
            Map<String, Double> inputs = Map.of();
            if (scenario != null) {
                Scenario s = sheet.scenario(scenario);
                if (s == null) throw ApiError.notFound("no scenario named '" + scenario + "' in sheet '" + sheet.name() + "'");
                inputs = s.inputs();
            }
            Tornado tornado = Tornado.of(sheet, outputs.get(outputs.size() - 1), inputs, InputRange.percentilesElse(sheet.uncertainty(), factor));
            return SensitivityReport.json(sheet, scenario, Sensitivity.table(sheet, inputs, outputs), tornado);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("factor must be a number above 1, such as 2");
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
