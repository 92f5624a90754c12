package org.flopsheet.app.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.app.JsonValues;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.app.simulate.RowSimulation;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.SimulationResult;

/** How sheets, their quantities and their values look in the JSON API. */
final class SheetJson {
    private SheetJson() {}

    static Map<String, Object> summary(Sheet sheet) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", sheet.name());
        json.put("title", sheet.title());
        json.put("notes", sheet.notes());
        Evaluation defaults = new Evaluation(sheet, sheet.defaults(), sheet.defaultValues());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (Quantity in : sheet.inputs()) {
            Map<String, Object> q = quantity(in);
            q.put("default", JsonValues.of(defaults.value(in)));
            inputs.add(q);
        }
        json.put("inputs", inputs);
        json.put("outputs", sheet.outputs().stream().map(SheetJson::quantity).toList());
        return json;
    }

    static Map<String, Object> detail(Sheet sheet) {
        Map<String, Object> json = summary(sheet);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (Scenario s : sheet.scenarios()) {
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("name", s.name());
            scenario.put("inputs", s.inputs());
            scenarios.add(scenario);
        }
        json.put("scenarios", scenarios);
        return json;
    }

    private static Map<String, Object> quantity(Quantity q) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", q.name());
        json.put("label", q.title());
        json.put("unit", q.unitText());
        json.put("type", switch (q.type()) {
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case TEXT -> "text";
            case ARRAY -> "array";
            case ANY -> "any";
        });
        if (q.note() != null) json.put("note", q.note());
        return json;
    }

    /** Every quantity's value in source order: numbers, true/false, an error's Excel text, text, arrays as JSON arrays. */
    static Map<String, Object> values(Evaluation evaluation) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Quantity q : evaluation.sheet().quantities()) json.put(q.name(), JsonValues.of(evaluation.value(q)));
        return json;
    }

    /**
     * Each number quantity's 5th, 50th and 95th percentiles from a row's simulation (and its count of
     * samples that were errors, when there are any); {@code result} null means nothing in the row was
     * uncertain, and each percentile is the row's value.
     */
    static Map<String, Object> percentiles(Sheet sheet, SimulationResult result, double[] slots) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Quantity q : sheet.quantities()) {
            if (q.type() != ValueType.NUMBER) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            QuantityStatistics s = result == null ? null : result.of(q.name());
            for (int i = 0; i < RowSimulation.PERCENTILES.length; i++) {
                double v = s == null ? slots[q.index()] : s.valid() == 0 ? Double.NaN : s.percentile(RowSimulation.PERCENTILES[i]);
                m.put(RowSimulation.KEYS[i], Double.isFinite(v) ? v : null);
            }
            if (s != null && s.errorCount() > 0) {
                Map<String, Long> errors = new LinkedHashMap<>();
                for (ExcelError e : ExcelError.values()) if (s.errors().containsKey(e)) errors.put(e.text, s.errors().get(e));
                m.put("errors", errors);
            }
            json.put(q.name(), m);
        }
        return json;
    }
}
