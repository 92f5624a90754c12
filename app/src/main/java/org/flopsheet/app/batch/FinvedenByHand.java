package org.flopsheet.app.batch;

import static org.flopsheet.engine.eval.functions.Errors.DIV0;
import static org.flopsheet.engine.eval.functions.Errors.NUM;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.compile.Sheet;

/**
 * The benchmark's ceiling: the Finveden chain written out by hand in Java, with Excel's error rules,
 * behind exactly the same CSV reading, number parsing, formatting and writing as the sheet evaluator.
 * Its output must be byte for byte what {@link SheetRowEvaluator} writes for the same input.
 */
final class FinvedenByHand implements ChunkEvaluator {
    static final List<String> INPUTS = List.of("training_flop", "k", "m", "h", "duration", "task_rate");
    static final List<String> OUTPUTS = List.of("p", "runtime_flop", "tokens_per_s", "parallel_tasks");

    private final int width;
    private final int[] column = new int[INPUTS.size()];
    private final double[] defaults = new double[INPUTS.size()];
    private final double[] in = new double[INPUTS.size()];

    FinvedenByHand(Sheet sheet, ColumnMapping mapping) {
        this.width = mapping.width();
        double[] slots = sheet.defaults();
        for (int i = 0; i < column.length; i++) {
            column[i] = mapping.columnOf(INPUTS.get(i));
            defaults[i] = slots[sheet.inputSlot(INPUTS.get(i))];
        }
    }

    @Override
    public ChunkResult evaluate(Chunk chunk) {
        StringBuilder text = new StringBuilder(chunk.records().size() * 160);
        CsvLine line = new CsvLine(text);
        List<String> failures = new ArrayList<>(0);
        for (CsvRecord record : chunk.records()) {
            String[] fields = record.fields();
            String problem = fields.length != width ? RowProblems.fieldCount(record, width) : read(record);
            for (int i = 0; i < width; i++) line.text(i < fields.length ? fields[i] : "");
            if (problem == null) {
                double trainingFlop = in[0], k = in[1], m = in[2], h = in[3], duration = in[4], taskRate = in[5];
                double p = sqrt(div(trainingFlop, mul(mul(mul(3, h), k), m)));
                double runtimeFlop = mul(k, p);
                double tokensPerS = div(div(trainingFlop, duration), runtimeFlop);
                double parallelTasks = div(tokensPerS, taskRate);
                line.number(p).number(runtimeFlop).number(tokensPerS).number(parallelTasks).empty();
            } else {
                line.empty().empty().empty().empty().text(problem);
                failures.add(problem);
            }
            line.end();
        }
        return new ChunkResult(text.toString().getBytes(StandardCharsets.UTF_8), chunk.records().size(), failures);
    }

    private String read(CsvRecord record) {
        String[] fields = record.fields();
        for (int i = 0; i < column.length; i++) {
            int c = column[i];
            if (c < 0 || InputNumber.isBlank(fields[c])) {
                in[i] = defaults[i];
                continue;
            }
            try {
                if (!InputNumber.isPlain(fields[c])) throw InputNumber.notANumber(fields[c]);
                in[i] = InputNumber.parsePlain(fields[c]);
            } catch (IllegalArgumentException e) {
                return record.where() + ", column " + INPUTS.get(i) + ": " + e.getMessage();
            }
        }
        return null;
    }

    private static double mul(double a, double b) {
        return Double.isNaN(a) ? a : Double.isNaN(b) ? b : finite(a * b);
    }

    private static double div(double a, double b) {
        return Double.isNaN(a) ? a : Double.isNaN(b) ? b : b == 0 ? DIV0 : finite(a / b);
    }

    private static double sqrt(double x) {
        return Double.isNaN(x) ? x : x < 0 ? NUM : Math.sqrt(x);
    }

    private static double finite(double x) { return Double.isFinite(x) ? x : NUM; }
}
