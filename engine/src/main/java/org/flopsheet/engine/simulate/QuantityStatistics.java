package org.flopsheet.engine.simulate;

import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.eval.ExcelError;

/**
 * What the samples of one quantity came to. Statistics are over the valid samples; samples that
 * came to an Excel error are counted by error in {@code errors}, never dropped silently.
 *
 * @param sd the sample standard deviation (n - 1 in the denominator, as Excel's STDEV)
 */
public record QuantityStatistics(Quantity quantity, long valid, Map<ExcelError, Long> errors, double mean, double sd,
                                 double min, double max, Ranked ranked) {
    /** Excel's PERCENTILE.INC of the valid samples, exactly or from the sketch (see {@link #exact()}). */
    public double percentile(double p) { return ranked.percentile(p); }

    public long countAtMost(double x) { return ranked.countAtMost(x); }

    public boolean exact() { return ranked instanceof Ranked.Exact; }

    public long errorCount() { return errors.values().stream().mapToLong(Long::longValue).sum(); }
}
