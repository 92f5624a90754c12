package org.flopsheet.engine.whatif;

/**
 * d ln y / d ln x of one output in one input at a point: the percentage change of the output for a 1%
 * change of the input. {@code value} is NaN when there is none ({@code how} says why).
 */
public record Elasticity(double value, How how, String note) {

    public enum How {
        /** the exponent of a power-law chain (or 0 where the output does not depend on the input): exact */
        EXPONENT,
        /** a central difference in logarithms, the input moved by ±{@link Sensitivity#STEP} relative */
        CENTRAL_DIFFERENCE,
        /** undefined at this point: the input or the output is 0, an error, or changes sign */
        UNDEFINED
    }

    public boolean defined() { return how != How.UNDEFINED; }
}
