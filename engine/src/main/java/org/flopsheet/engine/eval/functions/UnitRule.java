package org.flopsheet.engine.eval.functions;

/** How a function's result unit follows from its arguments' units; the unit checker applies it. */
public enum UnitRule {
    /** All arguments share one unit, which is the result's (MIN, MAX, SUM, AVERAGE). */
    SAME_AS_ARGUMENTS,
    /** The first argument's unit; the others are dimensionless counts (ROUND's digits, ABS). */
    SAME_AS_FIRST,
    /** Arguments and result are dimensionless (LN, EXP, LOG, LOG10). */
    DIMENSIONLESS,
    /** The result's exponents are half the argument's (SQRT of param^2 is param). */
    SQUARE_ROOT,
    /** POWER(x, n): x's unit to a constant power n, as with ^. */
    POWER,
    /** IF(test, a, b): the test is any logical value, a and b share the result's unit (and make its type). */
    CONDITIONAL,
    /** IFERROR(value, fallback): both share the result's unit and make its type. */
    FALLBACK,
    /** CHOOSE(k, a, b, ...): k is a plain number, the choices share the result's unit and make its type. */
    CHOICE,
    /** The result is taken from the first argument (INDEX, FILTER, SORT, UNIQUE, TRANSPOSE); the others are positions or tests. */
    FROM_FIRST,
    /** The result is taken from the second argument (VLOOKUP, HLOOKUP's table); the key shares the table's unit. */
    FROM_SECOND,
    /** XLOOKUP(key, keys, results, if_not_found): the key shares the keys' unit; the result is the results' unit. */
    FROM_THIRD,
    /** A plain number or text about the arguments, whatever their units (LEN, MATCH, COUNTIF, ROWS). */
    PLAIN_RESULT,
    /** SUMIF(range, criteria, [sum_range]) and its kin: the unit of the range that is summed. */
    CRITERIA_SUM,
    /** SUMPRODUCT(a, b, ...): the product of the arguments' units. */
    PRODUCT,
    /** Logical result, arguments of any unit (AND, OR, NOT). */
    LOGICAL,
    /** MOD(x, y): x and y share a unit, which is the result's. */
    MODULUS,
    /** No arguments, dimensionless result (PI). */
    CONSTANT
}
