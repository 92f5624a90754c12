package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apache POI's formula evaluator as a second opinion. It rounds the operands of * and / to 15
 * significant digits (since POI 5.2.0), so it is compared at a relative 1e-13.
 */
class PoiEvaluatorTest {
    private static final double RELATIVE = 1e-13;

    /** Cells of the edge cases where POI departs from Excel (quantity@scenario); each must still differ, or leave the list. */
    private static final Map<String, String> POI_DEPARTS_FROM_EXCEL = Map.of(
            "int_negative@a=1e300", "POI's INT goes through a long, so INT(-2.5E+299) comes out as -9.2E+18",
            "log_base@zero divisor", "POI's LOG(1024,0) is -0, where Excel divides LN(1024) by LN(0), which is #NUM!");

    /** Array-formula cells (sheet.quantity@column, every scenario) POI cannot evaluate as Excel and LibreOffice do. */
    private static final Map<String, String> POI_ARRAY_FORMULAS_DEPART_FROM_EXCEL = Map.of(
            "arrays_tables.labels@B", "POI's array formula gives #VALUE! for & over a column (text results element by element)",
            "arrays_tables.long_names@B", "POI's array formula gives #VALUE! for LEN over a column",
            "arrays_tables.broadcast@D", "POI gives #VALUE! for {1,2,3}+{10,20}'s missing element, where Excel gives #N/A");

    static Stream<Path> sources() throws IOException {
        return Sources.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyValueCellOfEveryScenarioEqualsTheEngine(Path source) throws Exception {
        Sheet sheet = Compiler.compile(source);
        try (XSSFWorkbook wb = reopened(sheet)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            List<String> problems = new ArrayList<>();
            int compared = 0;
            for (ExportedCells.Expected c : ExportedCells.read(wb, sheet, ExportedCells.engine(sheet)).cells()) {
                CellReference ref = new CellReference(c.cell());
                XSSFCell cell = wb.getSheet(c.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
                String problem = check(c.value(), cell, evaluator);
                compared++;
                String known = POI_DEPARTS_FROM_EXCEL.getOrDefault(c.quantity() + "@" + c.scenario(),
                        POI_ARRAY_FORMULAS_DEPART_FROM_EXCEL.get(sheet.name() + "." + c.quantity() + "@" + c.cell().replaceAll("[0-9]", "")));
                if (known != null && problem == null) problems.add(c.where() + ": now agrees; drop it from the known departures");
                if (known == null && problem != null) problems.add(c.where() + ": " + problem);
            }
            assertTrue(compared > 0);
            assertTrue(problems.isEmpty(), "POI disagrees with the engine:\n" + String.join("\n", problems));
        }
    }

    /** What the batch run does: set inputs through the base case's defined names, read outputs through theirs. */
    @Test
    void inputsSetThroughDefinedNamesReachEveryOutput() throws Exception {
        Sheet sheet = Compiler.compile(Sources.WORKBOOKS.resolve("finveden.flop"));
        Map<String, Double> inputs = Map.of("training_flop", 3e29, "task_rate", 40.0);
        try (XSSFWorkbook wb = reopened(sheet)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            inputs.forEach((name, value) -> {
                XSSFCell cell = cellOf(wb, WorkbookExporter.baseCaseName(wb, name));
                cell.setCellValue(value);
                evaluator.notifyUpdateCell(cell);
            });
            var expected = sheet.evaluate(inputs);
            for (Quantity q : sheet.outputs()) {
                XSSFName name = WorkbookExporter.baseCaseName(wb, q.name());
                assertEquals(-1, name.getSheetIndex());
                assertEquals(sheet.name(), name.getSheetName());
                String problem = check(expected.value(q), cellOf(wb, name), evaluator);
                assertEquals(null, problem, q.name());
            }
        }
    }

    private static String check(Value expected, XSSFCell cell, XSSFFormulaEvaluator evaluator) {
        CellValue v = evaluator.evaluate(cell);
        return switch (v.getCellType()) {
            case NUMERIC -> Agreement.problem(expected, v.getNumberValue(), null, RELATIVE);
            case BOOLEAN -> Agreement.problem(expected, v.getBooleanValue() ? 1.0 : 0.0, null, RELATIVE);
            case ERROR -> Agreement.problem(expected, null, FormulaError.forInt(v.getErrorValue()).getString(), RELATIVE);
            case STRING -> Agreement.problem(expected, null, null, v.getStringValue(), RELATIVE);
            default -> "POI gave " + v.formatAsString();
        };
    }

    private static XSSFCell cellOf(XSSFWorkbook wb, XSSFName name) {
        CellReference ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    /** The workbook as written to a file and read back, so the test sees what a reader of the file sees. */
    private static XSSFWorkbook reopened(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            wb.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
