package org.flopsheet.engine.whatif;

import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.eval.NumberText;

/** How far each input moves in a tornado: its low and high values, and where they come from. */
public interface InputRange {

    /** The low and high values of {@code input}, whose value at the base case is {@code value}. */
    Range of(Quantity input, double value);

    /** What the ranges are, for a reader: "each input ÷2 and ×2". */
    String description();

    record Range(double low, double high, String source) {}

    /** Every input divided and multiplied by {@code factor} (> 1): the usual spread of a Fermi estimate. */
    static InputRange factor(double factor) {
        if (!(factor > 1) || !Double.isFinite(factor)) throw new IllegalArgumentException("the tornado factor must be a number above 1, not " + factor);
        String text = NumberText.shortest(factor);
        return new InputRange() {
            @Override
            public Range of(Quantity input, double value) {
                return new Range(value / factor, value * factor, "÷" + text + " ×" + text);
            }

            @Override
            public String description() {
                return "each input ÷" + text + " and ×" + text;
            }
        };
    }
}
