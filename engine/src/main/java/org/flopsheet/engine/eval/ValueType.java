package org.flopsheet.engine.eval;

/**
 * The static type of a formula, inferred by the compiler. Numbers and logicals are evaluated on the
 * fast path of doubles; text, arrays and values whose kind is only known when evaluated ({@code ANY},
 * e.g. INDEX into a mixed array) take the general path of {@link Value}s.
 */
public enum ValueType {
    NUMBER, BOOLEAN, TEXT, ARRAY, ANY;

    /** A number or a logical: a double in a slot is all it needs. */
    public boolean scalar() { return this == NUMBER || this == BOOLEAN; }

    /** The type of a value that is one of {@code a} or {@code b} (IF's branches, IFERROR's fallback). */
    public ValueType or(ValueType b) {
        return this == b ? this : ANY;
    }
}
