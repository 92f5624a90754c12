package org.flopsheet.engine.eval.functions;

/** What a function gives back, as the compiler types it. */
public enum ResultType {
    NUMBER,
    LOGICAL,
    /** One of its arguments marked {@link Parameter#result()}: logical when all of those are (IF, IFERROR, SWITCH). */
    LIKE_RESULTS,
    TEXT,
    /** A value whose kind is known only when evaluated (INDEX into a mixed array, a lookup). */
    ANY
}
