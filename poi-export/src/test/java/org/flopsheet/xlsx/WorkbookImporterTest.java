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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.List;

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

    static List<FinvedenEdits.Case> edits() { return FinvedenEdits.all(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void editComesBackAsAMinimalChange(FinvedenEdits.Case edit) throws Exception {
        EditedWorkbook w = edit();
        edit.edit().apply(w);
        ImportResult r = w.importBack();
        assertEquals(edit.expected().apply(w.originalSource()), r.source(), r.diff());
        Compiler.compile(SourceFile.of("updated.flop", r.source()));
    }

    /** A text input typed over, and a formula with text and & typed by a person, come back in the DSL's syntax. */
    @Test
    void textInputsAndTextFormulasComeBack() throws Exception {
        Path textSheet = Sources.EDGE_CASES.resolve("text-and-lookups.flop");
        EditedWorkbook w = EditedWorkbook.export(textSheet, dir);
        w.cell("chosen").setCellValue("A100");
        w.cell("pick").setCellFormula("\"GPU \"&chosen&\" has \"&LEN(chosen)&\" letters\"");
        ImportResult r = w.importBack();
        assertTrue(r.source().contains("input chosen = \"A100\" \"Accelerator\""), r.diff());
        assertTrue(r.source().contains("pick = \"GPU \" & chosen & \" has \" & LEN(chosen) & \" letters\""), r.diff());
        var updated = Compiler.compile(SourceFile.of("updated.flop", r.source())).evaluate();
        assertEquals("GPU A100 has 4 letters", updated.value("pick").text());
        assertEquals("312", updated.value("peak").text());
    }

    @Test
    void diffShowsTheChangedLineOnly() throws Exception {
        EditedWorkbook w = edit();
        w.cell("training_flop").setCellValue(3e27);
        ImportResult r = w.importBack();
        assertTrue(r.diff().contains("-input training_flop = 3e25 FLOP"), r.diff());
        assertTrue(r.diff().contains("+input training_flop = 3e27 FLOP"), r.diff());
        assertEquals(2, r.diff().lines().filter(l -> l.matches("^[-+][^-+].*")).count(), r.diff());
    }

    @Test
    void conversionFactorsTheExportWroteBecomeUnitsAgain() throws Exception {
        Path model = dir.resolve("rates.flop");
        Files.writeString(model, """
                input flop = 3e25 FLOP
                input duration = 4 month
                rate = flop / duration FLOP/s   "Average FLOP/s"
                """);
        EditedWorkbook w = EditedWorkbook.export(model, Files.createDirectories(dir.resolve("rates")));
        assertEquals("flop/duration/2629800", w.cell("rate").getCellFormula());
        w.cell("rate").setCellFormula("2*flop/duration/2629800");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("rate = flop / duration FLOP/s", "rate = 2*flop/duration FLOP/s"), r.source());
        assertTrue(r.changes().stream().noneMatch(c -> c.contains("units make flopsheet write")), r.changes().toString());
    }

    @Test
    void numbersThatCarriedUnitsGetThemBack() throws Exception {
        Path model = dir.resolve("step.flop");
        Files.writeString(model, """
                input compute_time = 0.387 s
                step_time = compute_time + (50 ms)   "Time per micro-batch"
                """);
        EditedWorkbook w = EditedWorkbook.export(model, Files.createDirectories(dir.resolve("step")));
        assertEquals("compute_time+50/1000", w.cell("step_time").getCellFormula());
        w.cell("step_time").setCellFormula("2*compute_time+50/1000");
        ImportResult r = w.importBack();
        assertEquals(w.originalSource().replace("step_time = compute_time + (50 ms)", "step_time = 2*compute_time + (50 ms)"), r.source());
    }

    @Test
    void aNewRowIsNamedByTheDefinedNameAPersonGaveIt() throws Exception {
        EditedWorkbook w = edit();
        XSSFRow last = w.cell("parallel_tasks").getRow();
        XSSFRow row = w.base().createRow(last.getRowNum() + 1);
        int v = w.cell("parallel_tasks").getColumnIndex();
        row.createCell(v - 1).setCellValue("Tasks per GPU");
        row.createCell(v).setCellFormula("parallel_tasks/1000");
        var name = w.wb.createName();
        name.setNameName("per_gpu");
        name.setRefersToFormula("'finveden'!$" + org.flopsheet.engine.excel.CellAddress.columnName(v + 1) + "$" + (row.getRowNum() + 1));
        ImportResult r = w.importBack();
        assertTrue(r.source().contains("\nper_gpu = parallel_tasks/1000  \"Tasks per GPU\"\n"), r.source());
    }

    @Test
    void refusalsNameTheCellAndWriteNothing() throws Exception {
        assertRefused(w -> w.cell("runtime_flop").setCellFormula("VLOOKUP(k,A1:B3,2)"), "only one-row or one-column ranges can be read back");
        assertRefused(w -> w.cell("runtime_flop").setCellFormula("INDIRECT(\"A1\")*k"), "the function INDIRECT is not supported");
        assertRefused(w -> w.cell("runtime_flop").setCellFormula("k*Z99"), "the cell Z99 holds no quantity");
        assertRefused(w -> w.cell("p").setCellFormula("runtime_flop*2"), "circular definition");
        assertRefused(w -> w.cell("p").setCellFormula("training_flop+duration"), "cannot add FLOP and s");
        assertRefused(w -> w.cell("k").setCellValue("lots"), "holds the text 'lots'");
        // one cell's array formula is a formula (the export writes those where a value is computed over arrays);
        // one that spans the rows of two quantities is not any quantity's
        assertRefused(w -> w.base().setArrayFormula("k*2", CellRangeAddress.valueOf(w.cell("runtime_flop").getReference() + ":"
                        + w.cell("duration").getReference())),
                "holds an array formula over B11:B12, which is not the block of one quantity");
    }

    /**
     * A person who converts units by hand in a formula (per hour to per second, to per million) writes a
     * factor flopsheet also applies: the model would show another number than the workbook, so it is refused.
     */
    @Test
    void aFormulaWhoseUnitsWouldChangeItsNumberIsRefused() throws Exception {
        Path model = Files.writeString(dir.resolve("serving.flop"), """
                input cost = 12.5 dollar/h
                input throughput = 2500 token/s
                per_mtoken = cost / throughput dollar/Mtoken
                """);
        EditedWorkbook w = EditedWorkbook.export(model, Files.createTempDirectory(dir, "serving"));
        String before = w.originalSource();
        w.cell("per_mtoken").setCellFormula("cost/throughput/3600*1000000");
        w.save();
        ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(w.workbook, w.source));
        assertTrue(e.getMessage().contains("=cost/throughput/3600*1000000 cannot be taken as it is"), e.getMessage());
        assertTrue(e.getMessage().contains("without hand-made conversion factors"), e.getMessage());
        assertEquals(before, Files.readString(w.source));
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
