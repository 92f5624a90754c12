package org.flopsheet.engine.eval.functions;

/** How a function's result unit follows from its arguments' units; the unit checker applies it. */
public enum UnitRule {
    /** All arguments share one unit, which is the result's (MIN, MAX, SUM, AVERAGE). */
    SAME_AS_ARGUMENTS,
    /** The first argument's unit; the others are dimensionless counts (ABS). */
    SAME_AS_FIRST,
    /**
     * As SAME_AS_FIRST, but the result depends on the scale the first argument is seen in (ROUND, INT:
     * 2.15 GiB/GB rounds up to 3, 2 in raw units): the unit checker converts it first, see
     * {@code UnitChecker#atRoundingScale}.
     */
    ROUNDS_FIRST,
    /** Arguments and result are dimensionless (LN, EXP, LOG, LOG10). */
    DIMENSIONLESS,
    /** The result's exponents are half the argument's (SQRT of param^2 is param). */
    SQUARE_ROOT,
    /** POWER(x, n): x's unit to a constant power n, as with ^. */
    POWER,
    /** IF(test, a, b): the test is any logical value, a and b share the result's unit. */
    CONDITIONAL,
    /** Logical result, arguments of any unit (AND, OR, NOT). */
    LOGICAL,
    /** MOD(x, y): x and y share a unit, which is the result's. */
    MODULUS,
    /** No arguments, dimensionless result (PI). */
    CONSTANT
}
