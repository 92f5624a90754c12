package org.flopsheet.xlsx;

/**
 * How much of a workbook import reads before it refuses: memory grows with the cells read, so a cap
 * on cells is a cap on memory, whatever the file's compression.
 */
final class ImportLimits {
    static final String MAX_CELLS_PROPERTY = "flopsheet.import.maxCells";
    /** Well above what an exported model of 100,000 quantities with a few scenarios holds (see the README's figures). */
    static final long DEFAULT_MAX_CELLS = 25_000_000;

    private ImportLimits() {}

    static long maxCells() {
        String set = System.getProperty(MAX_CELLS_PROPERTY);
        if (set == null || set.isBlank()) return DEFAULT_MAX_CELLS;
        try {
            long n = Long.parseLong(set.strip().replace("_", ""));
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ImportError("-D" + MAX_CELLS_PROPERTY + "=" + set + " is not a positive whole number of cells");
    }
}
