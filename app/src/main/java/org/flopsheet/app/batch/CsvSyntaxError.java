package org.flopsheet.app.batch;

/** A CSV file that cannot be read on: a quoted field that is never closed, or bytes that are not UTF-8. */
final class CsvSyntaxError extends IllegalArgumentException {
    CsvSyntaxError(String message) { super(message); }
}
