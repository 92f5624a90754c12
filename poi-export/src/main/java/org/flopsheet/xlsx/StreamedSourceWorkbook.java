package org.flopsheet.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.flopsheet.engine.adopt.CellRef;
import org.flopsheet.engine.adopt.SourceWorkbook;

/**
 * A workbook as adopt reads it, streamed from its XML like import's (the same reader, shared formulas
 * and cell limit): every cell that holds something, formulas with the values last computed for them,
 * number formats other than General, and the defined names of one cell.
 */
public final class StreamedSourceWorkbook {
    private StreamedSourceWorkbook() {}

    public static SourceWorkbook read(Path file) {
        return SafeWorkbook.readPackage(file, pkg -> read(file.getFileName().toString(), pkg));
    }

    private static SourceWorkbook read(String fileName, OPCPackage pkg) throws Exception {
        StylesTable styles = new XSSFReader(pkg).getStylesTable();
        List<String> sheets = new ArrayList<>();
        Map<CellRef, org.flopsheet.engine.adopt.CellContent> cells = new HashMap<>();
        Map<CellRef, String> formats = new HashMap<>();
        Map<Integer, String> formatOfStyle = new HashMap<>();
        var budget = new WorksheetXmlHandler.CellBudget(ImportLimits.adoptMaxCells(), "adopt", ImportLimits.ADOPT_MAX_CELLS_PROPERTY,
                "up to 6 KB a formula cell), e.g. FLOPSHEET_JAVA_OPTS='-D%s=5000000 -Xmx24g'");
        List<WorkbookContents.DefinedName> definedNames = StreamingWorkbookReader.read(pkg, budget, new StreamingWorkbookReader.Sheets() {
            @Override
            public WorksheetXmlHandler.CellSink start(String name) {
                sheets.add(name);
                return (row, column, formula, value, style) -> {
                    var content = formula != null ? new org.flopsheet.engine.adopt.CellContent.Formula(formula, cached(value), false) : content(value);
                    if (content == null) return;
                    CellRef cell = new CellRef(name, column + 1, row + 1);
                    cells.put(cell, content);
                    String format = style == 0 || styles == null ? null
                            : formatOfStyle.computeIfAbsent(style, s -> s < styles.getNumCellStyles() ? styles.getStyleAt(s).getDataFormatString() : null);
                    if (format != null && !format.equalsIgnoreCase("General")) formats.put(cell, format);
                };
            }

            @Override
            public void end(String name, boolean hidden, WorksheetXmlHandler handler) {
                for (CellRangeAddress range : handler.arrayFormulas()) markArray(name, range, cells);
            }
        });
        List<String> notices = new ArrayList<>();
        Map<String, CellRef> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (WorkbookContents.DefinedName n : definedNames) definedName(n, sheets, names, notices);
        if (!pkg.getPartsByName(Pattern.compile("/xl/vbaProject\\.bin")).isEmpty()) notices.add("the workbook's macros are not adopted");
        return new SourceWorkbook(fileName, List.copyOf(sheets), cells, names, formats, notices);
    }

    /** Every cell an array formula fills is part of it, though the file holds the formula only in the first. */
    private static void markArray(String sheet, CellRangeAddress range, Map<CellRef, org.flopsheet.engine.adopt.CellContent> cells) {
        var anchor = cells.get(new CellRef(sheet, range.getFirstColumn() + 1, range.getFirstRow() + 1));
        String text = anchor instanceof org.flopsheet.engine.adopt.CellContent.Formula f ? f.text() : "";
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                CellRef cell = new CellRef(sheet, c + 1, r + 1);
                var content = cells.get(cell);
                var cached = content instanceof org.flopsheet.engine.adopt.CellContent.Formula f ? f.cached() : content;
                cells.put(cell, new org.flopsheet.engine.adopt.CellContent.Formula(text, cached, true));
            }
        }
    }

    /** A value cell as adopt reads it; null for an empty one (text of no characters included). */
    private static org.flopsheet.engine.adopt.CellContent content(CellContent value) {
        return switch (value) {
            case CellContent.Number n -> new org.flopsheet.engine.adopt.CellContent.Num(n.value());
            case CellContent.Text t -> t.value() == null || t.value().isEmpty() ? null : new org.flopsheet.engine.adopt.CellContent.Text(t.value());
            case CellContent.Bool b -> new org.flopsheet.engine.adopt.CellContent.Logical(b.value());
            case CellContent.Error e -> new org.flopsheet.engine.adopt.CellContent.ErrorValue(e.text());
            case CellContent.Empty e -> null;
            case CellContent.Formula f -> throw new IllegalStateException("a value is never a formula");
        };
    }

    /** A formula's last computed value as the file holds it, text of no characters included; null when it holds none. */
    private static org.flopsheet.engine.adopt.CellContent cached(CellContent value) {
        return value instanceof CellContent.Text t ? new org.flopsheet.engine.adopt.CellContent.Text(t.value() == null ? "" : t.value())
                : content(value);
    }

    /** A name scoped to one sheet is stored as {@code Sheet!name}, beside workbook-wide ones. */
    private static void definedName(WorkbookContents.DefinedName n, List<String> sheets, Map<String, CellRef> names, List<String> notices) {
        String formula = n.refersTo();
        if (n.name().startsWith("_xlnm.") || n.name().startsWith("_xlfn.")) return;
        try {
            if (formula == null || formula.contains(":") || !AreaReference.isContiguous(formula)) throw new IllegalArgumentException();
            CellReference ref = new CellReference(formula);
            if (ref.getSheetName() == null) throw new IllegalArgumentException();
            String key = n.sheetIndex() < 0 ? n.name() : sheets.get(n.sheetIndex()) + "!" + n.name();
            names.putIfAbsent(key, new CellRef(ref.getSheetName(), ref.getCol() + 1, ref.getRow() + 1));
        } catch (RuntimeException e) {
            notices.add("the defined name " + n.name() + " (" + formula + ") is not one cell; formulas that use it are not adopted");
        }
    }
}
