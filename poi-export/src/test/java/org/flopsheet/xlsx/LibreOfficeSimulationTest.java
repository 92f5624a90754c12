package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation sheets of an exported workbook, recalculated by LibreOffice: on "Samples" every
 * formula of every sample row and every summary cell (AVERAGE, STDEV, PERCENTILE.INC) equals what
 * flopsheet simulate gives for the same samples and seed; on "Live" the RAND() draws through
 * NORM.INV, LOGNORM.INV, BETA.INV and the closed forms give the same distributions within sampling error.
 */
class LibreOfficeSimulationTest {
    private static final int SAMPLES = 1000;
    private static final long SEED = 17;
    private static final String MIXED = """
            sheet mixed "Every kind of distribution"
            input a = 1e25 to 1e27 FLOP
            input b = normal(3, 0.5)
            input w = triangular(1, 2, 6)
            input u = uniform(2, 4)
            input pe = pert(1, 2, 10)
            input be = beta(2, 5)
            input mx = mixture(0.25, 1 to 2, 0.75, normal(10, 1))
            input tr = truncate(normal(0, 1), -0.5, 2)
            input fixed = 7
            correlate a, w = 0.4
            y = a * b / w / fixed FLOP
            z = u + pe + be + mx + tr
            """;

    @TempDir static Path dir;
    private static final Map<String, Sheet> sheets = new java.util.LinkedHashMap<>();
    private static final Map<String, Path> books = new java.util.LinkedHashMap<>();
    private static LibreOffice.Results results;

    @BeforeAll
    static void recalculate() throws Exception {
        sheets.put("finveden", Compiler.compile(Path.of("..", "workbooks", "finveden-uncertain.flop")));
        sheets.put("mixed", Compiler.compile(SourceFile.of("mixed.flop", MIXED)));
        for (var e : sheets.entrySet()) {
            Path book = dir.resolve(e.getKey() + ".xlsx");
            WorkbookExporter.write(e.getValue(), book, SAMPLES, SEED);
            books.put(e.getKey(), book);
        }
        results = LibreOffice.recalculate(List.copyOf(books.values()), dir);
    }

    private static Map<String, LibreOffice.Cell> calculated(String model, String sheetName) {
        return results.stage(books.get(model), "after_calculate_all").get(sheetName);
    }

    private static double number(Map<String, LibreOffice.Cell> cells, int row, int column) {
        String address = new CellReference(row, column).formatAsString();
        LibreOffice.Cell cell = cells.get(address);
        assertNotNull(cell, address);
        assertNotNull(cell.number(), address + " is " + cell.error());
        return cell.number();
    }

    @Test
    void samplesSheetRecalculatesToTheEngineStatistics() {
        for (String model : sheets.keySet()) {
            Sheet sheet = sheets.get(model);
            SimulationResult engine = Simulation.run(sheet, new SimulationOptions(SAMPLES, SEED, 2, Map.of(), List.of()));
            Map<String, LibreOffice.Cell> cells = calculated(model, "Samples");
            for (Quantity q : sheet.quantities()) {
                QuantityStatistics s = engine.of(q.name());
                int c = SimulationSheetWriter.column(q);
                double[] expected = {s.mean(), s.sd(), s.percentile(0.05), s.percentile(0.25), s.percentile(0.5), s.percentile(0.75), s.percentile(0.95)};
                for (int i = 0; i < expected.length; i++) {
                    double got = number(cells, SimulationSheetWriter.FIRST_STATISTIC + i, c);
                    assertEquals(expected[i], got, Math.abs(expected[i]) * 1e-12 + 1e-300,
                            model + " " + q.name() + " " + SimulationSheetWriter.STATISTICS[i]);
                }
            }
        }
    }

    @Test
    void everySampleRowComputesWhatTheEngineComputed() {
        for (String model : sheets.keySet()) {
            Sheet sheet = sheets.get(model);
            int width = sheet.quantities().size();
            double[] rows = new double[SAMPLES * width];
            Simulation.run(sheet, new SimulationOptions(SAMPLES, SEED, 2, Map.of(), List.of()),
                    (first, count, block, w) -> System.arraycopy(block, 0, rows, (int) first * width, count * width));
            Map<String, LibreOffice.Cell> cells = calculated(model, "Samples");
            for (int i = 0; i < SAMPLES; i++) {
                for (Quantity q : sheet.quantities()) {
                    double want = rows[i * width + q.index()];
                    double got = number(cells, SimulationSheetWriter.FIRST_SAMPLE + i, SimulationSheetWriter.column(q));
                    assertEquals(want, got, Math.abs(want) * 5e-15, model + " sample " + (i + 1) + " " + q.name());
                }
            }
        }
    }

    /** The histogram's COUNTIFS count the samples the engine put in each bin. */
    @Test
    void histogramCountsAreTheEngineCounts() throws Exception {
        for (String model : sheets.keySet()) {
            Sheet sheet = sheets.get(model);
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(books.get(model).toFile())) {
                var samples = wb.getSheet("Samples");
                Map<String, LibreOffice.Cell> cells = calculated(model, "Samples");
                long total = 0;
                for (int b = 0; b < SimulationSheetWriter.BINS; b++) {
                    int r = SimulationSheetWriter.HISTOGRAM_HEADER + 1 + b;
                    double cached = samples.getRow(r).getCell(2).getNumericCellValue();
                    assertEquals(cached, number(cells, r, 2), model + " bin " + b);
                    total += (long) cached;
                }
                assertEquals(SAMPLES, total, model + ": every sample falls in one bin");
            }
        }
    }

    /** Live draws are random: each uncertain input's median must be the distribution's within five standard errors. */
    @Test
    void liveSheetDrawsFromTheSameDistributions() {
        for (String model : sheets.keySet()) {
            Sheet sheet = sheets.get(model);
            Map<String, LibreOffice.Cell> cells = calculated(model, "Live");
            int live = Math.min(SAMPLES, WorkbookExporter.LIVE_ROWS);
            for (var in : sheet.uncertainty().inputs()) {
                Quantity q = sheet.quantity(in.name());
                double[] draws = new double[live];
                for (int i = 0; i < live; i++) draws[i] = number(cells, SimulationSheetWriter.FIRST_SAMPLE + i, SimulationSheetWriter.column(q));
                long below = java.util.Arrays.stream(draws).filter(x -> x <= in.distribution().median()).count();
                // the count below the true median is binomial(n, 1/2): sd sqrt(n)/2
                assertEquals(live / 2.0, below, 5 * Math.sqrt(live) / 2, model + " " + q.name() + " median");
                long belowP5 = java.util.Arrays.stream(draws).filter(x -> x <= in.distribution().quantile(0.05)).count();
                assertEquals(live * 0.05, belowP5, 5 * Math.sqrt(live * 0.05 * 0.95), model + " " + q.name() + " p5");
                for (double x : draws) assertTrue(Double.isFinite(x));
            }
        }
    }
}
