package org.flopsheet.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;

/** A model exported to a temporary folder, edited with Apache POI the way a person would edit it, and saved. */
final class EditedWorkbook {
    final Path source;
    final Path workbook;
    final XSSFWorkbook wb;

    private EditedWorkbook(Path source, Path workbook) throws IOException {
        this.source = source;
        this.workbook = workbook;
        try (InputStream in = Files.newInputStream(workbook)) {
            this.wb = new XSSFWorkbook(in);
        }
    }

    /** Copies {@code model} into {@code dir}, exports it there, and opens the workbook for editing. */
    static EditedWorkbook export(Path model, Path dir) throws IOException {
        Path source = dir.resolve(model.getFileName());
        Files.copy(model, source);
        Path xlsx = dir.resolve(model.getFileName().toString().replace(".flop", ".xlsx"));
        WorkbookExporter.write(Compiler.compile(source), xlsx);
        return new EditedWorkbook(source, xlsx);
    }

    XSSFSheet base() { return wb.getSheetAt(0); }

    /** The base-case value cell of a quantity, found through its workbook-scope name. */
    XSSFCell cell(String quantity) {
        return cellOn(base(), quantity);
    }

    XSSFCell cellOn(XSSFSheet sheet, String quantity) {
        var ref = new AreaReference(WorkbookExporter.baseCaseName(wb, quantity).getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
        XSSFRow row = sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
    }

    /**
     * The cell {@code offset} columns right of a quantity's value cell: -1 label, +1 unit, +2 name, +3 note,
     * emptied first. The export writes text inline in the cell; POI, asked to change such a cell's text, puts
     * the new text beside the old one where Excel and LibreOffice do not look, so the cell is emptied as typing
     * over it in Excel would.
     */
    XSSFCell beside(String quantity, int offset) {
        XSSFCell value = cell(quantity);
        XSSFRow row = value.getRow();
        int c = value.getColumnIndex() + offset;
        XSSFCell cell = row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
        cell.setBlank();
        return cell;
    }

    Path save() throws IOException {
        try (OutputStream out = Files.newOutputStream(workbook)) {
            wb.write(out);
        }
        wb.close();
        return workbook;
    }

    ImportResult importBack() throws IOException {
        save();
        return WorkbookImporter.read(workbook, source);
    }

    String originalSource() throws IOException { return Files.readString(source); }
}
