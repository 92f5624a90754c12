package org.flopsheet.app.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the scaling benchmark over a list of shapes and sizes and prints a table per shape. */
public final class ScalingReport {
    /** Targets of issue 16: each path within 5x of eval's time at the largest size, and growing at most 12x per 10x. */
    static final double MAX_TIMES_EVAL = 5, MAX_GROWTH = 12;

    /** A table: one shape, with or without scenarios, at each size. */
    public record Series(GeneratedModel shape, int scenarios, List<Integer> sizes) {
        String title() {
            return switch (shape) {
                case SCENARIO_GRID -> "scenario grid: 10 quantities, one named scenario per row, rows = size";
                case CHAIN, FAN_IN -> shape.label() + (scenarios == 0 ? ", no scenarios" : ", " + scenarios + " scenarios")
                        + ": size = quantities";
            };
        }
    }

    private final ScalingBench bench;
    private final PrintStream out;

    public ScalingReport(int repeat, PrintStream out) {
        this.bench = new ScalingBench(repeat);
        this.out = out;
    }

    /** Prints every series; returns whether every target was met. */
    public boolean run(List<Series> series, List<ScalingPath> paths) throws Exception {
        out.printf("%d cores; Java %s; max heap %,d MB; load average %.1f%n", Runtime.getRuntime().availableProcessors(), Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("each path from the source file to its result: CPU seconds of the process (collector included), best of the runs"
                + " after a warm-up, the peak heap above the heap before (garbage not yet collected included) and, after a slash,"
                + " the most heap left after any garbage collection during the run (what the path keeps alive at once; - when none ran);"
                + " live/unpacked is that at the largest size over the workbook's unpacked size");
        for (Series s : series) bench.measure(new ScalingBench.Case(s.shape(), s.sizes().get(0), s.scenarios()), paths); // warm-up
        boolean met = true;
        for (Series s : series) {
            List<List<ScalingBench.Measurement>> bySize = new ArrayList<>();
            for (int size : s.sizes()) bySize.add(bench.measure(new ScalingBench.Case(s.shape(), size, s.scenarios()), paths));
            met &= print(s, bySize, paths);
        }
        out.printf("%nload average after: %.1f; targets (each path within %.0fx of eval at the largest size, growth at most %.0fx per 10x): %s%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), MAX_TIMES_EVAL, MAX_GROWTH, met ? "met" : "NOT all met");
        return met;
    }

    private boolean print(Series s, List<List<ScalingBench.Measurement>> bySize, List<ScalingPath> paths) {
        out.printf("%n%s%n", s.title());
        StringBuilder sizes = new StringBuilder(String.format("%-20s", "size"));
        StringBuilder quantities = new StringBuilder(String.format("%-20s", "quantities"));
        StringBuilder files = new StringBuilder(String.format("%-20s", "workbook (unpacked)"));
        for (List<ScalingBench.Measurement> m : bySize) {
            ScalingBench.Measurement first = m.get(0);
            sizes.append(String.format("%30s", String.format("%,d", first.model().size())));
            quantities.append(String.format("%30s", String.format("%,d", first.quantities())));
            files.append(String.format("%30s", mb(first.fileBytes()) + " (" + mb(first.unpackedBytes()) + ")"));
        }
        out.println(sizes.append("   growth per 10x   x eval   live/unpacked").toString());
        out.println(quantities);
        out.println(files);
        int eval = paths.indexOf(ScalingPath.EVAL);
        boolean met = true;
        for (int p = 0; p < paths.size(); p++) {
            StringBuilder row = new StringBuilder(String.format("%-20s", paths.get(p).label()));
            double[] seconds = new double[bySize.size()];
            for (int i = 0; i < bySize.size(); i++) {
                ScalingBench.Measurement m = bySize.get(i).get(p);
                seconds[i] = m.seconds();
                row.append(String.format("%30s", String.format("%.3f s %s / %s", m.seconds(), mb(m.peakHeapBytes()),
                        m.liveHeapBytes() == 0 ? "-" : mb(m.liveHeapBytes()))));
            }
            StringBuilder growth = new StringBuilder();
            for (int i = 1; i < seconds.length; i++) {
                double perTenfold = Math.pow(seconds[i] / seconds[i - 1],
                        1 / Math.log10((double) bySize.get(i).get(0).model().size() / bySize.get(i - 1).get(0).model().size()));
                growth.append(String.format(" %5.1f", perTenfold));
                if (paths.get(p).targeted() && i == seconds.length - 1 && perTenfold > MAX_GROWTH) met = false;
            }
            row.append(String.format("   %-14s", growth.toString().strip()));
            if (eval >= 0) {
                double times = seconds[seconds.length - 1] / bySize.get(bySize.size() - 1).get(eval).seconds();
                row.append(String.format("   %5.1f", times));
                if (paths.get(p).targeted() && times > MAX_TIMES_EVAL) met = false;
            }
            ScalingBench.Measurement largest = bySize.get(bySize.size() - 1).get(p);
            row.append(largest.liveHeapBytes() == 0 ? "" : String.format("   %13.1f", (double) largest.liveHeapBytes() / largest.unpackedBytes()));
            out.println(row);
        }
        return met;
    }

    private static String mb(long bytes) {
        return bytes < 10 << 20 ? String.format("%.1f MB", bytes / 1048576.0) : String.format("%,d MB", bytes >> 20);
    }

    /** "1000,10000" as sizes. */
    public static List<Integer> sizes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }
}
