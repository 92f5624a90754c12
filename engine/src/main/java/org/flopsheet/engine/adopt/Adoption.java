package org.flopsheet.engine.adopt;

import java.util.List;
import java.util.Map;

/**
 * What adopting a workbook gave: the model's source, where every adopted cell now lives, the cells
 * left out and why, every cell whose cached value the model does not reproduce, and what was recognised.
 */
public record Adoption(String source, Map<CellRef, Placement> placements, List<Skipped> skipped,
                       List<Difference> differences, List<String> recognised, List<String> notices, Tally tally) {

    /** Where a cell's number lives in the model: a quantity, in the base case (scenario null) or a scenario. */
    public record Placement(String name, String scenario) {}

    /** A cell that could not be adopted; {@code formula} is its text with '=' (or its value). */
    public record Skipped(CellRef cell, String formula, String reason) {}

    /** A formula cell whose value in the workbook differs from the model's. */
    public record Difference(CellRef cell, String workbook, String model) {}

    /**
     * Counts over the workbook's formula cells: all of them, those adopted, those whose cached value
     * was compared with the model (adopted and holding a cached value), and those that matched.
     */
    public record Tally(int formulas, int adopted, int compared, int matched) {}

    /** Every formula cell adopted and every cached value reproduced. */
    public boolean complete() { return skipped.isEmpty() && differences.isEmpty(); }
}
