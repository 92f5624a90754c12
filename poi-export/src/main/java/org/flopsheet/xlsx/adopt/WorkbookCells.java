package org.flopsheet.xlsx.adopt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.adopt.CellContent;
import org.flopsheet.engine.adopt.CellRef;
import org.flopsheet.engine.adopt.SourceWorkbook;
import org.flopsheet.xlsx.ImportError;
import org.flopsheet.xlsx.SafeWorkbook;

/**
 * Reads every non-empty cell of an .xlsx (values, formulas as the file states them, shared formulas
 * expanded to each cell, and the values last computed for them) and its one-cell defined names.
 */
public final class WorkbookCells {
    private WorkbookCells() {}

    public static SourceWorkbook read(Path file) {
        try (XSSFWorkbook wb = SafeWorkbook.open(file)) {
            List<String> sheets = new ArrayList<>();
            Map<CellRef, CellContent> cells = new HashMap<>();
            List<String> notices = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                sheets.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellContent content = content((XSSFCell) cell);
                        if (content != null) {
                            cells.put(new CellRef(sheet.getSheetName(), cell.getColumnIndex() + 1, cell.getRowIndex() + 1), content);
                        }
                    }
                }
            }
            Map<String, CellRef> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Name n : wb.getAllNames()) definedName(wb, n, names, notices);
            if (wb.isMacroEnabled()) notices.add("the workbook's macros are not adopted");
            return new SourceWorkbook(file.getFileName().toString(), List.copyOf(sheets), cells, names, notices);
        } catch (IOException e) {
            throw new ImportError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static CellContent content(XSSFCell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> new CellContent.Num(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().isEmpty() ? null : new CellContent.Text(cell.getStringCellValue());
            case BOOLEAN -> new CellContent.Logical(cell.getBooleanCellValue());
            case ERROR -> new CellContent.ErrorValue(errorText(cell));
            case FORMULA -> new CellContent.Formula(formulaText(cell), cached(cell), cell.isPartOfArrayFormulaGroup());
            case BLANK, _NONE -> null;
        };
    }

    /** The formula as stated in the file; a shared formula's text for this cell, moved as Excel moves it. */
    private static String formulaText(XSSFCell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            // POI cannot move some shared formulas (an external link, say); the file's own text says what it is
            return cell.getCTCell().getF() == null ? "" : cell.getCTCell().getF().getStringValue();
        }
    }

    private static CellContent cached(XSSFCell cell) {
        if (!cell.getCTCell().isSetV()) return null;
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> new CellContent.Num(cell.getNumericCellValue());
            case STRING -> new CellContent.Text(cell.getStringCellValue());
            case BOOLEAN -> new CellContent.Logical(cell.getBooleanCellValue());
            case ERROR -> new CellContent.ErrorValue(errorText(cell));
            case FORMULA, BLANK, _NONE -> null;
        };
    }

    private static String errorText(XSSFCell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return cell.getCTCell().getV();
        }
    }

    /** A name scoped to one sheet is stored as {@code Sheet!name}, beside workbook-wide ones. */
    private static void definedName(XSSFWorkbook wb, Name n, Map<String, CellRef> names, List<String> notices) {
        String formula = n.getRefersToFormula();
        if (n.isFunctionName() || n.getNameName().startsWith("_xlnm.") || n.getNameName().startsWith("_xlfn.")) return;
        try {
            if (formula != null && !AreaReference.isContiguous(formula)) throw new IllegalArgumentException();
            CellReference ref = formula == null ? null : new CellReference(formula);
            if (ref == null || ref.getSheetName() == null || formula.contains(":")) throw new IllegalArgumentException();
            String key = n.getSheetIndex() < 0 ? n.getNameName() : wb.getSheetName(n.getSheetIndex()) + "!" + n.getNameName();
            names.putIfAbsent(key, new CellRef(ref.getSheetName(), ref.getCol() + 1, ref.getRow() + 1));
        } catch (RuntimeException e) {
            notices.add("the defined name " + n.getNameName() + " (" + formula + ") is not one cell; formulas that use it are not adopted");
        }
    }
}
