package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook in workbooks/ (and the edge cases and the sheet of numeric functions in the test
 * resources), exported and recalculated
 * by LibreOffice: every value cell of every scenario must equal the engine's value to 15 significant
 * digits, and every error must be the same error. One soffice run serves the whole class.
 */
class LibreOfficeDifferentialTest {
    /** 15 significant digits. */
    private static final double RELATIVE = 5e-15;
    private static final String KNOWN_DIFFERENCES = "known-differences.flop";
    private static final String[] STAGES = {"on_load", "after_calculate_all"};

    @TempDir static Path dir;
    private static final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private static final Map<String, Path> books = new LinkedHashMap<>();
    private static Path staleCache, editedInputs;
    private static LibreOffice.Results results;

    static Stream<String> sources() throws IOException {
        return Stream.concat(Sources.all().stream(), Sources.functions().stream()).map(p -> p.getFileName().toString());
    }

    @BeforeAll
    static void recalculateEveryWorkbookInOneLibreOfficeRun() throws Exception {
        for (Path source : Stream.concat(Sources.all().stream(), Sources.functions().stream()).toList()) {
            String name = source.getFileName().toString();
            Sheet sheet = Compiler.compile(source);
            Path book = dir.resolve(name.replace(".flop", ".xlsx"));
            WorkbookExporter.write(sheet, book);
            sheets.put(name, sheet);
            books.put(name, book);
        }
        Sheet known = Compiler.compile(SourceFile.of(KNOWN_DIFFERENCES, """
                input zero = 0
                input minus_eight = -8
                input below_zero = -3.5
                zero_to_zero = zero^zero
                odd_root = minus_eight^(1/3)
                multiple_across_signs = MROUND(below_zero, 0.2)
                lognormal_below_zero = LOGNORM.DIST(below_zero, 1, 2, TRUE)
                exponential_below_zero = EXPON.DIST(below_zero, 0.3, TRUE)
                quotient_by_zero = QUOTIENT(minus_eight, zero)
                input flag = TRUE
                logical_equals_one = TRUE = 1
                logical_above_five = TRUE > 5
                sum_of_referenced_logical = SUM(flag, 1)
                """));
        sheets.put(KNOWN_DIFFERENCES, known);
        books.put(KNOWN_DIFFERENCES, dir.resolve("known-differences.xlsx"));
        WorkbookExporter.write(known, books.get(KNOWN_DIFFERENCES));
        Sheet finveden = sheets.get("finveden.flop");
        staleCache = writeEdited(finveden, "stale-cache.xlsx", (wb, base) ->
                cell(base, finveden, "parallel_tasks").setCellValue(12345.0));
        editedInputs = writeEdited(finveden, "edited-inputs.xlsx", (wb, base) -> {
            cell(base, finveden, "training_flop").setCellValue(3e27);
            cell(base, finveden, "duration").setCellValue(2e7);
        });
        List<Path> all = new ArrayList<>(books.values());
        all.add(staleCache);
        all.add(editedInputs);
        results = LibreOffice.recalculate(all, dir);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyValueCellOfEveryScenarioEqualsTheEngine(String source) throws IOException {
        Sheet sheet = sheets.get(source);
        ExportedCells cells = ExportedCells.read(books.get(source), sheet, ExportedCells.engine(sheet));
        int scenarios = sheet.scenarios().size();
        Layout layout = Layout.of(sheet);
        long single = sheet.quantities().stream().filter(q -> !layout.isBlock(q)).count();
        long singleOutputs = sheet.outputs().stream().filter(q -> !layout.isBlock(q)).count();
        int elements = sheet.quantities().stream().mapToInt(q -> layout.heights()[q.index()] * layout.widths()[q.index()]).sum();
        long gridCells = sheet.grids().stream().mapToLong(g -> singleOutputs * g.scenarios().size()).sum();
        // every element on every model sheet; each single value once more per case on the Scenarios sheet
        long expected = (long) elements * (1 + scenarios) + (scenarios > 0 ? single * (1 + scenarios) : 0) + gridCells;
        assertEquals(expected, cells.cells().size(), "value cells in the hidden map of " + source);
        assertAgree(books.get(source), cells);
    }

    @Test
    void aWrongCachedValueIsReplacedOnLoad() throws IOException {
        Sheet finveden = sheets.get("finveden.flop");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(staleCache))) {
            assertEquals(12345.0, cell(wb.getSheetAt(0), finveden, "parallel_tasks").getNumericCellValue(),
                    "the file really carries the wrong cached value");
        }
        String address = "B" + (Layout.of(finveden).row(finveden.quantity("parallel_tasks")) + 1);
        LibreOffice.Cell onLoad = results.stage(staleCache, "on_load").get(finveden.name()).get(address);
        assertEquals(finveden.evaluate().number("parallel_tasks"), onLoad.number());
    }

    /** A person edits two inputs of the base sheet; every dependent cell follows, on every sheet that uses them. */
    @Test
    void editedInputsFlowIntoEveryDependentCell() throws IOException {
        Sheet finveden = sheets.get("finveden.flop");
        Map<String, Double> edits = Map.of("training_flop", 3e27, "duration", 2e7);
        ExportedCells cells = ExportedCells.read(editedInputs, finveden, scenario -> {
            if (scenario.isEmpty()) return finveden.evaluate(edits);
            Scenario s = finveden.scenario(scenario);
            Map<String, Double> inputs = new LinkedHashMap<>(edits);
            inputs.putAll(s.inputs());
            return finveden.evaluate(inputs);
        });
        assertAgree(editedInputs, cells);
        Map<String, String> unedited = new LinkedHashMap<>();
        ExportedCells.read(books.get("finveden.flop"), finveden, ExportedCells.engine(finveden)).cells()
                .forEach(c -> unedited.put(c.sheet() + "!" + c.cell(), c.value().text()));
        List<String> changed = cells.cells().stream()
                .filter(c -> !c.value().text().equals(unedited.get(c.sheet() + "!" + c.cell())))
                .map(c -> c.sheet() + "!" + c.cell() + " " + c.quantity()).toList();
        String cell = "!B" + (Layout.of(finveden).row(finveden.quantity("parallel_tasks")) + 1) + " parallel_tasks";
        assertTrue(changed.contains(finveden.name() + cell), "the edit changes the base result: " + changed);
        assertTrue(changed.contains("training_flop=3e27" + cell),
                "a scenario that does not set duration follows the base sheet's duration: " + changed);
    }

    /**
     * Where LibreOffice departs from Excel, which the engine follows as Microsoft's page of each function
     * documents it. LibreOffice treats a logical as the number 1 everywhere, where Excel never finds a
     * logical equal to a number, sorts logicals above numbers, and SUM skips logicals that come from a
     * reference ("logical values ... in the array or reference are ignored"). Should LibreOffice change,
     * this test says so.
     */
    @ParameterizedTest(name = "{0}: Excel {1}, LibreOffice {2}")
    @CsvSource(delimiter = '|', textBlock = """
        zero_to_zero              | #NUM! | 1    | POWER: #NUM! for 0^0
        odd_root                  | #NUM! | -2   | POWER: #NUM! for a negative base and a fractional exponent
        multiple_across_signs     | #NUM! | -3.6 | MROUND: #NUM! when number and multiple differ in sign
        lognormal_below_zero      | #NUM! | 0    | LOGNORM.DIST: #NUM! for x <= 0
        exponential_below_zero    | #NUM! | 0    | EXPON.DIST: #NUM! for x < 0
        quotient_by_zero          | #DIV/0! | #NUM! | QUOTIENT: #DIV/0! for a zero denominator, in Excel's saved results
        logical_equals_one        | FALSE | 1    | a logical is never equal to a number
        logical_above_five        | TRUE  | 0    | logicals sort above numbers
        sum_of_referenced_logical | 1     | 2    | SUM ignores logicals in references
        """)
    void libreOfficeDepartsFromExcel(String quantity, String excel, String libreOffice, String documented) {
        Sheet sheet = sheets.get(KNOWN_DIFFERENCES);
        Map<String, LibreOffice.Cell> got = results.stage(books.get(KNOWN_DIFFERENCES), "after_calculate_all").get(sheet.name());
        assertEquals(excel, sheet.evaluate().value(quantity).text(), quantity + " in the engine, as Excel documents it (" + documented + ")");
        LibreOffice.Cell cell = got.get("B" + (Layout.of(sheet).row(sheet.quantity(quantity)) + 1));
        assertEquals(libreOffice, cell.error() != null ? cell.error() : NumberText.shortest(cell.number()), quantity + " in LibreOffice");
    }

    private static void assertAgree(Path book, ExportedCells cells) {
        List<String> problems = new ArrayList<>();
        int exact = 0, numbers = 0, compared = 0;
        for (String stage : STAGES) {
            Map<String, Map<String, LibreOffice.Cell>> sheetsOf = results.stage(book, stage);
            for (ExportedCells.Expected c : cells.cells()) {
                LibreOffice.Cell got = sheetsOf.getOrDefault(c.sheet(), Map.of()).get(c.cell());
                String problem = got == null ? "LibreOffice shows no value"
                        : Agreement.problem(c.value(), got.number(), got.error(), got.text(), RELATIVE);
                compared++;
                if (c.value() instanceof Value.Num) numbers++;
                if (problem != null) problems.add(stage + " " + c.where() + ": " + problem);
                else if (got.number() != null && c.value() instanceof Value.Num n
                        && got.number() == n.value()) exact++;
            }
        }
        System.out.printf("%s: %d cells compared with LibreOffice, %d of %d numbers bit-identical, %d problems%n",
                book.getFileName(), compared, exact, numbers, problems.size());
        assertTrue(problems.isEmpty(), "LibreOffice disagrees with the engine in " + book.getFileName() + ":\n"
                + String.join("\n", problems));
    }

    private interface Edit { void apply(XSSFWorkbook wb, XSSFSheet base); }

    private static Path writeEdited(Sheet sheet, String file, Edit edit) throws IOException {
        Path out = dir.resolve(file);
        try (XSSFWorkbook wb = WorkbookExporter.build(sheet); OutputStream stream = Files.newOutputStream(out)) {
            edit.apply(wb, wb.getSheetAt(0));
            wb.write(stream);
        }
        return out;
    }

    private static XSSFCell cell(XSSFSheet base, Sheet sheet, String quantity) {
        Quantity q = sheet.quantity(quantity);
        return base.getRow(Layout.of(sheet).row(q)).getCell(Layout.VALUE);
    }
}
