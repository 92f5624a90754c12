package org.flopsheet.app.adopt;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.app.UserError;
import org.flopsheet.engine.adopt.Adopter;
import org.flopsheet.engine.adopt.Adoption;
import org.flopsheet.engine.adopt.SourceWorkbook;
import org.flopsheet.xlsx.adopt.WorkbookCells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "adopt", mixinStandardHelpOptions = true,
        description = "Measure adopting a generated workbook of N formula cells (ten formulas a row, one running total "
                + "down the rows, so that the whole sheet is one model), beside Apache POI loading the same workbook "
                + "and evaluating every formula.")
public final class AdoptBench implements Callable<Integer> {
    private static final String[] FORMULAS = {
        "A{r}*2+1", "B{r}*B{r}/(A{r}+1)", "SQRT(ABS(C{r}))", "MAX(B{r},C{r},D{r})", "IF(E{r}>100,E{r}/3,E{r}*3)",
        "F{r}+G{p}", "ROUND(G{r}/1000,2)", "MIN(H{r},D{r})*2", "AVERAGE(B{r}:I{r})", "LN(1+ABS(J{r}))",
    };

    @Option(names = "--cells", paramLabel = "N", defaultValue = "100000", description = "formula cells (default ${DEFAULT-VALUE})")
    int cells;

    @Override
    public Integer call() throws Exception {
        if (cells < FORMULAS.length) throw new UserError("--cells must be at least " + FORMULAS.length);
        int rows = cells / FORMULAS.length;
        Path dir = Files.createTempDirectory("flopsheet-adopt-bench");
        Path plain = dir.resolve("generated.xlsx"), cached = dir.resolve("generated-with-values.xlsx");
        try {
            generate(plain, rows);
            System.out.printf(Locale.ROOT, "workbook: %,d rows, %,d formula cells, %,d bytes%n", rows, rows * FORMULAS.length, Files.size(plain));

            resetPeakHeap();
            long start = System.nanoTime(), cpu = cpu();
            try (InputStream in = Files.newInputStream(plain); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                long loaded = System.nanoTime();
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                long evaluated = System.nanoTime(), cpuUsed = cpu() - cpu;
                long heap = peakHeap();
                System.out.printf(Locale.ROOT, "POI:   load %.2f s, evaluate every formula %.2f s, total %.2f s (CPU %.2f s); peak heap %,d MB%n",
                        seconds(start, loaded), seconds(loaded, evaluated), seconds(start, evaluated), cpuUsed / 1e9, heap >> 20);
                try (OutputStream out = Files.newOutputStream(cached)) {
                    wb.write(out); // with POI's values cached, so that adopt has values to compare
                }
            }

            resetPeakHeap();
            start = System.nanoTime();
            cpu = cpu();
            SourceWorkbook book = WorkbookCells.read(cached);
            long read = System.nanoTime();
            Adoption adoption = Adopter.adopt(book, "generated");
            long adopted = System.nanoTime(), cpuUsed = cpu() - cpu;
            long heap = peakHeap();
            Adoption.Tally t = adoption.tally();
            System.out.printf(Locale.ROOT, "adopt: read %.2f s, adopt (names, model, compile, evaluate, compare) %.2f s, total %.2f s (CPU %.2f s); peak heap %,d MB%n",
                    seconds(start, read), seconds(read, adopted), seconds(start, adopted), cpuUsed / 1e9, heap >> 20);
            System.out.printf(Locale.ROOT, "adopt: %,d of %,d formula cells adopted, %,d of %,d values POI cached reproduced (relative 1e-12), model %,d lines%n",
                    t.adopted(), t.formulas(), t.matched(), t.compared(), adoption.source().lines().count());
            return 0;
        } finally {
            Files.deleteIfExists(plain);
            Files.deleteIfExists(cached);
            Files.deleteIfExists(dir);
        }
    }

    private static void generate(Path file, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Model");
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r - 1);
                row.createCell(0).setCellValue(r * 1.25 - 7);
                for (int c = 0; c < FORMULAS.length; c++) {
                    String f = FORMULAS[c].replace("{r}", String.valueOf(r)).replace("{p}", String.valueOf(r - 1));
                    row.createCell(c + 1).setCellFormula(r == 1 ? f.replace("+G0", "") : f);
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** This thread's CPU time: both sides run on this one thread, and the machine may be busy with others. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Starts measuring the heap's high-water mark afresh, from an empty heap. */
    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** The most the heap held since {@link #resetPeakHeap()}, garbage not yet collected included (an upper bound). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static double seconds(long from, long to) { return (to - from) / 1e9; }
}
