package org.flopsheet.engine.eval.functions;

/**
 * How a function's result unit follows from its arguments' units; the unit checker applies it.
 * Most functions are a {@link Pattern}: each parameter names its unit with a letter
 * ({@link Parameter#unit()}), arguments with the same letter must share a unit, and the result is a
 * product of those letters.
 */
public sealed interface UnitRule {

    /**
     * The result's unit from the parameters' letters: {@code ""} dimensionless, {@code "x"},
     * {@code "x^2"} (VAR), {@code "y/x"} (SLOPE), {@code "1/x"}.
     */
    record Pattern(String result) implements UnitRule {}

    /** POWER(x, n): x's unit to a constant power n, as with ^. */
    record Power() implements UnitRule {}

    /** The result's exponents are half the argument's (SQRT of param^2 is param). */
    record SquareRoot() implements UnitRule {}

    /**
     * A distribution of a quantity with a unit (NORM.DIST(x, mean, sd, cumulative)): x, mean and sd
     * share letter x; a probability (dimensionless) when the argument at {@code flagIndex} is the
     * constant TRUE, a density in 1/x when it is the constant FALSE; with a dimensionless x either.
     */
    record CumulativeOrDensity(int flagIndex) implements UnitRule {}

    /** SUMIF(range, criterion, [sum_range]) and AVERAGEIF: the unit of sum_range when given, else of range. */
    record CriteriaRange() implements UnitRule {}

    /** SUMPRODUCT(a, b, ...): the product of the arguments' units. */
    record Product() implements UnitRule {}

    Pattern DIMENSIONLESS = new Pattern("");
    Pattern SAME = new Pattern("x");
}
