package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.flopsheet.engine.compile.Grid;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;

/**
 * A grid of scenarios as two-way tables, as Excel's Data Table shows one: for every output, the first
 * axis's values down the side, the other axes' combinations across the top, and in each cell a live
 * link to that output on the scenario's own sheet, which recalculates from its inputs.
 */
final class GridSheetWriter {
    private GridSheetWriter() {}

    static void write(SXSSFSheet out, Sheet sheet, Grid grid, Layout layout, Map<String, String> sheetOfScenario,
                      Styles styles, Metadata metadata) {
        List<Grid.Axis> axes = grid.axes();
        Grid.Axis down = axes.get(0);
        List<int[]> across = combinations(axes.subList(1, axes.size()));
        String title = String.join(" × ", axes.stream().map(Grid.Axis::input).toList());
        text(out.createRow(0), 0, sheet.title() + " \u2014 grid of " + title, styles.title);
        text(out.createRow(1), 0, "Each value links to its scenario's sheet and follows its inputs there. The headers are the grid's values;"
                + " to change them, edit the grid line (line " + grid.pos().line() + ") of the source and export again.", styles.note);
        int r = 3;
        for (Quantity q : sheet.outputs()) {
            if (layout.isBlock(q)) continue; // an array has its block on each scenario's sheet
            text(out.createRow(r++), 0, q.title().replace('\n', ' ') + (q.unitText().isEmpty() ? "" : " (" + q.unitText() + ")")
                    + " \u2014 " + q.name(), styles.label);
            Row header = out.createRow(r++);
            text(header, 0, down.input() + (across.size() > 1 || axes.size() > 1 ? " \u2193  " + acrossTitle(axes) + " \u2192" : ""), styles.header);
            for (int c = 0; c < across.size(); c++) text(header, 1 + c, acrossLabel(axes, across.get(c)), styles.header);
            for (int i = 0; i < down.values().size(); i++) {
                Row row = out.createRow(r);
                text(row, 0, down.labels().get(i), styles.header);
                for (int c = 0; c < across.size(); c++) {
                    int[] index = new int[axes.size()];
                    index[0] = i;
                    System.arraycopy(across.get(c), 0, index, 1, axes.size() - 1);
                    String scenario = grid.scenario(index);
                    Value value = sheet.evaluate(sheet.scenario(scenario)).value(q);
                    Cell cell = row.createCell(1 + c);
                    cell.setCellFormula(layout.valueCell(sheetOfScenario.get(scenario), q));
                    CellValues.put(cell, value);
                    cell.setCellStyle(styles.value(Styles.Kind.FORMULA, CellValues.shown(value), q.unit()));
                    metadata.add(out.getSheetName(), new CellReference(r, 1 + c).formatAsString(), q.name(), scenario, "view");
                }
                r++;
            }
            r++;
        }
        out.setColumnWidth(0, Math.max(24, title.length() + 8) * 256);
        for (int c = 0; c < across.size(); c++) out.setColumnWidth(1 + c, Math.max(14, acrossLabel(axes, across.get(c)).length() + 2) * 256);
        Printing.onePageWide(out);
    }

    /** Every combination of value indices of {@code axes}, the first varying slowest; one empty combination for none. */
    private static List<int[]> combinations(List<Grid.Axis> axes) {
        List<int[]> out = new ArrayList<>();
        int[] index = new int[axes.size()];
        while (true) {
            out.add(index.clone());
            int a = axes.size() - 1;
            while (a >= 0 && ++index[a] == axes.get(a).values().size()) index[a--] = 0;
            if (a < 0) return out;
        }
    }

    private static String acrossTitle(List<Grid.Axis> axes) {
        return String.join(", ", axes.subList(1, axes.size()).stream().map(Grid.Axis::input).toList());
    }

    private static String acrossLabel(List<Grid.Axis> axes, int[] index) {
        if (axes.size() == 1) return "value";
        List<String> parts = new ArrayList<>();
        for (int a = 1; a < axes.size(); a++) {
            String label = axes.get(a).labels().get(index[a - 1]);
            parts.add(axes.size() == 2 ? label : axes.get(a).input() + "=" + label);
        }
        return String.join(", ", parts);
    }

    private static void text(Row row, int c, String s, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }
}
