package org.flopsheet.xlsx;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.unparse.ExcelFormula;

/**
 * Writes one model sheet: the base case, or one scenario. Formulas refer to quantities by name; on a
 * scenario sheet those names are sheet-scoped and point at the scenario's own cells, so the same
 * formula text computes the scenario there.
 */
final class ModelSheetWriter {
    private static final int LABEL_CHARS = 46, NOTE_CHARS = 80;
    /** Proportional text fits more characters on a line than a column's width counts (in digit widths). */
    private static final int LABEL_LINE = 56, NOTE_LINE = 96;
    private static final float LINE_POINTS = 13f, PADDING_POINTS = 3f, DEFAULT_ROW_POINTS = 15f;

    private final Sheet sheet;
    private final Styles styles;
    private final Layout layout;
    private final Metadata metadata;
    private final String baseSheetName;
    private final ArrayFormulas arrays;

    ModelSheetWriter(Sheet sheet, Styles styles, Layout layout, Metadata metadata, String baseSheetName, ArrayFormulas arrays) {
        this.arrays = arrays;
        this.sheet = sheet;
        this.styles = styles;
        this.layout = layout;
        this.metadata = metadata;
        this.baseSheetName = baseSheetName;
    }

    /** Writes the sheet; {@code scenario} is null for the base case. */
    void write(SXSSFSheet out, Scenario scenario, Evaluation values) {
        String title = scenario == null ? sheet.title() : sheet.title() + " \u2014 scenario " + scenario.name();
        text(out, 0, 0, title, styles.title);
        int r = 1;
        for (String note : sheet.notes()) text(out, r++, 0, note, styles.note);
        text(out, r, 0, legend(scenario), styles.note);

        Row header = out.createRow(layout.headerRow());
        String[] headers = layout.headers();
        for (int c = 0; c < headers.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers[c] == null ? "" : headers[c]);
            cell.setCellStyle(styles.header);
        }
        for (Quantity q : sheet.quantities()) writeRow(out, q, scenario, values.value(q));

        out.setColumnWidth(Layout.LABEL, (LABEL_CHARS + 2) * 256);
        for (int c = 0; c < layout.valueColumns(); c++) out.setColumnWidth(Layout.VALUE + c, 16 * 256);
        out.setColumnWidth(layout.unitColumn(), widest(sheet, Quantity::unitText, 10, 30) * 256);
        out.setColumnWidth(layout.nameColumn(), widest(sheet, Quantity::name, 10, 40) * 256);
        out.setColumnWidth(layout.noteColumn(), (NOTE_CHARS + 2) * 256);
        out.createFreezePane(Layout.VALUE, layout.headerRow() + 1);
        Printing.onePageWide(out);
    }

    private String legend(Scenario scenario) {
        String colours = "Blue cells on yellow are inputs: change them and every formula follows. Black cells are formulas.";
        if (scenario == null) return colours;
        String sets = scenario.inputs().entrySet().stream()
                .map(e -> {
                    Quantity q = sheet.quantity(e.getKey());
                    String value = q.unit().isPercent() ? NumberText.percent(e.getValue()) : NumberText.shortest(e.getValue());
                    return (e.getKey() + " = " + value + " " + q.unitText()).strip();
                })
                .collect(Collectors.joining(", "));
        return "This scenario sets " + sets + ". " + colours
                + " Green cells follow the inputs of sheet '" + baseSheetName + "'.";
    }

    private void writeRow(SXSSFSheet out, Quantity q, Scenario scenario, Value value) {
        int r = layout.row(q);
        Row row = out.createRow(r);
        text(row, Layout.LABEL, q.title(), styles.label);
        text(row, layout.unitColumn(), q.unitText(), styles.text);
        text(row, layout.nameColumn(), q.name(), styles.text);
        if (q.note() != null) text(row, layout.noteColumn(), q.note(), styles.noteText);

        Map<String, Double> set = scenario == null ? Map.of() : scenario.inputs();
        Styles.Kind kind = !q.input() ? Styles.Kind.FORMULA
                : scenario == null || set.containsKey(q.name()) ? Styles.Kind.INPUT : Styles.Kind.LINK;
        String scenarioName = scenario == null ? "" : scenario.name();
        if (value instanceof Value.Array a) {
            writeBlock(out, q, kind, a, scenarioName);
        } else {
            Cell cell = row.createCell(Layout.VALUE);
            switch (kind) {
                case FORMULA -> {
                    cell.setCellFormula(ExcelFormula.of(q.formula()));
                    if (arrays.evaluatesArrays(q)) arrays.arrayFormula(cell, layout.block(q, false));
                }
                case LINK -> cell.setCellFormula(layout.valueCell(baseSheetName, q));
                case INPUT, ENGINE_VALUE -> { }
            }
            CellValues.put(cell, value);
            cell.setCellStyle(styles.value(kind, CellValues.shown(value), q.unit()));
            metadata.add(out.getSheetName(), new CellReference(r, Layout.VALUE).formatAsString(), q.name(),
                    scenarioName, kind.name().toLowerCase(Locale.ROOT));
        }

        int lines = Math.max(lines(q.title(), LABEL_LINE), q.note() == null ? 1 : lines(q.note(), NOTE_LINE));
        if (lines > 1) row.setHeightInPoints(Math.max(DEFAULT_ROW_POINTS, lines * LINE_POINTS + PADDING_POINTS));
    }

    /**
     * An array quantity's block: an input's elements as constants; a formula as one array formula over the
     * block (its first cell holds the formula, every cell the engine's element); on a scenario sheet an
     * input links element by element to the base sheet.
     */
    private void writeBlock(SXSSFSheet out, Quantity q, Styles.Kind kind, Value.Array a, String scenarioName) {
        for (int i = 0; i < a.rows(); i++) {
            Row row = out.getRow(layout.row(q) + i) != null ? out.getRow(layout.row(q) + i) : out.createRow(layout.row(q) + i);
            for (int j = 0; j < a.columns(); j++) {
                Value element = a.at(i, j);
                Cell cell = row.createCell(Layout.VALUE + j);
                switch (kind) {
                    case FORMULA -> {
                        if (i == 0 && j == 0) {
                            cell.setCellFormula(ExcelFormula.of(q.formula()));
                            arrays.arrayFormula(cell, layout.block(q, false));
                        }
                    }
                    case LINK -> cell.setCellFormula(Layout.quoted(baseSheetName) + "!"
                            + new CellReference(layout.row(q) + i, Layout.VALUE + j, true, true).formatAsString());
                    case INPUT, ENGINE_VALUE -> { }
                }
                CellValues.put(cell, element);
                cell.setCellStyle(styles.value(kind, CellValues.shown(element), q.unit()));
                metadata.add(out.getSheetName(), layout.element(q, i, j), q.name(), scenarioName,
                        kind.name().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** A column width in characters that fits the longest text, within bounds. */
    static int widest(Sheet sheet, Function<Quantity, String> text, int min, int max) {
        int longest = sheet.quantities().stream().mapToInt(q -> text.apply(q).length()).max().orElse(0);
        return Math.max(min, Math.min(max, longest + 3));
    }

    /** How many lines a wrapped text takes at about {@code width} characters a line. */
    private static int lines(String text, int width) {
        int n = 0;
        for (String paragraph : text.split("\n", -1)) n += Math.max(1, (paragraph.length() + width - 1) / width);
        return n;
    }

    private static void text(SXSSFSheet out, int r, int c, String s, CellStyle style) {
        Row row = out.getRow(r) != null ? out.getRow(r) : out.createRow(r);
        text(row, c, s, style);
    }

    private static void text(Row row, int c, String s, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(s);
        cell.setCellStyle(style);
    }
}
