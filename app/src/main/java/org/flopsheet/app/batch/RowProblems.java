package org.flopsheet.app.batch;

/** The messages of rows that cannot be computed; each names the row, and the column where there is one. */
final class RowProblems {
    private RowProblems() {}

    static String fieldCount(CsvRecord record, int width) {
        if (record.isBlank()) return record.where() + ": the line is blank; expected " + width + " fields as in the header";
        return record.where() + ": " + record.fields().length + " fields, but the header has " + width
                + (record.fields().length > width ? " (fields past the header's last column are left out)" : "")
                + "; check for an unquoted comma or a missing field";
    }
}
