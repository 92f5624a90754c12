package org.flopsheet.app.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
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
        for (int i = 0; i < fields.length; i++) {
            Quantity input = mapping.inputOf[i];
            if (input == null || InputNumber.isBlank(fields[i])) continue;
            if (input.type() == ValueType.TEXT) {
                values[input.index()] = new Value.Text(fields[i]);
                continue;
            }
            try {
                slots[input.index()] = read(input, fields[i]);
            } catch (IllegalArgumentException e) {
                return record.where() + ", column " + mapping.header[i] + ": " + e.getMessage();
            }
        }
        if (values != null) sheet.run(slots, values);
        else sheet.run(slots);
        return null;
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

    /** A plain number, or (the slow path) a value with a unit such as "4 month", in the input's unit. */
    private double read(Quantity input, String cell) {
        if (InputNumber.isPlain(cell)) {
            double v = InputNumber.parsePlain(cell);
            return input.bounds().isEmpty() ? v : InputValues.withinBounds(input, v);
        }
        if (cell.chars().noneMatch(Character::isDigit)) throw InputNumber.notANumber(cell);
        return InputValues.parse(sheet, input.name(), cell.strip());
    }
}
