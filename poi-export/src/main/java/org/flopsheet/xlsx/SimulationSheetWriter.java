package org.flopsheet.xlsx;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import java.util.List;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.UncertainInput;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.SimulationResult;
import org.flopsheet.engine.unparse.ExcelFormula;
import org.flopsheet.engine.units.Unit;

/**
 * Writes a simulation sheet: a summary of every quantity (AVERAGE, STDEV and PERCENTILE.INC over its
 * column), then one row per sample with a column per quantity. On the "Samples" sheet the uncertain
 * inputs hold the engine's samples as values, so the summary recalculates to the engine's figures;
 * on the "Live" sheet they are inverse distribution functions of RAND(), fresh at every recalculation
 * (F9). Every other column is the model's formula on that row's cells; inputs held at one value
 * follow the base sheet through their defined names.
 */
final class SimulationSheetWriter {
    static final String[] STATISTICS = {"mean", "sd", "p5", "p25", "p50", "p75", "p95"};
    static final double[] PERCENTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    static final int SUMMARY_HEADER = 3, FIRST_STATISTIC = 4;
    static final int BINS = 20;
    /** Below the summary: a histogram of the model's answer, its table in columns A to C and its chart beside it. */
    static final int HISTOGRAM_HEADER = FIRST_STATISTIC + STATISTICS.length + 1;
    static final int SAMPLE_HEADER = HISTOGRAM_HEADER + BINS + 2;
    static final int FIRST_SAMPLE = SAMPLE_HEADER + 1;

    private final Sheet sheet;
    private final Styles styles;

    SimulationSheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The column of a quantity's samples (column A numbers the samples). */
    static int column(Quantity q) { return 1 + q.index(); }

    /** On the live sheet, the column of an uncertain input's uniform draw: right of the quantities, a blank column between. */
    int drawColumn(UncertainInput in) {
        return sheet.quantities().size() + 2 + sheet.uncertainty().inputs().indexOf(in);
    }

    /** The samples of {@code q} as an absolute range, e.g. {@code $C$13:$C$1012}. */
    static String range(Quantity q, int samples) {
        return new CellReference(FIRST_SAMPLE, column(q), true, true).formatAsString() + ":"
                + new CellReference(FIRST_SAMPLE + samples - 1, column(q), true, true).formatAsString();
    }

    /**
     * @param rows   the engine's samples, {@code samples} rows of every slot, or null for the live sheet
     * @param result the engine's statistics of those samples (cached values of the summary), or null
     */
    void write(XSSFSheet out, int samples, double[] rows, SimulationResult result, String note) {
        int width = sheet.quantities().size();
        text(out, 0, 0, sheet.title() + (rows != null ? " \u2014 Monte Carlo samples" : " \u2014 live Monte Carlo (F9 draws again)"), styles.title);
        text(out, 1, 0, note, styles.note);

        text(out, SUMMARY_HEADER, 0, "Statistic", styles.header);
        text(out, SAMPLE_HEADER, 0, "Sample", styles.header);
        for (Quantity q : sheet.quantities()) {
            text(out, SUMMARY_HEADER, column(q), q.name(), styles.header);
            text(out, SAMPLE_HEADER, column(q), q.name(), styles.header);
        }
        if (rows == null) {
            for (UncertainInput in : sheet.uncertainty().inputs()) text(out, SAMPLE_HEADER, drawColumn(in), "draw of " + in.name(), styles.header);
        }
        for (int s = 0; s < STATISTICS.length; s++) {
            text(out, FIRST_STATISTIC + s, 0, STATISTICS[s], styles.label);
            for (Quantity q : sheet.quantities()) {
                String range = range(q, samples);
                String formula = switch (STATISTICS[s]) {
                    case "mean" -> "AVERAGE(" + range + ")";
                    case "sd" -> "STDEV(" + range + ")";
                    default -> "_xlfn.PERCENTILE.INC(" + range + "," + PERCENTILES[s - 2] + ")";
                };
                XSSFCell cell = row(out, FIRST_STATISTIC + s).createCell(column(q));
                cell.setCellFormula(formula);
                if (result != null) {
                    QuantityStatistics st = result.of(q.name());
                    double v = switch (STATISTICS[s]) {
                        case "mean" -> st.mean();
                        case "sd" -> st.sd();
                        default -> st.percentile(PERCENTILES[s - 2]);
                    };
                    if (Double.isFinite(v)) cell.setCellValue(v);
                }
                cell.setCellStyle(styles.value(Styles.Kind.FORMULA, cell.getNumericCellValue(), q.unit()));
            }
        }
        for (int i = 0; i < samples; i++) {
            XSSFRow row = row(out, FIRST_SAMPLE + i);
            row.createCell(0).setCellValue(i + 1);
            int excelRow = FIRST_SAMPLE + i + 1;
            for (Quantity q : sheet.quantities()) {
                XSSFCell cell = row.createCell(column(q));
                UncertainInput uncertain = sheet.uncertainty().input(q.name());
                Styles.Kind kind = Styles.Kind.FORMULA;
                if (uncertain != null && rows != null) {
                    kind = Styles.Kind.INPUT;
                } else if (uncertain != null) {
                    // the draw sits in a cell of its own: the inverse may use it more than once, and each RAND() is a new draw
                    int drawColumn = drawColumn(uncertain);
                    row.createCell(drawColumn).setCellFormula("RAND()");
                    cell.setCellFormula(InverseFormulas.of(uncertain.distribution(), CellReference.convertNumToColString(drawColumn) + excelRow));
                } else if (q.input()) {
                    cell.setCellFormula(q.name());
                    kind = Styles.Kind.LINK;
                } else {
                    cell.setCellFormula(ExcelFormula.of(q.formula(), name -> CellReference.convertNumToColString(column(sheet.quantity(name))) + excelRow));
                }
                if (rows != null) CellValues.put(cell, Value.of(rows[i * width + q.index()], q.type()));
                cell.setCellStyle(styles.value(kind, rows != null ? rows[i * width + q.index()] : 0, q.unit()));
            }
        }
        histogram(out, samples, rows);
        out.setColumnWidth(0, Math.max(16, charted().name().length() + 9) * 256);
        for (Quantity q : sheet.quantities()) out.setColumnWidth(column(q), Math.max(12, q.name().length() + 3) * 256);
        Printing.onePageWide(out);
        out.getWorkbook().setPrintArea(out.getWorkbook().getSheetIndex(out), 0, width, 0, SAMPLE_HEADER + 20);
    }

    /** The quantity the histogram shows: the last formula, the model's answer in source order. */
    Quantity charted() {
        List<Quantity> outputs = sheet.outputs();
        return outputs.isEmpty() ? sheet.quantities().get(sheet.quantities().size() - 1) : outputs.get(outputs.size() - 1);
    }

    /**
     * The bins' lower edges: between the charted quantity's 1st and 99th percentiles of the engine's
     * samples, equal on a log scale when they are positive and a factor of ten apart; the last bin is open.
     */
    double[] binEdges(SimulationResult result) {
        QuantityStatistics s = result.of(charted().name());
        double low = s.percentile(0.01), high = s.percentile(0.99);
        boolean log = low > 0 && high / low > 10;
        double[] edges = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            double f = (double) i / (BINS - 1);
            edges[i] = log ? Math.exp(Math.log(low) + f * (Math.log(high) - Math.log(low))) : low + f * (high - low);
            edges[i] = Double.parseDouble(org.flopsheet.engine.eval.NumberText.significant(edges[i], 3).replace("E+", "E"));
        }
        return edges;
    }

    private double[] edges;

    void useBinEdges(double[] edges) { this.edges = edges; }

    /** A table of bins (lower edge as a number and as a label, COUNTIFS of the samples) and its chart. */
    private void histogram(XSSFSheet out, int samples, double[] rows) {
        if (edges == null) return;
        Quantity q = charted();
        int c = 0;
        String range = range(q, samples);
        text(out, HISTOGRAM_HEADER, c, "bin of " + q.name(), styles.header);
        text(out, HISTOGRAM_HEADER, c + 1, "from", styles.header);
        text(out, HISTOGRAM_HEADER, c + 2, "samples", styles.header);
        int width = sheet.quantities().size();
        String[] labels = new String[edges.length];
        Double[] counts = new Double[edges.length];
        for (int b = 0; b < edges.length; b++) {
            int r = HISTOGRAM_HEADER + 1 + b;
            labels[b] = (b == 0 ? "< " : "\u2265 ") + org.flopsheet.engine.eval.NumberText.significant(b == 0 ? edges[1] : edges[b], 3);
            text(out, r, c, labels[b], styles.label);
            XSSFCell from = row(out, r).createCell(c + 1);
            from.setCellValue(edges[b]);
            from.setCellStyle(styles.value(Styles.Kind.ENGINE_VALUE, edges[b], q.unit()));
            String fromCell = new CellReference(r, c + 1).formatAsString();
            String toCell = new CellReference(r + 1, c + 1).formatAsString();
            String formula = b == 0 ? "COUNTIF(" + range + ",\"<\"&" + toCell + ")"
                    : b == edges.length - 1 ? "COUNTIF(" + range + ",\">=\"&" + fromCell + ")"
                    : "COUNTIFS(" + range + ",\">=\"&" + fromCell + "," + range + ",\"<\"&" + toCell + ")";
            XSSFCell count = row(out, r).createCell(c + 2);
            count.setCellFormula(formula);
            if (rows != null) {
                long n = 0;
                for (int i = 0; i < samples; i++) {
                    double v = rows[i * width + q.index()];
                    boolean inBin = (b == 0 || v >= edges[b]) && (b == edges.length - 1 || v < edges[b + 1]);
                    if (inBin && !Double.isNaN(v)) n++;
                }
                count.setCellValue(n);
                counts[b] = (double) n;
            }
            count.setCellStyle(styles.value(Styles.Kind.FORMULA, 1, Unit.NONE));
        }
        new org.flopsheet.xlsx.charts.HistogramChart(q.name() + (rows != null ? ": the samples" : ": live draws (F9)"),
                HISTOGRAM_HEADER + 1, c, c + 2, labels, counts).draw(out, c + 3, HISTOGRAM_HEADER, 7, BINS + 1);
    }

    private static XSSFRow row(XSSFSheet out, int r) {
        return out.getRow(r) != null ? out.getRow(r) : out.createRow(r);
    }

    private static void text(XSSFSheet out, int r, int c, String s, org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
        XSSFCell cell = row(out, r).createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }
}
