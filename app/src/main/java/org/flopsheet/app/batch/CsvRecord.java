package org.flopsheet.app.batch;

/**
 * One record of a CSV file.
 *
 * @param row    its position among the records, the header being row 1, as a spreadsheet numbers rows
 * @param line   the line of the file it starts on (differs from row once a quoted field holds a newline)
 * @param fields its fields, unquoted
 */
record CsvRecord(long row, long line, String[] fields) {
    boolean isBlank() { return fields.length == 1 && fields[0].isEmpty(); }

    /** "row 17 (line 17 of the file)": how messages point at a record. */
    String where() { return "row " + row + " (line " + line + " of the file)"; }
}
