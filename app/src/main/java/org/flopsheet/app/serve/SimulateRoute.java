package org.flopsheet.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.app.simulate.SimulationReport;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.Threshold;

/**
 * {@code POST /api/sheets/{id}/simulate} with {@code {"samples": 10000, "seed": 1, "inputs":
 * {"training_flop": "1e25 to 1e27", "duration": "4 month"}, "prob": ["parallel_tasks>1e7"]}} (every
 * field optional): the same figures as {@code flopsheet simulate --json}. An input given as text that
 * reads as a distribution is simulated as one; a number or a value with a unit holds it there. One
 * thread per request and at most {@link #MAX_SAMPLES} samples, so a request cannot take the server.
 */
final class SimulateRoute {
    static final long MAX_SAMPLES = 1_000_000, DEFAULT_SAMPLES = 10_000;

    private SimulateRoute() {}

    static Map<String, Object> run(Sheet sheet, byte[] body) {
        JsonNode root = parse(body);
        long samples = DEFAULT_SAMPLES, seed = SimulationOptions.DEFAULT_SEED;
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Distribution> distributions = new LinkedHashMap<>();
        List<Threshold> thresholds = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            switch (field.getKey()) {
                case "samples" -> {
                    if (!v.canConvertToLong() || v.asLong() < 2 || v.asLong() > MAX_SAMPLES) {
                        throw ApiError.badRequest("\"samples\" must be a whole number from 2 to " + MAX_SAMPLES);
                    }
                    samples = v.asLong();
                }
                case "seed" -> {
                    if (!v.canConvertToLong()) throw ApiError.badRequest("\"seed\" must be a whole number");
                    seed = v.asLong();
                }
                case "inputs" -> {
                    if (!v.isObject()) throw ApiError.badRequest("\"inputs\" must be an object of input name to value or distribution");
                    for (Iterator<Map.Entry<String, JsonNode>> in = v.fields(); in.hasNext(); ) {
                        Map.Entry<String, JsonNode> input = in.next();
                        put(sheet, input.getKey(), input.getValue(), values, distributions);
                    }
                }
                case "prob" -> {
                    if (!v.isArray()) throw ApiError.badRequest("\"prob\" must be a list such as [\"parallel_tasks>1e7\"]");
                    for (JsonNode t : v) thresholds.add(bad(() -> Threshold.parse(sheet, t.asText())));
                }
                default -> throw ApiError.badRequest("unknown field '" + field.getKey() + "'; the body may have samples, seed, inputs and prob");
            }
        }
        SimulationOptions options = new SimulationOptions(samples, seed, 1, values, thresholds, distributions);
        return SimulationReport.json(bad(() -> Simulation.run(sheet, options)));
    }

    private static void put(Sheet sheet, String name, JsonNode value, Map<String, Double> values, Map<String, Distribution> distributions) {
        if (value.isNumber()) {
            bad(() -> sheet.inputSlot(name));
            values.put(name, value.asDouble());
        } else if (value.isTextual()) {
            Distribution d = bad(() -> InputValues.distribution(sheet, name, value.asText()));
            if (d != null) distributions.put(name, d);
            else values.put(name, bad(() -> InputValues.parse(sheet, name, value.asText())));
        } else {
            throw ApiError.badRequest("the value of '" + name + "' must be a number or text such as \"1e25 to 1e27\" or \"4 month\"");
        }
    }

    private static <T> T bad(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = Exchanges.JSON.readTree(body);
            if (root == null || root.isMissingNode()) return Exchanges.JSON.createObjectNode();
            if (!root.isObject()) throw ApiError.badRequest("the body must be a JSON object such as {\"samples\": 10000}");
            return root;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("unreadable body: " + e.getMessage());
        }
    }
}
