package org.flopsheet.engine.compile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flopsheet.engine.eval.Value;

/**
 * The values of every quantity of a sheet for one set of inputs: numbers and logicals in {@code raw}
 * (NaN-boxed errors), text, arrays and other general values in {@code general} (null when the sheet has none).
 */
public record Evaluation(Sheet sheet, double[] raw, Value[] general) {

    public Evaluation(Sheet sheet, double[] raw) { this(sheet, raw, null); }

    public Value value(String name) { return value(sheet.quantity(name)); }

    public Value value(Quantity q) {
        if (general != null && general[q.index()] != null) return general[q.index()];
        return Value.of(raw[q.index()], q.type());
    }

    /** The number a quantity came to (a NaN that encodes the Excel error when it is one). */
    public double number(String name) { return raw[sheet.quantity(name).index()]; }

    /** Every quantity's value in source order. */
    public Map<String, Value> values() {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Quantity q : sheet.quantities()) out.put(q.name(), value(q));
        return out;
    }
}
