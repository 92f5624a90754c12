package org.flopsheet.engine.whatif;

import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.dist.UncertainInput;
import org.flopsheet.engine.dist.Uncertainty;
import org.flopsheet.engine.eval.NumberText;

/** How far each input moves in a tornado: its low and high values, and where they come from. */
public interface InputRange {

    /** The low and high values of {@code input}, whose value at the base case is {@code value}. */
    Range of(Quantity input, double value);

    /** What the ranges are, for a reader: "each input ÷2 and ×2". */
    String description();

    record Range(double low, double high, String source) {}

    /**
     * An input written as a distribution moves to its 5th and 95th percentiles; any other is divided and
     * multiplied by {@code factor}.
     */
    static InputRange percentilesElse(Uncertainty uncertainty, double factor) {
        InputRange otherwise = factor(factor);
        if (uncertainty.isEmpty()) return otherwise;
        return new InputRange() {
            @Override
            public Range of(Quantity input, double value) {
                UncertainInput uncertain = uncertainty.input(input.name());
                if (uncertain == null) return otherwise.of(input, value);
                Distribution d = uncertain.distribution();
                return new Range(d.quantile(0.05), d.quantile(0.95), "5th-95th percentile of " + d.text());
            }

            @Override
            public String description() {
                return "inputs with a distribution to their 5th and 95th percentiles, " + otherwise.description().replace("each input", "the others");
            }
        };
    }

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
