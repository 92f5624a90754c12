package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;

/** Which worksheet is the base case and which holds each scenario, read from the hidden map (see LAYOUT.md). */
record WorkbookLayout(Worksheet base, Map<String, Worksheet> scenarioSheets, List<Worksheet> otherSheets) {

    static WorkbookLayout of(WorkbookContents wb, Sheet model) {
        String baseName = null;
        Map<String, String> sheetOfScenario = new HashMap<>();
        Worksheet map = wb.sheet(Metadata.SHEET);
        if (map != null) {
            for (int r : map.rows().tailMap(Metadata.FIRST_ENTRY_ROW, true).keySet()) {
                String sheet = CellContent.text(map.cell(r, 0)), scenario = CellContent.text(map.cell(r, 3)),
                        kind = CellContent.text(map.cell(r, 4));
                if (kind.equals("view")) continue;
                if (scenario.isEmpty()) baseName = sheet;
                else sheetOfScenario.put(scenario, sheet);
            }
        }
        Worksheet base = baseName != null ? wb.sheet(baseName) : wb.sheet(model.name());
        if (base == null) base = wb.sheets().isEmpty() ? null : wb.sheets().get(0);
        if (base == null) throw new ImportError("the workbook has no worksheets");
        Map<String, Worksheet> scenarios = new LinkedHashMap<>();
        Set<Worksheet> taken = Collections.newSetFromMap(new IdentityHashMap<>()); // a worksheet is equal to its copy
        taken.add(base);
        for (Scenario s : model.scenarios()) {
            Worksheet sheet = wb.sheet(sheetOfScenario.getOrDefault(s.name(), s.name()));
            if (sheet != null) {
                scenarios.put(s.name(), sheet);
                taken.add(sheet);
            }
        }
        List<Worksheet> others = new ArrayList<>();
        for (Worksheet sheet : wb.sheets()) {
            if (!taken.contains(sheet) && !sheet.name().equals(Metadata.SHEET) && !sheet.hidden()) others.add(sheet);
        }
        return new WorkbookLayout(base, scenarios, others);
    }

    /** Workbook-scope names that point at a single cell of the base sheet, by the cell's A1 address. */
    Map<String, String> namesByCell(WorkbookContents wb) {
        Map<String, String> byCell = new HashMap<>();
        for (WorkbookContents.DefinedName name : wb.names()) {
            if (name.sheetIndex() != -1 || name.refersTo() == null || name.refersTo().isBlank()) continue;
            try {
                AreaReference area = new AreaReference(name.refersTo(), SpreadsheetVersion.EXCEL2007);
                if (!area.isSingleCell()) continue;
                CellReference cell = area.getFirstCell();
                if (cell.getSheetName() == null || !cell.getSheetName().equals(base.name())) continue;
                byCell.put(new CellReference(cell.getRow(), cell.getCol()).formatAsString(false), name.name());
            } catch (RuntimeException notACell) {
                // a name for a deleted cell (#REF!) or a formula: it points at no row
            }
        }
        return byCell;
    }
}
