package org.flopsheet.xlsx;

import org.flopsheet.engine.units.Unit;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.whatif.InputRange;
import org.flopsheet.engine.whatif.PowerLaw;
import org.flopsheet.engine.whatif.Tornado;
import org.flopsheet.xlsx.charts.BarChart;
import org.flopsheet.xlsx.charts.ChartArea;

/**
 * The tornado sheet: each input of the sheet's last output moved alone to its low and high end (its 5th and
 * 95th percentiles where it has a distribution, else ÷ and × {@link #FACTOR}), the
 * output at both, and a horizontal bar chart of the changes, widest first. Cells are live where they can
 * be exact: the ends follow the input's base-case cell, and where the output is {@code c·x^e} in the
 * input (a fixed exponent) its value at an end is {@code =output*(end/x)^e}. Where it is not (or x is 0), the
 * engine's number is written as a plain value, in grey, and the note says so.
 */
final class TornadoSheetWriter {
    static final int INPUT = 0, VALUE = 1, LOW = 2, HIGH = 3, AT_LOW = 4, AT_HIGH = 5, CHANGE_LOW = 6, CHANGE_HIGH = 7, SWING = 8;
    private static final String[] HEADERS = {"Input", "Value", "Low", "High", "%s at low", "%s at high", "Change at low", "Change at high", "Swing"};
    static final int HEADER_ROW = 3;
    /** The factor each input is divided and multiplied by. */
    static final double FACTOR = 2;

    private TornadoSheetWriter() {}

    /** An input with a distribution moves to its 5th and 95th percentiles (constants), any other ÷ and × {@link #FACTOR}. */
    static InputRange ranges(Sheet sheet) {
        return InputRange.percentilesElse(sheet.uncertainty(), FACTOR);
    }

    /** The output a tornado is drawn for: the sheet's last numeric formula, or null when there is none. */
    static Quantity output(Sheet sheet) {
        List<Quantity> outputs = org.flopsheet.engine.whatif.Sensitivity.numericOutputs(sheet);
        return outputs.isEmpty() ? null : outputs.get(outputs.size() - 1);
    }

    static void write(SXSSFSheet out, Sheet sheet, Quantity output, Styles styles) {
        Tornado tornado = Tornado.of(sheet, output, Map.of(), ranges(sheet));
        String unit = output.unitText().isEmpty() ? "" : " (" + output.unitText() + ")";
        text(out.createRow(0), 0, "What moves " + output.title().replace('\n', ' ') + " most: " + tornado.ranges() + ", widest swing first", styles.title);
        text(out.createRow(1), 0, "Black cells recalculate from the model's inputs. Grey values are flopsheet's at export:"
                + " the output is not a power of that input, so no formula gives it exactly; re-export after changing inputs.", styles.note);
        Row header = out.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.length; c++) text(header, c, String.format(HEADERS[c], output.name()), styles.header);

        int r = HEADER_ROW + 1;
        for (Tornado.Bar bar : tornado.bars()) {
            Row row = out.createRow(r);
            Quantity in = bar.input();
            String value = ref(r, VALUE), low = ref(r, LOW), high = ref(r, HIGH), atLow = ref(r, AT_LOW), atHigh = ref(r, AT_HIGH);
            text(row, INPUT, in.name(), styles.text);
            formula(row, VALUE, in.name(), bar.value(), in.unit(), styles);
            String factor = NumberText.shortest(FACTOR);
            if (sheet.uncertainty().input(in.name()) != null) {
                constant(row, LOW, bar.range().low(), Styles.Kind.FORMULA, in.unit(), styles);
                constant(row, HIGH, bar.range().high(), Styles.Kind.FORMULA, in.unit(), styles);
            } else {
                formula(row, LOW, value + "/" + factor, bar.range().low(), in.unit(), styles);
                formula(row, HIGH, value + "*" + factor, bar.range().high(), in.unit(), styles);
            }
            OptionalDouble e = PowerLaw.fixedExponent(sheet, output, in);
            if (e.isPresent() && bar.value() != 0) {
                String power = NumberText.shortest(e.getAsDouble());
                formula(row, AT_LOW, output.name() + "*(" + low + "/" + value + ")^" + power, bar.outputAtLow(), output.unit(), styles);
                formula(row, AT_HIGH, output.name() + "*(" + high + "/" + value + ")^" + power, bar.outputAtHigh(), output.unit(), styles);
            } else {
                constant(row, AT_LOW, bar.outputAtLow(), Styles.Kind.ENGINE_VALUE, output.unit(), styles);
                constant(row, AT_HIGH, bar.outputAtHigh(), Styles.Kind.ENGINE_VALUE, output.unit(), styles);
            }
            formula(row, CHANGE_LOW, atLow + "-" + output.name(), bar.outputAtLow() - tornado.base(), output.unit(), styles);
            formula(row, CHANGE_HIGH, atHigh + "-" + output.name(), bar.outputAtHigh() - tornado.base(), output.unit(), styles);
            formula(row, SWING, "ABS(" + atHigh + "-" + atLow + ")", bar.swing(), output.unit(), styles);
            r++;
        }
        int last = r - 1;
        out.setColumnWidth(INPUT, Math.max(14, tornado.bars().stream().mapToInt(b -> b.input().name().length()).max().orElse(10) + 2) * 256);
        for (int c = VALUE; c <= SWING; c++) out.setColumnWidth(c, Math.max(14, String.format(HEADERS[c], output.name()).length() + 2) * 256);
        out.createFreezePane(1, HEADER_ROW + 1);
        if (last < HEADER_ROW + 1) return;

        XSSFSheet drawn = Drawings.of(out);
        var spec = new BarChart.Spec("Change in " + output.name() + unit + " with each input at its low and high end", drawn, new CellRangeAddress(HEADER_ROW + 1, last, INPUT, INPUT),
                List.of(new BarChart.Series("input at its low end", drawn, new CellRangeAddress(HEADER_ROW + 1, last, CHANGE_LOW, CHANGE_LOW), BarChart.BLUE),
                        new BarChart.Series("input at its high end", drawn, new CellRangeAddress(HEADER_ROW + 1, last, CHANGE_HIGH, CHANGE_HIGH), BarChart.ORANGE)),
                null, "change in " + output.name() + unit, true, false, 100, 40, true);
        BarChart.draw(drawn, new ChartArea(0, last + 2, 8, Math.max(14, 3 * tornado.bars().size() + 6)), spec);
        Printing.onePageWide(out);
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col, false, false).formatAsString();
    }

    private static void formula(Row row, int col, String formula, double engine, Unit unit, Styles styles) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula);
        Value v = Value.of(engine, org.flopsheet.engine.eval.ValueType.NUMBER);
        CellValues.put(cell, v);
        cell.setCellStyle(styles.value(Styles.Kind.FORMULA, CellValues.shown(v), unit));
    }

    private static void constant(Row row, int col, double engine, Styles.Kind kind, Unit unit, Styles styles) {
        Cell cell = row.createCell(col);
        Value v = Value.of(engine, org.flopsheet.engine.eval.ValueType.NUMBER);
        CellValues.put(cell, v);
        cell.setCellStyle(styles.value(kind, CellValues.shown(v), unit));
    }

    private static void text(Row row, int c, String s, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }
}
