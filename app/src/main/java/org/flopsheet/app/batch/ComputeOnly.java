package org.flopsheet.app.batch;

import org.flopsheet.engine.compile.Sheet;

/** The benchmark's evaluation without any CSV: inputs already in memory, one thread. */
final class ComputeOnly {
    private ComputeOnly() {}

    /** Evaluates the sheet for each row of {@code values} (laid out as {@link BenchInput#values}); returns the rows. */
    static long engine(Sheet sheet, BenchSweep sweep, double[] values, int rows) {
        int[] inputSlots = sweep.inputs().stream().mapToInt(sheet::inputSlot).toArray();
        int[] outputSlots = sweep.outputs().stream().mapToInt(name -> sheet.quantity(name).index()).toArray();
        double[] defaults = sheet.defaults(), slots = sheet.defaults();
        double checksum = 0;
        for (int r = 0; r < rows; r++) {
            System.arraycopy(defaults, 0, slots, 0, slots.length);
            for (int i = 0; i < inputSlots.length; i++) slots[inputSlots[i]] = values[r * inputSlots.length + i];
            sheet.run(slots);
            for (int o : outputSlots) checksum += slots[o];
        }
        if (checksum == 0 && outputSlots.length > 0) throw new IllegalStateException("no results");
        return rows;
    }
}
