package org.flopsheet.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;

/**
 * Writes a compiled sheet as a live workbook: a model sheet for the base case whose cells are
 * workbook-scope defined names called exactly as the quantities, a model sheet per scenario with
 * sheet-scoped names of its own, a side-by-side view of every scenario, and a hidden sheet mapping
 * every value cell to its quantity. Cached values come from the engine; recalculation is forced on open.
 * LAYOUT.md describes the layout for programs that read the workbook back.
 */
public final class WorkbookExporter {
    private WorkbookExporter() {}

    public static XSSFWorkbook build(Sheet sheet) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Layout layout = Layout.of(sheet);
        Metadata metadata = new Metadata();
        SheetNames names = new SheetNames();

        String baseName = names.claim(sheet.name());
        XSSFSheet base = wb.createSheet(baseName);
        XSSFSheet comparison = sheet.scenarios().isEmpty() ? null : wb.createSheet(names.claim("Scenarios"));
        List<XSSFSheet> scenarioSheets = new ArrayList<>();
        for (Scenario s : sheet.scenarios()) scenarioSheets.add(wb.createSheet(names.claim(s.name())));
        Quantity tornadoOutput = TornadoSheetWriter.output(sheet);
        XSSFSheet tornado = tornadoOutput == null ? null : wb.createSheet(names.claim("Tornado"));
        XSSFSheet hidden = wb.createSheet(names.claim(Metadata.SHEET));

        // Sheet-scoped names first: Apache POI resolves a name to the first one in the list whose scope fits,
        // while Excel and LibreOffice prefer a sheet's own name to the workbook's anyway.
        for (XSSFSheet s : scenarioSheets) defineNames(wb, sheet, layout, s.getSheetName(), wb.getSheetIndex(s));
        defineNames(wb, sheet, layout, baseName, -1);

        ModelSheetWriter writer = new ModelSheetWriter(sheet, styles, layout, metadata, baseName);
        List<ComparisonSheetWriter.Case> cases = new ArrayList<>();
        var baseValues = sheet.evaluate();
        writer.write(base, null, baseValues);
        cases.add(new ComparisonSheetWriter.Case(baseName, "base (" + baseName + ")", "", baseValues));
        for (int i = 0; i < scenarioSheets.size(); i++) {
            Scenario s = sheet.scenarios().get(i);
            var values = sheet.evaluate(s);
            writer.write(scenarioSheets.get(i), s, values);
            cases.add(new ComparisonSheetWriter.Case(scenarioSheets.get(i).getSheetName(), s.name(), s.name(), values));
        }
        if (comparison != null) ComparisonSheetWriter.write(comparison, sheet, layout, cases, styles, metadata);
        if (tornado != null) TornadoSheetWriter.write(tornado, sheet, tornadoOutput, styles);
        metadata.write(wb, hidden, sheet.name());

        wb.setActiveSheet(0);
        wb.setForceFormulaRecalculation(true);
        return wb;
    }

    /** Writes the workbook to {@code out} atomically: a temporary file in the same folder, then a rename. */
    public static void write(Sheet sheet, Path out) throws IOException {
        try (XSSFWorkbook wb = build(sheet)) {
            AtomicFiles.write(out, wb::write);
        }
    }

    /**
     * The workbook-scope name of a quantity: its base-case cell. Use this rather than
     * {@code wb.getName(quantity)}, which returns the first name of that spelling in the file, and in an
     * exported workbook that is a scenario sheet's own name (see LAYOUT.md for why they come first).
     */
    public static XSSFName baseCaseName(XSSFWorkbook wb, String quantity) {
        return wb.getNames(quantity).stream().filter(n -> n.getSheetIndex() == -1).findFirst().orElse(null);
    }

    private static void defineNames(XSSFWorkbook wb, Sheet sheet, Layout layout, String sheetName, int scope) {
        for (Quantity q : sheet.quantities()) {
            XSSFName name = wb.createName();
            if (scope >= 0) name.setSheetIndex(scope);
            name.setNameName(q.name());
            name.setRefersToFormula(layout.valueCell(sheetName, q));
            String comment = q.title();
            name.setComment(comment.length() <= 255 ? comment : comment.substring(0, 254) + "\u2026");
        }
    }
}
