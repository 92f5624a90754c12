package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.Elementwise;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.excel.ExcelFormulaException;
import org.flopsheet.engine.excel.ExcelFormulaParser;
import org.flopsheet.engine.excel.ExcelReferences;
import org.flopsheet.engine.unparse.DslFormula;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Excel's own results for the numeric functions: IronCalc's test workbooks, saved by Excel with its
 * cached values (MIT licence; kept beside the project, never copied into it). Every formula cell
 * that is self-contained (its references are to cells holding plain numbers, and
 * every function it calls is one flopsheet declares) is read with POI, turned into a .flop
 * quantity over inputs holding those cells' values, evaluated, and compared with Excel's cached
 * value at the 15 significant digits Excel shows. Formulas that are not self-contained are
 * counted, not checked (the full corpus, with references between formulas, is the adopt work).
 */
class IronCalcCorpusTest {
    private static final Path WHERE = Path.of("shared", "conformance", "ironcalc", "calc_tests");
    /** Beside the project folder (its parent's shared/...), or beside a folder above it (a git worktree's). */
    private static final Path CORPUS = corpus();
    private static final List<String> FOLDERS = List.of("MATH_AND_TRIGONOMETRY", "STATISTICAL", "LOGICAL", "INFORMATION");

    /**
     * Cells where the engine and Excel's cached value differ for a known reason, file!sheet!cell to
     * the reason; each must still differ, or leave the list.
     */
    private static final Path KNOWN_FILE = Path.of("src", "test", "resources", "ironcalc-known-differences.txt");
    /** Excel's results that need 1e-12 relative: the incomplete beta and gamma functions' last digits. */
    private static final double CLOSE = 1e-12;

    private static Path corpus() {
        Path projectRoot = Path.of("..").toAbsolutePath().normalize();
        for (Path p = projectRoot.getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(WHERE))) return p.resolve(WHERE);
        }
        return projectRoot.getParent().resolve(WHERE);
    }

    static Stream<Path> workbooks() throws IOException {
        assertTrue(Files.isDirectory(CORPUS), "the Excel-saved workbooks are missing: expected them at "
                + CORPUS.toAbsolutePath().normalize() + " (IronCalc's calc_tests, beside the project folder)");
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> in = Files.list(CORPUS.resolve(folder))) {
                files.addAll(in.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList());
            }
        }
        return files.stream();
    }

    record Outcome(int formulas, int checked, int close, List<String> disagreements) {}

    /**
     * Every self-contained formula agrees with Excel at 15 digits, or within {@link #CLOSE}, or is
     * listed with its reason in the known differences (one cell per line, "file!sheet!cell  reason");
     * a listed cell that agrees now must leave the list.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void selfContainedFormulasGiveExcelsCachedValues(Path file) throws IOException {
        Outcome o = check(file);
        System.out.printf("| %s | %d | %d | %d | %d |%n", CORPUS.relativize(file), o.formulas(), o.checked(),
                o.checked() - o.close() - o.disagreements().size(), o.close());
        Map<String, String> known = known();
        List<String> unexpected = o.disagreements().stream().filter(d -> !known.containsKey(d.substring(0, d.indexOf(' ')))).toList();
        assertEquals(List.of(), unexpected, file.getFileName() + ": " + o.checked() + " formulas checked");
        List<String> disagreeing = o.disagreements().stream().map(d -> d.substring(0, d.indexOf(' '))).toList();
        List<String> fixed = known.keySet().stream().filter(k -> k.startsWith(file.getFileName() + "!") && !disagreeing.contains(k)).toList();
        assertEquals(List.of(), fixed, "these cells agree with Excel now: take them off " + KNOWN_FILE);
    }

    private static Map<String, String> known() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        for (String line : Files.readAllLines(KNOWN_FILE)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.indexOf(' ');
            known.put(line.substring(0, space), line.substring(space).trim());
        }
        return known;
    }

    private static Outcome check(Path file) throws IOException {
        int formulas = 0, checked = 0, close = 0;
        List<String> disagreements = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) continue;
                        formulas++;
                        String expected = cached(cell);
                        if (expected == null) continue;
                        String actual = evaluate(wb, sheet, cell);
                        if (actual == null) continue;
                        checked++;
                        if (shown(expected).equals(shown(actual))) continue;
                        if (close(expected, actual)) {
                            close++;
                        } else {
                            disagreements.add(file.getFileName() + "!" + sheet.getSheetName() + "!" + cell.getAddress()
                                    + " =" + cell.getCellFormula() + ": Excel " + expected + ", flopsheet " + actual);
                        }
                    }
                }
            }
        }
        return new Outcome(formulas, checked, close, disagreements);
    }

    /** Excel's cached value as text (a number, TRUE/FALSE, an error), or null for text and empty results. */
    private static String cached(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> new BigDecimal(cell.getNumericCellValue()).toString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    /**
     * The engine's value of the cell's formula over the constant cells it reads, or null when it is not
     * self-contained. A cell of an array formula's range (a spilled SEQUENCE) shows its element of the result.
     */
    private static String evaluate(Workbook wb, Sheet own, Cell cell) {
        String formula = cell.getCellFormula();
        Map<String, String> inputs = new LinkedHashMap<>();
        ExcelReferences refs = new ExcelReferences() {
            @Override public String definedName(String name) { return null; }

            @Override public String cell(String sheetName, int column, int row) {
                Sheet sheet = sheetName == null ? own : wb.getSheet(sheetName);
                Row r = sheet == null ? null : sheet.getRow(row - 1);
                Cell c = r == null ? null : r.getCell(column - 1);
                if (c == null) return null;
                String value = switch (c.getCellType()) {
                    case NUMERIC -> new BigDecimal(c.getNumericCellValue()).toString();
                    default -> null; // text, and logical values, which Excel's functions treat by its reference rules
                };
                if (value == null) return null;
                String name = "cell_" + (sheetName == null ? "" : sheetName.replaceAll("[^A-Za-z0-9]", "_") + "_")
                        + new CellReference(row - 1, column - 1).formatAsString().replace("$", "");
                inputs.put(name, value);
                return name;
            }
        };
        Expr expr;
        try {
            expr = ExcelFormulaParser.parse("=" + formula, refs);
        } catch (ExcelFormulaException e) {
            return null;
        }
        StringBuilder src = new StringBuilder();
        inputs.forEach((name, value) -> src.append("input ").append(name).append(" = ").append(value).append('\n'));
        src.append("excel_formula = ").append(DslFormula.of(expr)).append('\n');
        try {
            Value value = Compiler.compile(SourceFile.of("corpus.flop", src.toString())).evaluate().value("excel_formula");
            if (!cell.isPartOfArrayFormulaGroup()) return value.text();
            CellRangeAddress range = cell.getArrayFormulaRange();
            return Elementwise.at(value, cell.getRowIndex() - range.getFirstRow(), cell.getColumnIndex() - range.getFirstColumn()).text();
        } catch (FlopError e) {
            return "refused: " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    private static boolean close(String expected, String actual) {
        try {
            double e = Double.parseDouble(expected), a = Double.parseDouble(actual);
            return Math.abs(e - a) <= CLOSE * Math.abs(e);
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }

    private static String shown(String text) {
        try {
            return new BigDecimal(text).round(new MathContext(15)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
