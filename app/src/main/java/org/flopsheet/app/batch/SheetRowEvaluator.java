package org.flopsheet.app.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flopsheet.app.simulate.RowSimulation;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.SimulationResult;
import org.flopsheet.engine.eval.ArrayText;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueType;

/**
 * Computes a sheet for each record: the sheet's defaults, overridden by the row's non-empty input
 * cells, run in place in one slot array per worker. A row that cannot be read keeps its place with
 * empty outputs and a message in the error column.
 */
final class SheetRowEvaluator implements ChunkEvaluator {
    private final Sheet sheet;
    private final ColumnMapping mapping;
    private final double[] defaults;
    private final double[] slots;
    private final int[] outputSlots;
    private final boolean[] logical;
    /** Per output: whether its value is text, an array or of a kind known only when computed. */
    private final boolean[] general;
    /** The general values of the row being computed (null when the sheet has none). */
    private final Value[] values;
    /** With --samples: the row's inputs held at a value and given as distributions, and what its simulation gave (null: nothing uncertain). */
    private final Map<String, Double> rowValues = new HashMap<>();
    private final Map<String, Distribution> rowDistributions = new HashMap<>();
    private SimulationResult spread;

    SheetRowEvaluator(Sheet sheet, ColumnMapping mapping) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.defaults = sheet.defaults();
        this.slots = sheet.defaults();
        this.outputSlots = new int[mapping.outputs.length];
        this.logical = new boolean[mapping.outputs.length];
        this.general = new boolean[mapping.outputs.length];
        this.values = sheet.hasGeneralValues() ? sheet.defaultValues() : null;
        for (int o = 0; o < outputSlots.length; o++) {
            outputSlots[o] = mapping.outputs[o].index();
            logical[o] = ColumnMapping.isLogical(mapping.outputs[o]);
            general[o] = !mapping.outputs[o].type().scalar();
        }
    }

    @Override
    public ChunkResult evaluate(Chunk chunk) {
        StringBuilder text = new StringBuilder(chunk.records().size() * 160);
        CsvLine line = new CsvLine(text);
        List<String> failures = new ArrayList<>(0);
        for (CsvRecord record : chunk.records()) {
            String problem = compute(record);
            String[] fields = record.fields();
            for (int i = 0; i < mapping.width(); i++) line.text(i < fields.length ? fields[i] : "");
            for (int o = 0; o < outputSlots.length; o++) {
                if (problem != null) line.empty();
                else if (general[o]) write(line, values[outputSlots[o]]);
                else if (logical[o]) line.logical(slots[outputSlots[o]]);
                else line.number(slots[outputSlots[o]]);
            }
            if (mapping.spread != null) writeSpread(line, problem == null);
            if (problem == null) {
                line.empty();
            } else {
                line.text(problem);
                failures.add(problem);
            }
            line.end();
        }
        return new ChunkResult(text.toString().getBytes(StandardCharsets.UTF_8), chunk.records().size(), failures);
    }

    /** Fills the slots for {@code record} and runs the sheet; the problem with the row, or null. */
    private String compute(CsvRecord record) {
        String[] fields = record.fields();
        if (fields.length != mapping.width()) return RowProblems.fieldCount(record, mapping.width());
        System.arraycopy(defaults, 0, slots, 0, slots.length);
        if (values != null) System.arraycopy(sheet.defaultValues(), 0, values, 0, values.length);
        rowValues.clear();
        rowDistributions.clear();
        for (int i = 0; i < fields.length; i++) {
            Quantity input = mapping.inputOf[i];
            if (input == null || InputNumber.isBlank(fields[i])) continue;
            String where = record.where() + ", column " + mapping.header[i] + ": ";
            if (input.type() == ValueType.TEXT) {
                if (mapping.spread != null) return where + "--samples simulates number inputs only; leave text inputs out of the CSV, or run without --samples";
                values[input.index()] = new Value.Text(fields[i]);
                continue;
            }
            if (input.type() == ValueType.ARRAY) {
                // an array constant as Excel writes one, {1e9, 7e9; 3, 4}, optionally with a unit: {1, 7} Gparam
                try {
                    Value array = InputValues.parseValue(sheet, input.name(), fields[i]);
                    values[input.index()] = array;
                    slots[input.index()] = array.raw();
                } catch (IllegalArgumentException e) {
                    return record.where() + ", column " + mapping.header[i] + ": " + e.getMessage();
                }
                continue;
            }
            try {
                slots[input.index()] = read(input, fields[i]);
            } catch (IllegalArgumentException e) {
                return where + e.getMessage();
            }
        }
        if (values != null) sheet.run(slots, values);
        else sheet.run(slots);
        if (mapping.spread != null) {
            try {
                spread = mapping.spread.run(sheet, rowValues, rowDistributions);
            } catch (IllegalArgumentException e) {
                return record.where() + ": " + e.getMessage();
            }
        }
        return null;
    }

    /** The row's percentile columns and its sample_errors column; each percentile is the row's value when nothing in it is uncertain. */
    private void writeSpread(CsvLine line, boolean computed) {
        StringBuilder sampleErrors = new StringBuilder();
        for (Quantity q : mapping.spreadOutputs) {
            QuantityStatistics s = computed && spread != null ? spread.of(q.name()) : null;
            for (double p : RowSimulation.PERCENTILES) {
                if (!computed) line.empty();
                else if (s == null) line.number(slots[q.index()]);
                else if (s.valid() == 0) line.empty();
                else line.number(s.percentile(p));
            }
            if (s != null && s.errorCount() > 0) {
                if (!sampleErrors.isEmpty()) sampleErrors.append("; ");
                sampleErrors.append(q.name()).append(": ").append(s.errorCount()).append(" of ").append(spread.options().samples())
                        .append(" samples ").append(s.errors().keySet().stream().map(e -> e.text).sorted().collect(Collectors.joining(" ")))
                        .append(s.valid() == 0 ? ", no percentiles" : ", left out of its percentiles");
            }
        }
        line.text(sampleErrors.toString());
    }

    /** A value of any kind in one cell: numbers as always, text as it is, an array as Excel writes an array constant. */
    private static void write(CsvLine line, Value v) {
        switch (v) {
            case Value.Num n -> line.number(n.value());
            case Value.Bool b -> line.logical(b.value() ? 1 : 0);
            case Value.Err e -> line.number(e.error().asDouble());
            case Value.Text t -> line.text(t.value());
            case Value.Array a -> line.text(ArrayText.of(a, Value::literal));
        }
    }

    /**
     * A plain number, or (the slow path) a value with a unit such as "4 month" in the input's unit, or
     * a distribution such as "1e25 to 1e27" (with --samples; its point value is its median, as in a .flop file).
     */
    private double read(Quantity input, String cell) {
        double v;
        if (InputNumber.isPlain(cell)) {
            v = InputNumber.parsePlain(cell);
        } else {
            if (cell.chars().noneMatch(Character::isDigit)) throw InputNumber.notANumber(cell);
            Distribution d = InputValues.distribution(sheet, input.name(), cell.strip());
            if (d != null) {
                if (mapping.spread == null) {
                    throw new IllegalArgumentException("'" + cell.strip() + "' is a distribution; add --samples N (e.g. --samples 10000) to simulate "
                            + "every row and add the columns NAME.p5, NAME.p50, NAME.p95 for each output");
                }
                rowDistributions.put(input.name(), d);
                return d.median();
            }
            v = InputValues.parse(sheet, input.name(), cell.strip());
        }
        if (mapping.spread != null) rowValues.put(input.name(), v);
        return v;
    }
}
