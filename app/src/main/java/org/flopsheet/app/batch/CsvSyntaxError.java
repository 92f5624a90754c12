package org.flopsheet.app.batch;

/** A CSV file that cannot be read on: a quoted field that is never closed. */
final class CsvSyntaxError extends IllegalArgumentException {
    CsvSyntaxError(String message) { super(message); }
}
