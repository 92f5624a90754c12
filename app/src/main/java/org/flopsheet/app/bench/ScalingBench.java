package org.flopsheet.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How the time and memory of every path grow with the model: each path on generated models of growing
 * size, side by side with eval on the same model, with the growth factor per tenfold size. Linear paths
 * grow about 10x per 10x; a growth near 100x is a quadratic cost.
 */
public final class ScalingBench {
    /** One case to measure: a shape at a size (quantities, or scenarios for the grid), with or without scenarios. */
    public record Case(GeneratedModel shape, int size, int scenarios) {
        String source() { return shape.source(size, scenarios); }
    }

    /** A path measured on one case: best CPU seconds of the whole process (garbage collection included) of the runs and the peak heap above what was live before. */
    public record Measurement(ScalingPath path, Case model, int quantities, long fileBytes, long unpackedBytes, double seconds, long peakHeapBytes,
                              long liveHeapBytes) {}

    private final int repeat;

    public ScalingBench(int repeat) { this.repeat = repeat; }

    /** Measures every path on {@code model}, in a fresh folder that is removed afterwards. */
    public List<Measurement> measure(Case model, List<ScalingPath> paths) throws Exception {
        Path dir = Files.createTempDirectory("flopsheet-scaling");
        try {
            ScalingPath.Files files = ScalingPath.prepare(model.source(), dir);
            int quantities = org.flopsheet.engine.compile.Compiler.compile(files.flop()).quantities().size();
            long fileBytes = Files.size(files.xlsx()), unpacked = unpackedSize(files.xlsx());
            List<Measurement> out = new ArrayList<>();
            for (ScalingPath path : paths) {
                double best = Double.MAX_VALUE;
                long peak = 0, live = 0;
                for (int i = 0; i < repeat; i++) {
                    long baseline = settledHeap();
                    resetPeaks();
                    LiveHeap.reset();
                    long start = processCpuNanos();
                    path.run(files);
                    best = Math.min(best, (processCpuNanos() - start) / 1e9);
                    peak = Math.max(peak, peakHeap() - baseline);
                    live = Math.max(live, Math.max(0, LiveHeap.max() - baseline));
                }
                out.add(new Measurement(path, model, quantities, fileBytes, unpacked, best, peak, live));
            }
            return out;
        } finally {
            try (Stream<Path> all = Files.list(dir)) {
                for (Path f : all.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The bytes of every part of the workbook once unzipped: what a reader of the XML has to go through. */
    static long unpackedSize(Path xlsx) throws Exception {
        long total = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) total += e.getSize();
        }
        return total;
    }

    /**
     * CPU time rather than wall-clock: every path runs on one thread, so the process's CPU time is its own
     * work plus the collector's, and does not grow when other programs load the machine.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long settledHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment, garbage not yet collected included. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
