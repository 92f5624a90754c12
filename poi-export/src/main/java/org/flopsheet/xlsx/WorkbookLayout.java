package org.flopsheet.xlsx;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;

/** Which worksheet is the base case and which holds each scenario, read from the hidden map (see LAYOUT.md). */
record WorkbookLayout(XSSFSheet base, Map<String, XSSFSheet> scenarioSheets, java.util.List<XSSFSheet> otherSheets) {

    static WorkbookLayout of(XSSFWorkbook wb, Sheet model) {
        String baseName = null;
        Map<String, String> sheetOfScenario = new HashMap<>();
        XSSFSheet map = wb.getSheet(Metadata.SHEET);
        if (map != null) {
            for (int r = 2; r <= map.getLastRowNum(); r++) {
                XSSFRow row = map.getRow(r);
                if (row == null) continue;
                String sheet = CellContent.text(row.getCell(0)), scenario = CellContent.text(row.getCell(3)),
                        kind = CellContent.text(row.getCell(4));
                if (kind.equals("view")) continue;
                if (scenario.isEmpty()) baseName = sheet;
                else sheetOfScenario.put(scenario, sheet);
            }
        }
        XSSFSheet base = baseName != null ? wb.getSheet(baseName) : wb.getSheet(model.name());
        if (base == null) base = wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null;
        if (base == null) throw new ImportError("the workbook has no worksheets");
        Map<String, XSSFSheet> scenarios = new LinkedHashMap<>();
        for (Scenario s : model.scenarios()) {
            XSSFSheet sheet = wb.getSheet(sheetOfScenario.getOrDefault(s.name(), s.name()));
            if (sheet != null) scenarios.put(s.name(), sheet);
        }
        java.util.List<XSSFSheet> others = new java.util.ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            if (sheet != base && !scenarios.containsValue(sheet) && !sheet.getSheetName().equals(Metadata.SHEET)
                    && !wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                others.add(sheet);
            }
        }
        return new WorkbookLayout(base, scenarios, others);
    }

    /** Workbook-scope names that point at a single cell of the base sheet, by the cell's A1 address. */
    Map<String, String> namesByCell(XSSFWorkbook wb) {
        Map<String, String> byCell = new HashMap<>();
        for (XSSFName name : wb.getAllNames()) {
            if (name.getSheetIndex() != -1 || name.getRefersToFormula() == null) continue;
            try {
                AreaReference area = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                if (!area.isSingleCell()) continue;
                CellReference cell = area.getFirstCell();
                if (cell.getSheetName() == null || !cell.getSheetName().equals(base.getSheetName())) continue;
                byCell.put(new CellReference(cell.getRow(), cell.getCol()).formatAsString(false), name.getNameName());
            } catch (RuntimeException notACell) {
                // a name for a deleted cell (#REF!) or a formula: it points at no row
            }
        }
        return byCell;
    }
}
