package org.flopsheet.xlsx.charts;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A real Excel bar chart (DrawingML, through POI's XDDF) whose categories and values are ranges of
 * cells, so it follows the cells when they recalculate. Scenario comparisons, tornados and histograms
 * are all bar charts; {@link Spec} says which kind.
 */
public final class BarChart {
    /** Colours for series: Office's default blue and orange. */
    public static final byte[] BLUE = {(byte) 0x5B, (byte) 0x9B, (byte) 0xD5}, ORANGE = {(byte) 0xED, (byte) 0x7D, (byte) 0x31};

    private BarChart() {}

    /** One series: its legend text, the cells holding its values (one per category), and its colour (null: {@link #BLUE}). */
    public record Series(String title, XSSFSheet sheet, CellRangeAddress values, byte[] rgb) {}

    /**
     * @param categories  the cells naming each bar (text or numbers)
     * @param horizontal  bars grow to the right (a tornado) rather than up
     * @param logScale    a base-10 value axis, for values that span decades (all must be above 0)
     * @param overlap     how much the bars of different series overlap, -100 to 100 (100: on top of each other)
     * @param gapWidth    the gap between categories in percent of a bar's width (0 for a histogram)
     * @param firstOnTop  in a horizontal chart, the first category at the top (Excel's default puts it at the bottom)
     */
    public record Spec(String title, XSSFSheet categorySheet, CellRangeAddress categories, List<Series> series,
                       String categoryAxisTitle, String valueAxisTitle, boolean horizontal, boolean logScale,
                       int overlap, int gapWidth, boolean firstOnTop) {}

    /** Draws {@code spec} on {@code sheet} over {@code area} and returns the chart. */
    public static XSSFChart draw(XSSFSheet sheet, ChartArea area, Spec spec) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, area.column(), area.row(),
                area.column() + area.columns(), area.row() + area.rows());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(spec.title());
        chart.setTitleOverlay(false);
        if (spec.series().size() > 1) chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(spec.horizontal() ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(spec.horizontal() ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (spec.categoryAxisTitle() != null) categoryAxis.setTitle(spec.categoryAxisTitle());
        if (spec.valueAxisTitle() != null) valueAxis.setTitle(spec.valueAxisTitle());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        // category labels stay beside the plot, not on the zero line, when bars go negative (a tornado)
        categoryAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        if (spec.logScale()) {
            valueAxis.setLogBase(10);
            // bars rise from the bottom of a log axis: there is no zero to rise from
            categoryAxis.setCrosses(AxisCrosses.MIN);
            valueAxis.setCrosses(AxisCrosses.MIN);
        }
        if (spec.horizontal() && spec.firstOnTop()) {
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        }
        valueAxis.setMajorTickMark(org.apache.poi.xddf.usermodel.chart.AxisTickMark.OUT);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(spec.horizontal() ? BarDirection.BAR : BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(spec.categorySheet(), spec.categories());
        for (Series s : spec.series()) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(s.sheet(), s.values());
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(s.title(), null);
            // without a fill of its own a series is drawn in no colour at all by LibreOffice
            XDDFShapeProperties look = new XDDFShapeProperties();
            look.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(s.rgb() != null ? s.rgb() : BLUE)));
            series.setShapeProperties(look);
        }
        chart.plot(data);
        spacing(chart, spec.overlap(), spec.gapWidth());
        return chart;
    }

    /**
     * Overlap and gap width are written as attributes through a cursor: the typed setters need schema types
     * that the slim OOXML schema jar POI ships does not carry.
     */
    private static void spacing(XSSFChart chart, int overlap, int gapWidth) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        setVal(bar.isSetGapWidth() ? bar.getGapWidth() : bar.addNewGapWidth(), Integer.toString(gapWidth));
        setVal(bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap(), Integer.toString(overlap));
    }

    private static void setVal(XmlObject element, String value) {
        try (XmlCursor cursor = element.newCursor()) {
            cursor.setAttributeText(new QName("val"), value);
        }
    }

    /** Whether values span at least two decades and are all above 0: then a log axis shows them best. */
    public static boolean spansDecades(double... values) {
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (double v : values) {
            if (!(v > 0) || !Double.isFinite(v)) return false;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return values.length > 1 && max / min >= 100;
    }
}
