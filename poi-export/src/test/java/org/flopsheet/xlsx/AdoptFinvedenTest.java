package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.adopt.Adopter;
import org.flopsheet.engine.adopt.Adoption;
import org.flopsheet.engine.adopt.CellRef;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.excel.CellAddress;
import org.flopsheet.xlsx.adopt.WorkbookCells;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 002's Finveden sheet as its author laid it out, typed into LibreOffice Calc through UNO: labels
 * in one row, the value or formula below, notes beside, and the block copied four times side by side
 * for four training budgets. Adopting it gives one model with four scenarios and the seed's figures.
 */
class AdoptFinvedenTest {
    @TempDir
    static Path dir;

    static final double[] BUDGETS = {3e25, 3e27, 3e29, 3e33};
    static Adoption adoption;
    static Sheet adopted;
    static Sheet finveden;

    @BeforeAll
    static void typeTheSheetInLibreOfficeAndAdoptIt() throws Exception {
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int block = 0; block < BUDGETS.length; block++) typeBlock(actions, 1 + 3 * block, BUDGETS[block]);
        Path book = dir.resolve("finveden-by-hand.xlsx");
        LibreOfficeEdits.run(List.of(new LibreOfficeEdits.Job(null, book, actions)), dir);
        adoption = Adopter.adopt(WorkbookCells.read(book), "finveden");
        System.out.println(adoption.source());
        adopted = Compiler.compile(SourceFile.of("finveden.flop", adoption.source()));
        finveden = Compiler.compile(Path.of("..", "workbooks", "finveden.flop"));
    }

    /** One block of the seed, its first column at {@code column}; notes go in the column after it. */
    private static void typeBlock(List<Map<String, Object>> actions, int column, double budget) {
        String c = CellAddress.columnName(column), n = CellAddress.columnName(column + 1);
        text(actions, c + 1, "h/t Lukas Finnveden for help with this.");
        text(actions, c + 2, "Training FLOP (physical FLOP)");
        actions.add(Map.of("op", "value", "sheet", "Sheet1", "cell", c + 3, "value", budget));
        text(actions, c + 4, "k");
        value(actions, c + 5, 1.5);
        text(actions, n + 5, "If there are p parameters, a forward pass takes k*p FLOP. Bio Anchors uses k=1.5");
        text(actions, c + 6, "Train model for m*p tokens");
        value(actions, c + 7, 20);
        text(actions, n + 7, "Chinchilla");
        text(actions, c + 8, "Horizon length");
        value(actions, c + 9, 1.5);
        text(actions, n + 9, "Longer horizons increase training FLOP without increasing runtime FLOP/s.");
        text(actions, c + 10, "p");
        formula(actions, c + 11, "=SQRT(" + c + "3/(3*" + c + "9*" + c + "5*" + c + "7))");
        text(actions, n + 11, "Training takes 3hkmp^2 FLOP. [Why the factor of 3? Training takes (FLOP for forward pass)+(FLOP for backward pass)~=3x FLOP for forward pass]");
        text(actions, c + 12, "Runtime FLOP/forward-pass of AI");
        formula(actions, c + 13, "=" + c + "5*" + c + "11");
        text(actions, c + 14, "Duration of training (seconds)");
        value(actions, c + 15, 1e7);
        text(actions, n + 15, "4 months");
        text(actions, c + 16, "How many tokens per second, by reallocating training compute to inference?");
        formula(actions, c + 17, "=" + c + "3/" + c + "15/" + c + "13");
        text(actions, c + 18, "Token per second, per task");
        value(actions, c + 19, 10);
        text(actions, c + 20, "Number of tasks in parallel");
        formula(actions, c + 21, "=" + c + "17/" + c + "19");
    }

    private static void text(List<Map<String, Object>> actions, String cell, String text) {
        actions.add(Map.of("op", "text", "sheet", "Sheet1", "cell", cell, "text", text));
    }

    private static void value(List<Map<String, Object>> actions, String cell, double value) {
        actions.add(Map.of("op", "value", "sheet", "Sheet1", "cell", cell, "value", value));
    }

    private static void formula(List<Map<String, Object>> actions, String cell, String formula) {
        actions.add(Map.of("op", "formula", "sheet", "Sheet1", "cell", cell, "formula", formula));
    }

    /**
     * workbooks/finveden-by-hand.xlsx, the example the README adopts, is this test's workbook; it adopts to
     * the same model. Regenerate it with {@code mvn -pl poi-export -am test -Dflopsheet.updateGolden=true}.
     */
    @Test
    void theReadmesExampleWorkbookIsThisOne() throws Exception {
        Path example = Path.of("..", "workbooks", "finveden-by-hand.xlsx");
        if (Boolean.getBoolean("flopsheet.updateGolden")) Files.copy(dir.resolve("finveden-by-hand.xlsx"), example, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.isRegularFile(example), "missing " + example + "; regenerate with: mvn -pl poi-export -am test -Dflopsheet.updateGolden=true");
        assertEquals(adoption.source(), Adopter.adopt(WorkbookCells.read(example), "finveden").source(),
                "regenerate with: mvn -pl poi-export -am test -Dflopsheet.updateGolden=true");
    }

    @Test
    void everyFormulaIsAdoptedAndReproducesLibreOfficesValues() {
        assertEquals(List.of(), adoption.skipped());
        assertEquals(List.of(), adoption.differences());
        assertEquals(new Adoption.Tally(16, 16, 16, 16), adoption.tally());
    }

    @Test
    void theFourBlocksAreOneModelWithFourScenarios() {
        assertEquals(10, adopted.quantities().size(), adoption.source());
        assertEquals(finveden.scenarios().stream().map(Scenario::name).toList(),
                adopted.scenarios().stream().map(Scenario::name).toList());
        assertTrue(adoption.source().contains("scenarios training_flop = 3e25, 3e27, 3e29, 3e33"), adoption.source());
        assertEquals(1, adoption.recognised().size(), "one repeated block is recognised: " + adoption.recognised());
    }

    /** Every quantity of workbooks/finveden.flop, found in the adopted model by its label, for the base case and every scenario. */
    @Test
    void figuresEqualTheSeedsModel() {
        List<String> cases = new ArrayList<>(List.of(""));
        finveden.scenarios().forEach(s -> cases.add(s.name()));
        for (String scenario : cases) {
            Evaluation expected = scenario.isEmpty() ? finveden.evaluate() : finveden.evaluate(finveden.scenario(scenario));
            Evaluation got = scenario.isEmpty() ? adopted.evaluate() : adopted.evaluate(adopted.scenario(scenario));
            for (Quantity q : finveden.quantities()) {
                Quantity twin = adopted.quantities().stream().filter(a -> q.title().equals(a.label())).findFirst().orElse(null);
                assertNotNull(twin, "no adopted quantity labelled '" + q.title() + "':\n" + adoption.source());
                assertEquals(expected.number(q.name()), got.number(twin.name()), q.name() + " in " + (scenario.isEmpty() ? "the base case" : scenario));
            }
        }
        assertEquals(4.242640687119286e9, adopted.evaluate(adopted.scenario("training_flop=3e33")).number("tasks_parallel"), 1e-6 * 4.24e9);
    }

    @ParameterizedTest(name = "{0} is {1} in scenario ''{2}''")
    @CsvSource(nullValues = "base", textBlock = """
            Sheet1!A3,  training_flop,  base
            Sheet1!D3,  training_flop,  training_flop=3e27
            Sheet1!J21, tasks_parallel, training_flop=3e33
            Sheet1!G11, p,              training_flop=3e29
            Sheet1!A15, duration_training, base
            """)
    void theMapSaysWhereEveryNumberLives(String cell, String name, String scenario) {
        String[] parts = cell.split("!");
        CellAddress a = CellAddress.parse(parts[1]);
        assertEquals(new Adoption.Placement(name, scenario), adoption.placements().get(new CellRef(parts[0], a.column(), a.row())));
    }

    @Test
    void guessedUnitsGoOnInputsAndLeaveTheFiguresAlone() {
        Adoption withUnits = Adopter.adopt(readBook(), "finveden", true);
        Sheet sheet = Compiler.compile(SourceFile.of("finveden.flop", withUnits.source()));
        assertEquals("FLOP", sheet.quantity("training_flop").unitText());
        assertEquals("s", sheet.quantity("duration_training").unitText());
        assertEquals("token/s", sheet.quantity("token_second_task").unitText());
        assertTrue(withUnits.complete(), withUnits.source());
        assertEquals(adopted.evaluate().number("tasks_parallel"), sheet.evaluate().number("tasks_parallel"));
    }

    private static org.flopsheet.engine.adopt.SourceWorkbook readBook() {
        return WorkbookCells.read(dir.resolve("finveden-by-hand.xlsx"));
    }

    @Test
    void labelsAndNotesComeFromBesideTheNumbers() {
        Quantity m = adopted.quantities().stream().filter(q -> "Train model for m*p tokens".equals(q.label())).findFirst().orElseThrow();
        assertEquals("Chinchilla", m.note());
        assertEquals(List.of("h/t Lukas Finnveden for help with this."), adopted.notes());
    }

    /** The adopted model exports to a live workbook that LibreOffice recalculates to the engine's figures, and imports back unchanged. */
    @Test
    void exportsToAWorkbookLibreOfficeAgreesWithAndImportsBack() throws Exception {
        Path source = dir.resolve("finveden.flop");
        Files.writeString(source, adoption.source());
        Path exported = dir.resolve("finveden-adopted.xlsx");
        WorkbookExporter.write(adopted, exported);
        Path work = Files.createDirectories(dir.resolve("recalc"));
        LibreOffice.Results results = LibreOffice.recalculate(List.of(exported), work);
        Map<String, Map<String, LibreOffice.Cell>> sheets = results.stage(exported, "after_calculate_all");
        List<String> problems = new ArrayList<>();
        List<ExportedCells.Expected> cells = ExportedCells.read(exported, adopted, ExportedCells.engine(adopted)).cells();
        for (ExportedCells.Expected c : cells) {
            LibreOffice.Cell got = sheets.getOrDefault(c.sheet(), Map.of()).get(c.cell());
            String problem = got == null ? "LibreOffice shows no value" : Agreement.problem(c.value(), got.number(), got.error(), 1e-15);
            if (problem != null) problems.add(c.where() + ": " + problem);
        }
        assertEquals(100, cells.size(), "10 quantities in the base case, in four scenario sheets, and in the side-by-side view");
        assertEquals(List.of(), problems);
        ImportResult back = WorkbookImporter.read(exported, source);
        assertFalse(back.changed(), back.diff());
    }
}
