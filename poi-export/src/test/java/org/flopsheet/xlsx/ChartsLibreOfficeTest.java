package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.util.CellReference;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.whatif.Tornado;
import org.flopsheet.xlsx.charts.BarChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The what-if sheets of exported workbooks, recalculated and drawn by LibreOffice: the tornado's cells
 * come to the engine's numbers, and its chart and the scenario chart render as pictures with bars in them.
 */
class ChartsLibreOfficeTest {
    /** The tornado's live cells compute c·(end/x)^e where the engine evaluates the whole chain: a few ulps apart. */
    private static final double RELATIVE = 1e-12;

    @TempDir static Path dir;
    private static final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private static final Map<String, Path> books = new LinkedHashMap<>();
    private static LibreOffice.Results results;

    @BeforeAll
    static void exportAndRecalculate() throws Exception {
        for (String model : List.of("finveden", "chinchilla", "laptop-training-time", "training-dynamics", "finveden-uncertain")) {
            Sheet sheet = Compiler.compile(Path.of("..", "workbooks", model + ".flop"));
            Path book = dir.resolve(model + ".xlsx");
            WorkbookExporter.write(sheet, book);
            sheets.put(model, sheet);
            books.put(model, book);
        }
        results = LibreOffice.recalculate(List.copyOf(books.values()), dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"finveden", "chinchilla", "laptop-training-time", "training-dynamics", "finveden-uncertain"})
    void tornadoCellsRecalculateToTheEnginesNumbers(String model) {
        Sheet sheet = sheets.get(model);
        Quantity output = TornadoSheetWriter.output(sheet);
        Tornado tornado = Tornado.of(sheet, output, Map.of(), TornadoSheetWriter.ranges(sheet));
        Map<String, LibreOffice.Cell> cells = results.stage(books.get(model), "after_calculate_all").get("Tornado");
        assertNotNull(cells, "no Tornado sheet in " + model);
        int row = TornadoSheetWriter.HEADER_ROW;
        for (Tornado.Bar bar : tornado.bars()) {
            row++;
            check(cells, row, TornadoSheetWriter.VALUE, bar.value(), model, bar);
            check(cells, row, TornadoSheetWriter.LOW, bar.range().low(), model, bar);
            check(cells, row, TornadoSheetWriter.HIGH, bar.range().high(), model, bar);
            check(cells, row, TornadoSheetWriter.AT_LOW, bar.outputAtLow(), model, bar);
            check(cells, row, TornadoSheetWriter.AT_HIGH, bar.outputAtHigh(), model, bar);
            check(cells, row, TornadoSheetWriter.SWING, bar.swing(), model, bar);
        }
        assertTrue(tornado.bars().size() > 1, model);
    }

    private static void check(Map<String, LibreOffice.Cell> cells, int row, int col, double engine, String model, Tornado.Bar bar) {
        String address = new CellReference(row, col).formatAsString(false);
        LibreOffice.Cell cell = cells.get(address);
        String what = model + " Tornado!" + address + " (" + bar.input().name() + ")";
        assertNotNull(cell, what + " is empty");
        if (!Double.isFinite(engine)) {
            assertNotNull(cell.error(), what + ": the engine has an error, LibreOffice " + cell.number());
            return;
        }
        assertNotNull(cell.number(), what + ": LibreOffice has " + cell.error() + ", the engine " + engine);
        assertEquals(engine, cell.number(), RELATIVE * Math.abs(engine), what);
    }

    @Test
    void bothChartsRenderWithTheirBars() throws Exception {
        Path scenarios = dir.resolve("scenarios.png"), tornado = dir.resolve("tornado.png");
        LibreOffice.renderCharts(books.get("finveden"), Map.of("Scenarios", scenarios, "Tornado", tornado), dir);
        BufferedImage scenarioPicture = ImageIO.read(scenarios.toFile()), tornadoPicture = ImageIO.read(tornado.toFile());
        for (BufferedImage picture : List.of(scenarioPicture, tornadoPicture)) {
            assertTrue(picture.getWidth() > 400 && picture.getHeight() > 200, picture.getWidth() + "x" + picture.getHeight());
        }
        assertTrue(Files.size(scenarios) > 5_000 && Files.size(tornado) > 5_000);
        // bars are drawn in the series' colours: a fair share of the picture, not an empty frame
        assertTrue(share(scenarioPicture, BarChart.BLUE) > 0.05, "scenario chart: blue share " + share(scenarioPicture, BarChart.BLUE));
        assertTrue(share(tornadoPicture, BarChart.BLUE) > 0.03, "tornado: blue share " + share(tornadoPicture, BarChart.BLUE));
        assertTrue(share(tornadoPicture, BarChart.ORANGE) > 0.03, "tornado: orange share " + share(tornadoPicture, BarChart.ORANGE));
    }

    /** The share of pixels within a few levels of {@code rgb}. */
    private static double share(BufferedImage picture, byte[] rgb) {
        long near = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                int p = picture.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - (rgb[0] & 0xFF)) <= 8 && Math.abs(((p >> 8) & 0xFF) - (rgb[1] & 0xFF)) <= 8
                        && Math.abs((p & 0xFF) - (rgb[2] & 0xFF)) <= 8) {
                    near++;
                }
            }
        }
        return (double) near / ((long) picture.getWidth() * picture.getHeight());
    }
}
