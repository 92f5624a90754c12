package org.flopsheet.app.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

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

    SheetRowEvaluator(Sheet sheet, ColumnMapping mapping) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.defaults = sheet.defaults();
        this.slots = sheet.defaults();
        this.outputSlots = new int[mapping.outputs.length];
        this.logical = new boolean[mapping.outputs.length];
        for (int o = 0; o < outputSlots.length; o++) {
            outputSlots[o] = mapping.outputs[o].index();
            logical[o] = ColumnMapping.isLogical(mapping.outputs[o]);
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
        for (int i = 0; i < fields.length; i++) {
            Quantity input = mapping.inputOf[i];
            if (input == null || InputNumber.isBlank(fields[i])) continue;
            try {
                slots[input.index()] = read(input, fields[i]);
            } catch (IllegalArgumentException e) {
                return record.where() + ", column " + mapping.header[i] + ": " + e.getMessage();
            }
        }
        sheet.run(slots);
        return null;
    }

    /** A plain number, or (the slow path) a value with a unit such as "4 month", in the input's unit. */
    private double read(Quantity input, String cell) {
        if (InputNumber.isPlain(cell)) return InputNumber.parsePlain(cell);
        if (cell.chars().noneMatch(Character::isDigit)) throw InputNumber.notANumber(cell);
        return InputValues.parse(sheet, input.name(), cell.strip());
    }
}
