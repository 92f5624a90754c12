package org.flopsheet.xlsx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streamed workbook that can also write array formulas ({@code {=tokens_per_param*sizes}} over B20:D20),
 * which POI's streaming writer lacks. An array formula is how Excel (before dynamic arrays) and LibreOffice
 * compute a formula over arrays element by element: an ordinary cell formula would take one element of
 * a range instead (implicit intersection). The anchor cell holds the formula and its cached value; the
 * other cells of the range hold only their cached values, as Excel writes them.
 */
final class ArrayFormulaWorkbook extends SXSSFWorkbook {
    /** Sheet name -> anchor cell (row << 32 | column) -> the range the formula fills, e.g. B20:D20. */
    private final Map<String, Map<Long, String>> ranges = new HashMap<>();

    ArrayFormulaWorkbook(int rowsInMemory) {
        super(new XSSFWorkbook(), rowsInMemory, false, false);
    }

    /** Makes the formula cell {@code anchor} (its formula and cached value already set) an array formula over {@code range}. */
    void arrayFormula(Cell anchor, String range) {
        ranges.computeIfAbsent(anchor.getSheet().getSheetName(), k -> new HashMap<>())
                .put(key(anchor.getRowIndex(), anchor.getColumnIndex()), range);
    }

    private String rangeAt(Cell cell) {
        Map<Long, String> onSheet = ranges.get(cell.getSheet().getSheetName());
        return onSheet == null ? null : onSheet.get(key(cell.getRowIndex(), cell.getColumnIndex()));
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new Writer();
    }

    private final class Writer extends SheetDataWriter {
        Writer() throws IOException {
            super();
        }

        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            String range = cell == null || cell.getCellType() != CellType.FORMULA ? null : rangeAt(cell);
            if (range == null) {
                super.writeCell(columnIndex, cell);
                return;
            }
            _out.write("<c r=\"" + new CellReference(cell.getRowIndex(), columnIndex).formatAsString() + "\"");
            if (cell.getCellStyle().getIndex() != 0) _out.write(" s=\"" + cell.getCellStyle().getIndex() + "\"");
            CellType result = cell.getCachedFormulaResultType();
            switch (result) {
                case STRING -> _out.write(" t=\"str\"");
                case BOOLEAN -> _out.write(" t=\"b\"");
                case ERROR -> _out.write(" t=\"e\"");
                default -> { }
            }
            _out.write("><f t=\"array\" ref=\"" + range + "\">");
            outputEscapedString(cell.getCellFormula());
            _out.write("</f><v>");
            switch (result) {
                case STRING -> outputEscapedString(cell.getStringCellValue());
                case BOOLEAN -> _out.write(cell.getBooleanCellValue() ? "1" : "0");
                case ERROR -> outputEscapedString(FormulaError.forInt(cell.getErrorCellValue()).getString());
                default -> _out.write(Double.toString(cell.getNumericCellValue()));
            }
            _out.write("</v></c>");
        }
    }
}
