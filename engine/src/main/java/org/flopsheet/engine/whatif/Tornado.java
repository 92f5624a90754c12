package org.flopsheet.engine.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/**
 * Each input moved alone to its low and its high value, the output's value at both, sorted by how far
 * the output swings: the inputs that matter most come first. Inputs the output does not depend on are left out.
 */
public record Tornado(Quantity output, double base, List<Bar> bars, String ranges) {

    /** One input's bar: its range, and the output at each end. */
    public record Bar(Quantity input, double value, InputRange.Range range, double outputAtLow, double outputAtHigh) {
        /** How far apart the output's two values are (NaN when either is an error). */
        public double swing() { return Math.abs(outputAtHigh - outputAtLow); }
    }

    public static Tornado of(Sheet sheet, Quantity output, Map<String, Double> inputs, InputRange ranges) {
        double[] base = Probe.baseCase(sheet, inputs);
        List<Bar> bars = new ArrayList<>();
        for (Quantity input : Sensitivity.numericInputs(sheet)) {
            if (!Chain.reaches(sheet, output, input)) continue;
            Probe probe = new Probe(sheet, output, input, base);
            double x = probe.inputValue();
            InputRange.Range range = ranges.of(input, x);
            bars.add(new Bar(input, x, range, probe.at(range.low()), probe.at(range.high())));
        }
        // errors (NaN swings) last, then the widest first; ties keep source order
        bars.sort(Comparator.comparingDouble((Bar b) -> Double.isNaN(b.swing()) ? 1 : 0)
                .thenComparing(Comparator.comparingDouble(Bar::swing).reversed()));
        return new Tornado(output, base[output.index()], List.copyOf(bars), ranges.description());
    }
}
