package org.flopsheet.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/** Reads the quantity rows of a model sheet: everything below the {@code Quantity | Value | Unit | Name | Note} header. */
final class ModelSheetReader {
    private static final int HEADER_SEARCH_ROWS = 200;

    private ModelSheetReader() {}

    /**
     * @param namesByCell workbook-scope names by the A1 address of the cell they point at on this sheet
     * @param blocks      the array quantities of the model, by name: the rows and columns of their blocks
     */
    static List<ModelRow> read(Worksheet sheet, Map<String, String> namesByCell, Map<String, int[]> blocks) {
        int header = headerRow(sheet);
        Map<Integer, CellContent> h = sheet.row(header);
        int label = column(h, "Quantity"), value = column(h, "Value"), unit = column(h, "Unit"),
                name = column(h, "Name"), note = column(h, "Note");
        if (label < 0 || value < 0 || name < 0) {
            throw new ImportError("sheet '" + sheet.name() + "' row " + (header + 1)
                    + " lacks the Quantity, Value or Name column; was the header row changed?");
        }
        List<ModelRow> rows = new ArrayList<>();
        int blockEnd = -1;
        for (int r : sheet.rows().tailMap(header, false).keySet()) {
            if (r < blockEnd) continue; // a further row of the array above
            String address = new CellReference(r, value).formatAsString(false);
            String labelText = CellContent.text(sheet.cell(r, label)), nameText = CellContent.text(sheet.cell(r, name));
            String key = namesByCell.get(address);
            int[] block = blocks.get(!nameText.isEmpty() ? nameText : key == null ? "" : key);
            int height = block == null ? 1 : block[0], width = block == null ? 1 : block[1];
            CellRangeAddress array = sheet.arrayFormulaAt(r, value);
            if (array != null && !(array.getFirstRow() == r && array.getFirstColumn() == value
                    && array.getLastRow() == r + height - 1 && array.getLastColumn() == value + width - 1)) {
                throw new ImportError(sheet.name() + "!" + address + " holds an array formula over " + array.formatAsString()
                        + ", which is not the block of one quantity; enter it as an ordinary formula");
            }
            List<List<CellContent>> elements = null;
            if (block != null) {
                elements = new ArrayList<>();
                for (int i = 0; i < height; i++) {
                    List<CellContent> line = new ArrayList<>();
                    for (int j = 0; j < width; j++) line.add(sheet.cell(r + i, value + j));
                    elements.add(line);
                }
                blockEnd = r + height;
            }
            String unitText = unit < 0 ? "" : UnitCell.checked(CellContent.text(sheet.cell(r, unit)),
                    sheet.name() + "!" + new CellReference(r, unit).formatAsString(false),
                    !nameText.isEmpty() ? nameText : "'" + labelText + "'");
            ModelRow m = new ModelRow(r, value, sheet.name() + "!" + address,
                    labelText, sheet.cell(r, value), unitText, nameText,
                    note < 0 ? "" : CellContent.text(sheet.cell(r, note)), key, elements);
            if (!m.isBlank()) rows.add(m);
        }
        return rows;
    }

    private static int headerRow(Worksheet sheet) {
        for (int r : sheet.rows().headMap(HEADER_SEARCH_ROWS, true).keySet()) {
            Map<Integer, CellContent> row = sheet.row(r);
            if (column(row, "Quantity") >= 0 && column(row, "Name") >= 0) return r;
        }
        throw new ImportError("sheet '" + sheet.name() + "' has no header row 'Quantity | Value | Unit | Name | Note';"
                + " is this a workbook exported by flopsheet?");
    }

    private static int column(Map<Integer, CellContent> row, String title) {
        for (var cell : row.entrySet()) {
            if (title.equalsIgnoreCase(CellContent.text(cell.getValue()))) return cell.getKey();
        }
        return -1;
    }
}
