package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams by and hands each cell that holds something to a
 * {@link CellSink}: its formula text (shared formulas spelled out for every cell), its value (a
 * formula's last computed one), and its style. Cells are counted against a limit shared by the whole
 * workbook, so that a huge sheet is refused while it is read rather than after it filled the memory.
 */
final class WorksheetXmlHandler extends DefaultHandler {
    /** Cells read so far in the whole workbook, and the most it may hold; {@code reader} names the command in the refusal. */
    static final class CellBudget {
        private final long limit;
        private final String reader, property, example;
        private long used;

        CellBudget(long limit) {
            this(limit, "import", ImportLimits.MAX_CELLS_PROPERTY, "about 200 bytes a cell), e.g. FLOPSHEET_JAVA_OPTS='-D%s=50000000 -Xmx12g'");
        }

        /** {@code reader} names the command, {@code property} the limit's setting, {@code example} how to raise it ({@code %s}: the property). */
        CellBudget(long limit, String reader, String property, String example) {
            this.limit = limit;
            this.reader = reader;
            this.property = property;
            this.example = example;
        }

        void take(String sheet) {
            if (++used > limit) {
                throw new ImportError(String.format("the workbook holds more than %,d cells (sheet '%s' goes past that), the most %s reads;"
                        + " to read a bigger one, raise the limit and give Java the memory (" + example, limit, sheet, reader, property));
            }
        }
    }

    /**
     * Receives the cells of a sheet as they are read. {@code formula} is null for a cell without one;
     * {@code value} is the value the file holds (for a formula, the one last computed; text as written,
     * spaces kept; {@link CellContent.Empty} when none); {@code style} indexes the workbook's cell formats.
     */
    interface CellSink {
        void cell(int row, int column, String formula, CellContent value, int style);
    }

    /** What import keeps: a formula's text, else the value, text stripped and blank text an empty cell. */
    static final class ImportedCells implements CellSink {
        private final NavigableMap<Integer, NavigableMap<Integer, CellContent>> rows = new TreeMap<>();

        @Override
        public void cell(int row, int column, String formula, CellContent value, int style) {
            CellContent content = formula != null ? new CellContent.Formula(formula)
                    : value instanceof CellContent.Text t ? CellContent.ofText(t.value()) : value;
            if (!(content instanceof CellContent.Empty)) rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, content);
        }
    }

    private record SharedFormula(String text, int row, int column) {}

    private final String sheetName;
    private final IntFunction<String> sharedStrings;
    private final CellBudget budget;
    private final CellSink sink;
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
    private final Map<String, SharedFormula> sharedFormulas = new HashMap<>();

    private int row = -1, column = -1;
    private String type;
    private int style;
    private String formulaType, sharedIndex;
    private final StringBuilder value = new StringBuilder(), formula = new StringBuilder(), inline = new StringBuilder();
    private boolean inValue, inFormula, inInlineText, inPhonetic, hasValue, hasFormula;

    WorksheetXmlHandler(String sheetName, IntFunction<String> sharedStrings, CellBudget budget, CellSink sink) {
        this.sheetName = sheetName;
        this.sharedStrings = sharedStrings;
        this.budget = budget;
        this.sink = sink;
    }

    /** The sheet as import reads it, when the sink was {@link ImportedCells}. */
    Worksheet result(boolean hidden) {
        return new Worksheet(sheetName, hidden, ((ImportedCells) sink).rows, arrayFormulas);
    }

    /** The ranges of the sheet's array formulas (the cell holding the formula and those its result fills). */
    List<CellRangeAddress> arrayFormulas() { return arrayFormulas; }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r != null ? Integer.parseInt(r) - 1 : row + 1;
                column = -1;
            }
            case "c" -> {
                budget.take(sheetName);
                String r = attributes.getValue("r");
                if (r != null) {
                    CellReference ref = new CellReference(r);
                    row = ref.getRow();
                    column = ref.getCol();
                } else {
                    column++;
                }
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s.strip());
                value.setLength(0);
                formula.setLength(0);
                inline.setLength(0);
                hasValue = hasFormula = false;
                formulaType = sharedIndex = null;
            }
            case "v" -> { inValue = true; hasValue = true; }
            case "f" -> {
                inFormula = true;
                hasFormula = true;
                formulaType = attributes.getValue("t");
                sharedIndex = attributes.getValue("si");
                String ref = attributes.getValue("ref");
                if ("array".equals(formulaType) && ref != null) arrayFormulas.add(CellRangeAddress.valueOf(ref));
            }
            case "t" -> inInlineText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) value.append(ch, start, length);
        else if (inFormula) formula.append(ch, start, length);
        else if (inInlineText) inline.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                String f = formula();
                CellContent v = f == null ? value() : cachedValue();
                if (f != null || !(v instanceof CellContent.Empty)) sink.cell(row, column, f, v, style);
            }
            default -> { }
        }
    }

    /** The cell's formula, a shared one moved to this cell; null when it has none. */
    private String formula() {
        if (!hasFormula) return null;
        String text = formula.toString();
        if ("shared".equals(formulaType) && sharedIndex != null) {
            if (!text.isEmpty()) {
                sharedFormulas.putIfAbsent(sharedIndex, new SharedFormula(text, row, column));
            } else {
                SharedFormula first = sharedFormulas.get(sharedIndex);
                if (first == null) {
                    throw new ImportError(sheetName + "!" + new CellReference(row, column).formatAsString(false)
                            + " refers to a shared formula the sheet does not hold; the file is damaged");
                }
                text = SharedFormulas.moved(first.text(), row - first.row(), column - first.column());
            }
        }
        return text.isEmpty() ? null : text;
    }

    /** A formula's last computed value; a damaged one counts as none, since the formula is what is read. */
    private CellContent cachedValue() {
        try {
            return value();
        } catch (ImportError | NumberFormatException e) {
            return new CellContent.Empty();
        }
    }

    private CellContent value() {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            return hasValue ? CellContent.number(v, sheetName + "!" + new CellReference(row, column).formatAsString(false)) : new CellContent.Empty();
        }
        return switch (type) {
            case "s" -> new CellContent.Text(sharedStrings.apply(Integer.parseInt(v.strip())));
            // Excel and LibreOffice keep inline text in <is> only; Apache POI, asked to change such a cell, writes the new
            // text to <v> and leaves the old one in <is>. The export writes inline text, so a <v> is the later edit.
            case "inlineStr" -> new CellContent.Text(hasValue ? v : inline.toString());
            case "str", "d" -> new CellContent.Text(v);
            case "b" -> new CellContent.Bool(v.strip().equals("1") || v.strip().equalsIgnoreCase("true"));
            case "e" -> new CellContent.Error(v.strip());
            default -> throw new ImportError(sheetName + "!" + new CellReference(row, column).formatAsString(false)
                    + " has a cell type '" + type + "' that no spreadsheet program writes; the file is damaged");
        };
    }
}
