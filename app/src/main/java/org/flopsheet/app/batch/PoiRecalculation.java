package org.flopsheet.app.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.io.AtomicFiles;
import org.flopsheet.engine.io.PendingFile;
import org.flopsheet.xlsx.WorkbookExporter;

/**
 * The benchmark's "what a Java user does today": the exported workbook, recalculated by Apache POI
 * for each row (set the input cells, notify the evaluator, evaluate the output cells), behind the
 * same CSV reading and writing as the batch command. One thread: POI's evaluator is not thread-safe.
 */
final class PoiRecalculation {
    private final Sheet sheet;
    private final XSSFWorkbook workbook;
    private final FormulaEvaluator evaluator;

    PoiRecalculation(Sheet sheet) {
        this.sheet = sheet;
        this.workbook = WorkbookExporter.build(sheet);
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    /** Reads {@code in}, recalculates the workbook for each row, and writes the results to {@code out} as batch does. */
    long run(Path in, Path out) throws IOException {
        try (InputStream input = Files.newInputStream(in); PendingFile output = AtomicFiles.open(out)) {
            long rows = run(input, output.stream());
            output.commit();
            return rows;
        }
    }

    private long run(InputStream input, OutputStream out) throws IOException {
        CsvReader reader = CsvReader.utf8(input);
        ColumnMapping mapping = ColumnMapping.of(sheet, reader.next(), null);
        Cell[] inputCells = new Cell[mapping.width()];
        for (int i = 0; i < inputCells.length; i++) if (mapping.inputOf[i] != null) inputCells[i] = cell(mapping.inputOf[i]);
        Cell[] outputCells = new Cell[mapping.outputs.length];
        for (int o = 0; o < outputCells.length; o++) outputCells[o] = cell(mapping.outputs[o]);
        double[] defaults = sheet.defaults();

        StringBuilder text = new StringBuilder();
        CsvLine line = new CsvLine(text);
        mapping.writeHeader(line);
        long rows = 0;
        for (CsvRecord record; (record = reader.next()) != null; rows++) {
            String[] fields = record.fields();
            for (int i = 0; i < inputCells.length; i++) {
                if (inputCells[i] == null) continue;
                String cell = fields[i];
                inputCells[i].setCellValue(InputNumber.isBlank(cell) ? defaults[mapping.inputOf[i].index()] : InputNumber.parsePlain(cell));
                evaluator.notifyUpdateCell(inputCells[i]);
            }
            for (String field : fields) line.text(field);
            for (Cell c : outputCells) {
                CellValue v = evaluator.evaluate(c);
                switch (v.getCellType()) {
                    case NUMERIC -> line.number(v.getNumberValue());
                    case BOOLEAN -> line.logical(v.getBooleanValue() ? 1 : 0);
                    case ERROR -> line.text(FormulaError.forInt(v.getErrorValue()).getString());
                    default -> line.text(v.formatAsString());
                }
            }
            line.empty().end();
            if (text.length() > 1 << 16) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
        return rows;
    }

    /** Recalculates for each row of {@code values} (laid out as {@link BenchInput#values}) without any CSV; returns the rows. */
    long computeOnly(BenchSweep sweep, double[] values, int rows) {
        Cell[] inputCells = sweep.inputs().stream().map(name -> cell(sheet.quantity(name))).toArray(Cell[]::new);
        Cell[] outputCells = sweep.outputs().stream().map(name -> cell(sheet.quantity(name))).toArray(Cell[]::new);
        double checksum = 0;
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < inputCells.length; i++) {
                inputCells[i].setCellValue(values[r * inputCells.length + i]);
                evaluator.notifyUpdateCell(inputCells[i]);
            }
            for (Cell c : outputCells) checksum += evaluator.evaluate(c).getNumberValue();
        }
        if (checksum == 0 && outputCells.length > 0) throw new IllegalStateException("no results");
        return rows;
    }

    /** The base-case cell of {@code q}: the workbook-scope defined name called as the quantity. */
    private Cell cell(Quantity q) {
        XSSFName name = WorkbookExporter.baseCaseName(workbook, q.name());
        if (name == null) throw new IllegalStateException("the exported workbook has no workbook-scope name '" + q.name() + "'");
        CellReference ref = new CellReference(name.getRefersToFormula());
        return workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /**
     * How far POI's numbers are from the engine's over the first {@code rows} rows: POI rounds the
     * operands of * and / to 15 significant digits, so it differs in the last digits.
     */
    static String compare(Path engine, Path poi, int rows, List<String> outputs) throws IOException {
        try (Reader a = Files.newBufferedReader(engine); Reader c = Files.newBufferedReader(poi)) {
            CsvReader ra = new CsvReader(a), rc = new CsvReader(c);
            List<String> header = List.of(ra.next().fields());
            rc.next();
            int[] columns = outputs.stream().mapToInt(header::indexOf).toArray();
            double worst = 0;
            int textDiffers = 0;
            for (int r = 0; r < rows; r++) {
                String[] x = ra.next().fields(), y = rc.next().fields();
                for (int i : columns) {
                    try {
                        double u = Double.parseDouble(x[i]), v = Double.parseDouble(y[i]);
                        worst = Math.max(worst, Math.abs(u - v) / Math.max(Math.abs(u), Double.MIN_NORMAL));
                    } catch (NumberFormatException e) {
                        if (!x[i].equals(y[i])) textDiffers++;
                    }
                }
            }
            return String.format("(c) against (a) over %,d rows: largest relative difference %.1e%s", rows, worst,
                    textDiffers > 0 ? ", " + textDiffers + " error values differ" : ", same error values");
        }
    }
}
