package org.flopsheet.xlsx;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.xlsx.charts.BarChart;
import org.flopsheet.xlsx.charts.ChartArea;

/** The side-by-side view: a row per quantity, a column per case, each cell a live link to its model sheet. */
final class ComparisonSheetWriter {
    private static final int LABEL = 0, UNIT = 1, FIRST_CASE = 2;

    /** One column: a model sheet, the scenario it shows ("" for the base case) and its engine values. */
    record Case(String sheetName, String heading, String scenario, Evaluation values) {}

    private ComparisonSheetWriter() {}

    static void write(SXSSFSheet out, Sheet sheet, Layout layout, List<Case> cases, Styles styles, Metadata metadata) {
        text(out.createRow(0), 0, sheet.title() + " \u2014 scenarios side by side", styles.title);
        text(out.createRow(1), 0, "Each value links to its scenario's sheet; change inputs there.", styles.note);
        int headerRow = 3;
        Row header = out.createRow(headerRow);
        text(header, LABEL, "Quantity", styles.header);
        text(header, UNIT, "Unit", styles.header);
        for (int i = 0; i < cases.size(); i++) text(header, FIRST_CASE + i, cases.get(i).heading(), styles.header);

        int r = headerRow + 1;
        for (Quantity q : sheet.quantities()) {
            Row row = out.createRow(r);
            text(row, LABEL, q.title().replace('\n', ' '), styles.oneLine);
            text(row, UNIT, q.unitText(), styles.text);
            if (layout.isBlock(q)) {
                text(row, FIRST_CASE, "an array: see its block on each case's sheet", styles.note);
                r++;
                continue;
            }
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Value value = c.values().value(q);
                Cell cell = row.createCell(FIRST_CASE + i);
                cell.setCellFormula(layout.valueCell(c.sheetName(), q));
                CellValues.put(cell, value);
                cell.setCellStyle(styles.value(Styles.Kind.FORMULA, CellValues.shown(value), q.unit()));
                metadata.add(out.getSheetName(), new CellReference(r, FIRST_CASE + i).formatAsString(), q.name(),
                        c.scenario(), "view");
            }
            r++;
        }
        out.setColumnWidth(LABEL, ModelSheetWriter.widest(sheet, Quantity::title, 12, 90) * 256);
        out.setColumnWidth(UNIT, ModelSheetWriter.widest(sheet, Quantity::unitText, 10, 30) * 256);
        for (int i = 0; i < cases.size(); i++) {
            out.setColumnWidth(FIRST_CASE + i, Math.max(14, cases.get(i).heading().length() + 2) * 256);
        }
        out.createFreezePane(FIRST_CASE, headerRow + 1);
        Quantity charted = TornadoSheetWriter.output(sheet);
        if (charted != null) chart(Drawings.of(out), charted, headerRow, headerRow + 1 + charted.index(), r + 1, cases);
        Printing.onePageWide(out);
    }

    /** A bar per case of one output, drawn from the live row above; a log axis when the values span decades. */
    private static void chart(XSSFSheet out, Quantity q, int headerRow, int valueRow, int below, List<Case> cases) {
        double[] values = cases.stream().mapToDouble(c -> c.values().number(q.name())).toArray();
        boolean log = BarChart.spansDecades(values);
        String unit = q.unitText().isEmpty() ? "" : " (" + q.unitText() + ")";
        int last = FIRST_CASE + cases.size() - 1;
        var spec = new BarChart.Spec(q.title().replace('\n', ' ') + unit + " by scenario" + (log ? ", log scale" : ""),
                out, new CellRangeAddress(headerRow, headerRow, FIRST_CASE, last),
                List.of(new BarChart.Series(q.name(), out, new CellRangeAddress(valueRow, valueRow, FIRST_CASE, last), BarChart.BLUE)),
                null, q.name() + unit, false, log, 0, 60, false);
        BarChart.draw(out, new ChartArea(0, below, Math.min(6, FIRST_CASE + cases.size()), 22), spec);
    }

    private static void text(Row row, int c, String s, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }
}
