package org.flopsheet.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;

/** Every value cell of an exported workbook, read from its hidden map, with the value the engine gives it. */
record ExportedCells(List<Expected> cells) {

    record Expected(String sheet, String cell, String quantity, String scenario, String kind, Value value) {
        String where() {
            return "'" + sheet + "'!" + cell + " (" + quantity + (scenario.isEmpty() ? ", base" : ", scenario " + scenario) + ")";
        }
    }

    /** Reads the map from {@code xlsx}; each cell expects {@code evaluate} of its scenario ("" for the base case). */
    static ExportedCells read(Path xlsx, Sheet sheet, Function<String, Evaluation> evaluate) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            return read(wb, sheet, evaluate);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static ExportedCells read(XSSFWorkbook wb, Sheet sheet, Function<String, Evaluation> evaluate) {
        XSSFSheet map = wb.getSheet(Metadata.SHEET);
        DataFormatter text = new DataFormatter();
        Map<String, Evaluation> byScenario = new HashMap<>();
        Layout layout = Layout.of(sheet);
        List<Expected> out = new ArrayList<>();
        for (Row row : map) {
            if (row.getRowNum() < 2) continue;
            String[] f = new String[Metadata.HEADERS.length];
            for (int c = 0; c < f.length; c++) f[c] = text.formatCellValue(row.getCell(c));
            Evaluation e = byScenario.computeIfAbsent(f[3], evaluate);
            out.add(new Expected(f[0], f[1], f[2], f[3], f[4], element(e.value(f[2]), layout, sheet.quantity(f[2]), f[1])));
        }
        return new ExportedCells(out);
    }

    /** The element of an array quantity's block that {@code address} holds; a single value as it is. */
    static Value element(Value value, Layout layout, org.flopsheet.engine.compile.Quantity q, String address) {
        if (!(value instanceof Value.Array a)) return value;
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(address);
        return a.at(at.getRow() - layout.row(q), at.getCol() - Layout.VALUE);
    }

    /** The engine's own values: the base case, or a scenario by name. */
    static Function<String, Evaluation> engine(Sheet sheet) {
        return scenario -> scenario.isEmpty() ? sheet.evaluate() : sheet.evaluate(sheet.scenario(scenario));
    }
}
