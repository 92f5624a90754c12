package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Reads the quantity rows of a model sheet: everything below the {@code Quantity | Value | Unit | Name | Note} header. */
final class ModelSheetReader {
    private ModelSheetReader() {}

    /** @param namesByCell workbook-scope names by the A1 address of the cell they point at on this sheet */
    static List<ModelRow> read(XSSFSheet sheet, Map<String, String> namesByCell) {
        int header = headerRow(sheet);
        XSSFRow h = sheet.getRow(header);
        int label = column(h, "Quantity"), value = column(h, "Value"), unit = column(h, "Unit"),
                name = column(h, "Name"), note = column(h, "Note");
        if (label < 0 || value < 0 || name < 0) {
            throw new ImportError("sheet '" + sheet.getSheetName() + "' row " + (header + 1)
                    + " lacks the Quantity, Value or Name column; was the header row changed?");
        }
        List<ModelRow> rows = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) continue;
            String address = new CellReference(r, value).formatAsString(false);
            if (row.getCell(value) != null && row.getCell(value).isPartOfArrayFormulaGroup()) {
                throw new ImportError(sheet.getSheetName() + "!" + address + " holds an array formula, which a flopsheet model cannot hold;"
                        + " enter it as an ordinary formula");
            }
            String labelText = CellContent.text(row.getCell(label)), nameText = CellContent.text(row.getCell(name));
            String unitText = unit < 0 ? "" : UnitCell.checked(CellContent.text(row.getCell(unit)),
                    sheet.getSheetName() + "!" + new CellReference(r, unit).formatAsString(false),
                    !nameText.isEmpty() ? nameText : "'" + labelText + "'");
            ModelRow m = new ModelRow(r, value, sheet.getSheetName() + "!" + address,
                    labelText, CellContent.of(row.getCell(value)), unitText, nameText,
                    note < 0 ? "" : CellContent.text(row.getCell(note)), namesByCell.get(address));
            if (!m.isBlank()) rows.add(m);
        }
        return rows;
    }

    private static int headerRow(XSSFSheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 200); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && column(row, "Quantity") >= 0 && column(row, "Name") >= 0) return r;
        }
        throw new ImportError("sheet '" + sheet.getSheetName() + "' has no header row 'Quantity | Value | Unit | Name | Note';"
                + " is this a workbook exported by flopsheet?");
    }

    private static int column(XSSFRow row, String title) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
            if (title.equalsIgnoreCase(CellContent.text(row.getCell(c)))) return c;
        }
        return -1;
    }
}
