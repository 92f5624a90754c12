package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits a person makes in an exported Finveden workbook come back as minimal changes to the source. */
class WorkbookImporterTest {
    static final Path FINVEDEN = Sources.WORKBOOKS.resolve("finveden.flop");

    @TempDir
    Path dir;

    EditedWorkbook edit() throws Exception { return EditedWorkbook.export(FINVEDEN, dir); }

    @Test
    void unchangedWorkbookLeavesTheSourceAsItWas() throws Exception {
        EditedWorkbook w = edit();
        ImportResult r = w.importBack();
        assertFalse(r.changed(), r.diff());
        assertEquals(w.originalSource(), r.source());
    }

    @Test
    void changedInputValueRewritesOnlyThatValue() throws Exception {
        EditedWorkbook w = edit();
        w.cell("training_flop").setCellValue(3e27);
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("input training_flop = 3e25 FLOP", "input training_flop = 3e27 FLOP"), r.source());
        assertTrue(r.diff().contains("-input training_flop = 3e25 FLOP"), r.diff());
        assertTrue(r.diff().contains("+input training_flop = 3e27 FLOP"), r.diff());
    }

    @Test
    void changedScenarioValue() throws Exception {
        EditedWorkbook w = edit();
        w.cellOn(w.wb.getSheet("training_flop=3e27"), "training_flop").setCellValue(5e27);
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("3e25, 3e27, 3e29", "3e25, 5e27 FLOP, 3e29"), r.source());
    }

    @Test
    void changedFormulaWithNames() throws Exception {
        EditedWorkbook w = edit();
        w.cell("runtime_flop").setCellFormula("2*k*p");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("runtime_flop = k * p FLOP/token", "runtime_flop = 2*k*p FLOP/token"), r.source());
        assertEquals(2 * 7.0710678118654755e11, Compiler.compile(SourceFile.of("x.flop", r.source())).evaluate().number("runtime_flop"), 1e3);
    }

    @Test
    void changedFormulaWithCellReferences() throws Exception {
        EditedWorkbook w = edit();
        String k = w.cell("k").getReference(), p = w.cell("p").getReference();
        w.cell("runtime_flop").setCellFormula("$" + k.replaceAll("(\\d+)", "\\$$1") + "*" + p + "*3");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("runtime_flop = k * p FLOP/token", "runtime_flop = (k*p*3) FLOP/token"), r.source());
    }

    @Test
    void newRowBecomesANewQuantity() throws Exception {
        EditedWorkbook w = edit();
        XSSFRow last = w.cell("parallel_tasks").getRow();
        XSSFRow row = w.base().createRow(last.getRowNum() + 1);
        int v = w.cell("parallel_tasks").getColumnIndex();
        row.createCell(v - 1).setCellValue("Tasks per GPU");
        row.createCell(v).setCellFormula("parallel_tasks/1000");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("parallel_tasks = tokens_per_s / task_rate     \"Number of tasks in parallel\"\n",
                "parallel_tasks = tokens_per_s / task_rate     \"Number of tasks in parallel\"\n"
                        + "tasks_per_gpu = parallel_tasks/1000  \"Tasks per GPU\"\n"), r.source());
    }

    @Test
    void deletedRowRemovesTheQuantity() throws Exception {
        EditedWorkbook w = edit();
        XSSFRow row = w.cell("parallel_tasks").getRow();
        w.base().removeRow(row);
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("parallel_tasks = tokens_per_s / task_rate     \"Number of tasks in parallel\"\n", ""), r.source());
    }

    @Test
    void changedLabelAndNote() throws Exception {
        EditedWorkbook w = edit();
        w.beside("h", -1).setCellValue("Horizon length (steps)");
        w.beside("m", 3).setCellValue("Chinchilla-optimal: 20 tokens per parameter");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource()
                .replace("\"Horizon length\"", "\"Horizon length (steps)\"")
                .replace("note \"Chinchilla\"", "note \"Chinchilla-optimal: 20 tokens per parameter\""), r.source());
    }

    @Test
    void renamedDefinedNameRenamesTheQuantityEverywhere() throws Exception {
        EditedWorkbook w = edit();
        WorkbookExporter.baseCaseName(w.wb, "h").setNameName("horizon");
        w.cell("p").setCellFormula("SQRT(training_flop/(3*horizon*k*m))");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource()
                .replace("input h = 1.5 ", "input horizon = 1.5 ")
                .replace("(3*h*k*m)", "(3*horizon*k*m)"), r.source());
    }

    @Test
    void formulaOverwrittenByAValueMakesAnInput() throws Exception {
        EditedWorkbook w = edit();
        w.cell("p").removeFormula();
        w.cell("p").setCellValue(5e11);
        ImportResult r = w.importBack();
        assertTrue(r.source().contains("input p = 5e11 param"), r.source());
    }

    @Test
    void refusalsNameTheCellAndWriteNothing() throws Exception {
        assertRefused(w -> w.cell("runtime_flop").setCellFormula("VLOOKUP(k,A1:B3,2)"), "the function VLOOKUP is not supported");
        assertRefused(w -> w.cell("runtime_flop").setCellFormula("k*Z99"), "the cell Z99 holds no quantity");
        assertRefused(w -> w.cell("p").setCellFormula("runtime_flop*2"), "circular definition");
        assertRefused(w -> w.cell("p").setCellFormula("training_flop+duration"), "cannot add FLOP and s");
        assertRefused(w -> w.cell("k").setCellValue("lots"), "holds the text 'lots'");
        assertRefused(w -> w.base().setArrayFormula("k*2", CellRangeAddress.valueOf(w.cell("runtime_flop").getReference())),
                "array formula");
    }

    interface Edit { void apply(EditedWorkbook w) throws Exception; }

    private void assertRefused(Edit edit, String reason) throws Exception {
        Path sub = Files.createTempDirectory(dir, "case");
        EditedWorkbook w = EditedWorkbook.export(FINVEDEN, sub);
        String before = w.originalSource();
        edit.apply(w);
        w.save();
        ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(w.workbook, w.source));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(before, Files.readString(w.source));
    }
}
