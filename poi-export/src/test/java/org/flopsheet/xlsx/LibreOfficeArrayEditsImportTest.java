package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accelerator model's workbook edited in LibreOffice Calc through UNO: the text input, one element of
 * the array of model sizes, one cell of the accelerator table. Each edit comes back into the .flop source
 * in place (the element inside the braces, the cell in the table's row), and a workbook LibreOffice saved
 * without edits (its array formulas rewritten by Calc) reads back as the source unchanged.
 */
class LibreOfficeArrayEditsImportTest {
    static final Path ACCELERATORS = Sources.WORKBOOKS.resolve("accelerators.flop");

    @TempDir static Path dir;
    static EditedWorkbook edited, unedited;

    @BeforeAll
    static void editInLibreOffice() throws Exception {
        edited = EditedWorkbook.export(ACCELERATORS, Files.createDirectories(dir.resolve("edited")));
        unedited = EditedWorkbook.export(ACCELERATORS, Files.createDirectories(dir.resolve("unedited")));
        Sheet sheet = Compiler.compile(edited.source);
        Layout layout = Layout.of(sheet);
        String base = sheet.name();
        List<Map<String, Object>> actions = List.of(
                Map.of("op", "text", "sheet", base, "cell", "B" + (layout.row(sheet.quantity("chosen")) + 1), "text", "B200"),
                Map.of("op", "value", "sheet", base, "cell", layout.element(sheet.quantity("sizes"), 0, 1), "value", 13e9),
                Map.of("op", "value", "sheet", base, "cell", layout.element(sheet.quantity("gpu_peak"), 1, 0), "value", 1000.0));
        List<LibreOfficeEdits.Job> jobs = new ArrayList<>();
        jobs.add(new LibreOfficeEdits.Job(edited.workbook, dir.resolve("edited.xlsx"), actions));
        jobs.add(new LibreOfficeEdits.Job(unedited.workbook, dir.resolve("unedited.xlsx"), List.of()));
        LibreOfficeEdits.run(jobs, dir);
    }

    @Test
    void aTextInputAnArrayElementAndATableCellComeBackInPlace() throws Exception {
        ImportResult r = WorkbookImporter.read(dir.resolve("edited.xlsx"), edited.source);
        String expected = edited.originalSource()
                .replace("input chosen = \"H100\"", "input chosen = \"B200\"")
                .replace("{1e9, 7e9, 70e9}", "{1e9, " + DslNumbers.of(13e9) + ", 70e9}")
                .replace("\"H100\" | 989", "\"H100\" | 1000");
        assertEquals(expected, r.source(), r.diff() + r.changes());
        Sheet after = Compiler.compile(SourceFile.of("accelerators.flop", r.source()));
        assertEquals(2250.0, after.evaluate().number("peak"), "the text input chose B200");
        var sizes = (org.flopsheet.engine.eval.Value.Array) after.evaluate().value("sizes");
        assertEquals(13e9, sizes.at(0, 1).raw());
        var peaks = (org.flopsheet.engine.eval.Value.Array) after.evaluate().value("gpu_peak");
        assertEquals(1000.0, peaks.at(1, 0).raw());
        assertEquals(3, r.changes().size(), r.changes().toString());
    }

    @Test
    void aWorkbookSavedByLibreOfficeWithoutEditsReadsBackUnchanged() throws Exception {
        ImportResult r = WorkbookImporter.read(dir.resolve("unedited.xlsx"), unedited.source);
        assertEquals(unedited.originalSource(), r.source(), r.diff() + r.changes());
        assertTrue(r.changes().isEmpty(), r.changes().toString());
    }
}
