package org.flopsheet.app.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.xlsx.WorkbookExporter;

/** The workbook exported from a source, as a person sends it back: unedited, or with Training FLOP changed. */
public final class EditedWorkbook {
    private EditedWorkbook() {}

    /** @param trainingFlop the new value of training_flop's cell (found through its defined name), or null for none */
    public static byte[] of(Path source, Double trainingFlop) throws IOException {
        try (XSSFWorkbook wb = WorkbookExporter.build(Compiler.compile(source)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (trainingFlop != null) {
                CellReference cell = new CellReference(WorkbookExporter.baseCaseName(wb, "training_flop").getRefersToFormula());
                wb.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol()).setCellValue(trainingFlop);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
