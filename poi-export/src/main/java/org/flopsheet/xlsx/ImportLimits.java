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

    static final String ADOPT_MAX_CELLS_PROPERTY = "flopsheet.adopt.maxCells";
    /**
     * Adopt keeps more per cell than import (each formula becomes a quantity, compiled and evaluated): up to
     * about 6 KB a formula cell in the README's measurements (a chain of 100,000 formulas, 622 MB); a workbook
     * at this limit has far fewer formulas than cells (labels, units, notes), and the refusal says how to go further.
     */
    static final long DEFAULT_ADOPT_MAX_CELLS = 2_000_000;

    static long maxCells() { return maxCells(MAX_CELLS_PROPERTY, DEFAULT_MAX_CELLS); }

    static long adoptMaxCells() { return maxCells(ADOPT_MAX_CELLS_PROPERTY, DEFAULT_ADOPT_MAX_CELLS); }

    private static long maxCells(String property, long byDefault) {
        String set = System.getProperty(property);
        if (set == null || set.isBlank()) return byDefault;
        try {
            long n = Long.parseLong(set.strip().replace("_", ""));
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ImportError("-D" + property + "=" + set + " is not a positive whole number of cells");
    }
}
