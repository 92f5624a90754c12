package org.flopsheet.xlsx.charts;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A live column chart of a histogram table already on the sheet: one column of bin labels, one of
 * counts (formulas), so the chart follows the workbook as it recalculates. The counts known now are
 * written as the chart's cache (Apache POI cannot evaluate every formula a workbook may hold).
 *
 * @param firstRow     0-based first row of the bins
 * @param labelColumn  column of the bins' labels
 * @param countColumn  column of the bins' counts
 * @param labels       the bins' labels
 * @param counts       the counts for the chart's cache (null where unknown until the workbook recalculates)
 */
public record HistogramChart(String title, int firstRow, int labelColumn, int countColumn, String[] labels, Double[] counts) {

    /** Draws the chart with its top-left corner at (column, row), {@code columns} wide and {@code rows} high. */
    public void draw(XSSFSheet sheet, int column, int row, int columns, int rows) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, row, column + columns, row + rows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis axis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        axis.setTitle("bin");
        XDDFValueAxis samples = chart.createValueAxis(AxisPosition.LEFT);
        samples.setTitle("samples");
        samples.setCrosses(AxisCrosses.AUTO_ZERO);
        int lastRow = firstRow + labels.length - 1;
        XDDFDataSource<String> bins = XDDFDataSourcesFactory.fromArray(labels, reference(sheet, firstRow, lastRow, labelColumn));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(counts, reference(sheet, firstRow, lastRow, countColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, axis, samples);
        data.setBarDirection(BarDirection.COL);
        data.setGapWidth(10);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(bins, values);
        series.setTitle("samples", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        chart.plot(data);
    }

    private static String reference(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
