package org.flopsheet.engine.whatif;

import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/**
 * One output as a function of one input, the other inputs held where {@code base} puts them:
 * what solve, sensitivity and the tornado evaluate again and again.
 */
final class Probe {
    final Sheet sheet;
    final Quantity output;
    final Quantity input;
    final double[] base;

    Probe(Sheet sheet, Quantity output, Quantity input, double[] base) {
        this.sheet = sheet;
        this.output = output;
        this.input = input;
        this.base = base;
    }

    /** Every quantity's value with the defaults replaced by {@code inputs} (each in its input's own unit). */
    static double[] baseCase(Sheet sheet, Map<String, Double> inputs) {
        double[] slots = sheet.defaults();
        inputs.forEach((name, value) -> slots[sheet.inputSlot(name)] = value);
        sheet.run(slots);
        return slots;
    }

    double inputValue() { return base[input.index()]; }

    double outputValue() { return base[output.index()]; }

    /** The output with the input set to {@code x} (a NaN carrying the Excel error when it is one). */
    double at(double x) {
        double[] slots = base.clone();
        slots[input.index()] = x;
        sheet.run(slots);
        return slots[output.index()];
    }
}
