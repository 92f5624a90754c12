package org.flopsheet.app.simulate;

import java.io.PrintStream;
import java.util.Locale;
import org.flopsheet.engine.simulate.QuantityStatistics;

/**
 * A terminal histogram of one quantity between its 1st and 99th percentiles: bins equal on a log
 * scale when all of that range is positive and spans more than a factor of ten, else equal.
 */
final class Histogram {
    private Histogram() {}

    static void print(QuantityStatistics s, int bins, int barWidth, int digits, PrintStream out) {
        String unit = s.quantity().unitText().isEmpty() ? "" : " (" + s.quantity().unitText() + ")";
        if (s.valid() == 0) {
            out.println(s.quantity().name() + unit + ": no valid samples");
            return;
        }
        double low = s.percentile(0.01), high = s.percentile(0.99);
        if (!(high > low)) {
            out.println(s.quantity().name() + unit + ": every sample is " + SimulationReport.show(low, digits));
            return;
        }
        boolean log = low > 0 && high / low > 10;
        out.println(s.quantity().name() + unit + ", between its 1st and 99th percentiles" + (log ? ", log scale" : "") + ":");
        long[] counts = new long[bins];
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            double f = (double) i / bins;
            edges[i] = log ? Math.exp(Math.log(low) + f * (Math.log(high) - Math.log(low))) : low + f * (high - low);
        }
        edges[bins] = high;
        long largest = 1;
        for (int i = 0; i < bins; i++) {
            counts[i] = s.countAtMost(edges[i + 1]) - s.countAtMost(edges[i]);
            largest = Math.max(largest, counts[i]);
        }
        for (int i = 0; i < bins; i++) {
            int bar = (int) Math.round((double) counts[i] * barWidth / largest);
            out.printf(Locale.ROOT, "  %10s .. %-10s %s%s %5.1f%%%n", SimulationReport.show(edges[i], digits),
                    SimulationReport.show(edges[i + 1], digits), "#".repeat(bar), " ".repeat(barWidth - bar),
                    100.0 * counts[i] / s.valid());
        }
    }
}
