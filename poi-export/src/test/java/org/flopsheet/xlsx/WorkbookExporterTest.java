package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbookExporterTest {
    private static final Path FINVEDEN = Sources.WORKBOOKS.resolve("finveden.flop");
    private static final Path EDGE_CASES = Sources.EDGE_CASES.resolve("edge-cases.flop");

    @Test
    void formulasUseTheQuantitiesNames() throws Exception {
        try (XSSFWorkbook wb = WorkbookExporter.build(Compiler.compile(FINVEDEN))) {
            Sheet sheet = Compiler.compile(FINVEDEN);
            assertEquals("SQRT(training_flop/(3*h*k*m))", valueCell(wb.getSheet("finveden"), sheet, "p").getCellFormula());
            assertEquals("SQRT(training_flop/(3*h*k*m))", valueCell(wb.getSheet("training_flop=3e29"), sheet, "p").getCellFormula());
        }
    }

    @Test
    void everyQuantityHasAWorkbookNameOnTheBaseSheetAndASheetNameOnEachScenarioSheet() throws Exception {
        Sheet sheet = Compiler.compile(FINVEDEN);
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            for (Quantity q : sheet.quantities()) {
                XSSFName base = WorkbookExporter.baseCaseName(wb, q.name());
                assertNotNull(base, q.name());
                assertEquals("'finveden'!$B$" + (Layout.of(sheet).row(q) + 1), base.getRefersToFormula());
                List<XSSFName> all = wb.getNames(q.name());
                assertEquals(1 + sheet.scenarios().size(), all.size(), q.name());
                for (XSSFName n : all) {
                    if (n.getSheetIndex() >= 0) assertEquals(wb.getSheetName(n.getSheetIndex()), n.getSheetName());
                }
            }
        }
    }

    /** Inputs look like inputs, formulas like formulas, and a scenario's untouched inputs link to the base sheet. */
    @ParameterizedTest(name = "{0} {1}: {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
        finveden           | training_flop | input   | 0.00E+00
        finveden           | h             | input   | 0.###
        finveden           | p             | formula | 0.00E+00
        finveden           | parallel_tasks| formula | 0.00E+00
        training_flop=3e27 | training_flop | input   | 0.00E+00
        training_flop=3e27 | duration      | link    | 0.00E+00
        training_flop=3e27 | task_rate     | link    | 0
        """)
    void cellsAreStyledByWhatTheyHold(String sheetName, String quantity, String kind, String format) throws Exception {
        Sheet sheet = Compiler.compile(FINVEDEN);
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            XSSFCell cell = valueCell(wb.getSheet(sheetName), sheet, quantity);
            assertEquals(format, cell.getCellStyle().getDataFormatString());
            String colour = cell.getCellStyle().getFont().getXSSFColor() == null ? "black"
                    : cell.getCellStyle().getFont().getXSSFColor().getARGBHex().substring(2);
            switch (kind) {
                case "input" -> {
                    assertEquals(CellType.NUMERIC, cell.getCellType());
                    assertEquals("0000FF", colour);
                    assertEquals("FFF2CC", cell.getCellStyle().getFillForegroundXSSFColor().getARGBHex().substring(2));
                }
                case "formula" -> {
                    assertEquals(CellType.FORMULA, cell.getCellType());
                    assertEquals("black", colour);
                }
                case "link" -> {
                    assertEquals("'finveden'!$B$" + (cell.getRowIndex() + 1), cell.getCellFormula());
                    assertEquals("008000", colour);
                }
                default -> throw new IllegalArgumentException(kind);
            }
        }
    }

    @Test
    void errorsAreCachedAsTheSameErrors() throws Exception {
        Sheet sheet = Compiler.compile(EDGE_CASES);
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet)) {
            XSSFSheet base = wb.getSheet(sheet.name());
            assertEquals(FormulaError.DIV0.getCode(), valueCell(base, sheet, "ratio").getErrorCellValue());
            assertEquals(FormulaError.NUM.getCode(), valueCell(base, sheet, "root").getErrorCellValue());
            assertEquals(CellType.ERROR, valueCell(base, sheet, "ratio").getCachedFormulaResultType());
            assertEquals(CellType.BOOLEAN, valueCell(base, sheet, "flag").getCachedFormulaResultType());
            assertEquals(-4.0, valueCell(base, sheet, "neg_square").getNumericCellValue());
        }
    }

    @Test
    void theWorkbookAsksForRecalculationAndHidesItsMap() throws Exception {
        try (XSSFWorkbook wb = WorkbookExporter.build(Compiler.compile(FINVEDEN))) {
            assertTrue(wb.getForceFormulaRecalculation());
            assertEquals(List.of("finveden", "Scenarios", "training_flop=3e25", "training_flop=3e27",
                    "training_flop=3e29", "training_flop=3e33", "Tornado", "_flopsheet"),
                    Stream.iterate(0, i -> i < wb.getNumberOfSheets(), i -> i + 1).map(wb::getSheetName).toList());
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("_flopsheet")));
            assertNotNull(wb.getSheet("finveden").getPaneInformation());
            assertTrue(wb.getSheet("finveden").getPaneInformation().isFreezePane());
        }
    }

    @Test
    void writingReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("finveden.xlsx");
        Files.writeString(out, "an older file");
        WorkbookExporter.write(Compiler.compile(FINVEDEN), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals("finveden", wb.getSheetName(0));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        3e25                 | 0.00E+00
        -4.24e6              | 0.00E+00
        100000               | 0.00E+00
        99999.5              | 0.#
        0.000999             | 0.00E+00
        0.001                | 0.######
        0.3939               | 0.####
        1.5                  | 0.###
        25.7142857142857     | 0.##
        213.909504           | 0.#
        1024                 | 0
        -2                   | 0
        0                    | General
        """)
    void numbersAreShownReadably(double value, String format) {
        assertEquals(format, Styles.numberFormat(value));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        training_flop=3e27                          | training_flop=3e27
        what? [draft]                               | what_ _draft_
        'quoted'                                    | quoted
        a very long scenario name that goes on      | a very long scenario name that\u2026
        """)
    void sheetNamesAreMadeLegal(String wanted, String legal) {
        assertEquals(legal, new SheetNames().claim(wanted));
    }

    @Test
    void sheetNamesAreUniqueIgnoringCase() {
        SheetNames names = new SheetNames();
        assertEquals("Scenarios", names.claim("Scenarios"));
        assertEquals("scenarios (2)", names.claim("scenarios"));
    }

    private static XSSFCell valueCell(XSSFSheet s, Sheet sheet, String quantity) {
        return s.getRow(Layout.of(sheet).row(sheet.quantity(quantity))).getCell(Layout.VALUE);
    }
}
