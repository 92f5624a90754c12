package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.xlsx.charts.BarChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;

/** The charts of an exported workbook, as a program reading the file sees them. */
class ChartsTest {

    private static List<XSSFChart> charts(XSSFWorkbook wb, String sheet) {
        var drawing = wb.getSheet(sheet).getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    @Test
    void theScenarioChartReadsTheLiveRowOfTheLastOutputOnALogAxis() throws Exception {
        Sheet sheet = Compiler.compile(Path.of("..", "workbooks", "finveden.flop"));
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            List<XSSFChart> charts = charts(wb, "Scenarios");
            assertEquals(1, charts.size());
            CTBarChart bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals(1, bars.sizeOfSerArray());
            // parallel_tasks is the 10th quantity: row 14 of the side-by-side view, one column per case
            assertEquals("Scenarios!$C$14:$G$14", bars.getSerArray(0).getVal().getNumRef().getF());
            assertEquals("Scenarios!$C$4:$G$4", bars.getSerArray(0).getCat().getStrRef().getF());
            CTValAx axis = charts.get(0).getCTChart().getPlotArea().getValAxArray(0);
            assertEquals(10, axis.getScaling().getLogBase().getVal());
        }
    }

    @Test
    void theTornadoChartHasALowAndAHighSeriesOverTheChangeColumns() throws Exception {
        Sheet sheet = Compiler.compile(Path.of("..", "workbooks", "finveden.flop"));
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            List<XSSFChart> charts = charts(wb, "Tornado");
            assertEquals(1, charts.size());
            CTBarChart bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals("bar", bars.getBarDir().getVal().toString());
            assertEquals(2, bars.sizeOfSerArray());
            assertEquals("Tornado!$G$5:$G$10", bars.getSerArray(0).getVal().getNumRef().getF());
            assertEquals("Tornado!$H$5:$H$10", bars.getSerArray(1).getVal().getNumRef().getF());
            assertTrue(bars.xmlText().contains("overlap val=\"100\""), bars.xmlText());
        }
    }

    @ParameterizedTest(name = "{0}: log axis {1}")
    @CsvSource({
        "1 5 90,        false",
        "1 100,         true",
        "3e25 3e33,     true",
        "0 100 1000,    false",
        "-1 100,        false",
        "7,             false",
    })
    void aLogAxisOnlyWhereValuesAreAboveZeroAndSpanTwoDecades(String values, boolean log) {
        double[] v = java.util.Arrays.stream(values.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(log, BarChart.spansDecades(v));
    }

    @Test
    void aSheetWithoutScenariosStillGetsItsTornado() throws Exception {
        Sheet sheet = org.flopsheet.engine.compile.Compiler.compile(org.flopsheet.engine.dsl.SourceFile.of("t.flop",
                "input x = 2\ninput y = 3\nz = x^2 * y\n"));
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            assertFalse(wb.getSheetIndex("Scenarios") >= 0);
            assertEquals(1, charts(wb, "Tornado").size());
            assertEquals("z*(C5/B5)^2", wb.getSheet("Tornado").getRow(4).getCell(TornadoSheetWriter.AT_LOW).getCellFormula());
        }
    }
}
