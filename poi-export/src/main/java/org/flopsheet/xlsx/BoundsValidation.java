package org.flopsheet.xlsx;

import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.flopsheet.engine.compile.Bounds;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.eval.NumberText;

/**
 * An input's declared bounds as Excel data validation on its cell: a value outside them is refused
 * with a message that names the bound, as flopsheet refuses it on import.
 */
final class BoundsValidation {
    private BoundsValidation() {}

    static void add(SXSSFSheet sheet, Cell cell, Quantity input) {
        String ref = cell.getAddress().formatAsString();
        String test = input.bounds().limits().stream()
                .map(l -> test(ref, l))
                .collect(Collectors.joining(","));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createCustomConstraint(input.bounds().limits().size() == 1 ? test : "AND(" + test + ")"),
                new CellRangeAddressList(cell.getRowIndex(), cell.getRowIndex(), cell.getColumnIndex(), cell.getColumnIndex()));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Outside the bounds", input.name() + " must be " + input.bounds().written());
        validation.setShowPromptBox(false);
        sheet.addValidationData(validation);
    }

    /** One limit as an Excel test of the cell: {@code B7>=0}. */
    private static String test(String ref, Bounds.Limit limit) {
        return ref + limit.comparison().symbol + NumberText.shortest(limit.value());
    }
}
