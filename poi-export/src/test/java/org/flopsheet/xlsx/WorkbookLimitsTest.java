package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What does not fit is refused up front, saying which limit and what to do, and nothing is written. */
class WorkbookLimitsTest {
    @TempDir
    Path dir;

    @Test
    void moreScenariosThanTheScenariosSheetHasColumnsAreRefusedBeforeWriting() {
        String values = IntStream.rangeClosed(1, 16_382).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        var sheet = Compiler.compile(SourceFile.of("many.flop", "input a = 1\nb = a * 2\nscenarios a = " + values + "\n"));
        Path out = dir.resolve("many.xlsx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkbookExporter.write(sheet, out));
        assertTrue(e.getMessage().contains("has 16382 scenarios") && e.getMessage().contains("16384 columns")
                && e.getMessage().contains("at most 16381 scenarios fit"), e.getMessage());
        assertTrue(Files.notExists(out));
    }

    @Test
    void importRefusesAWorkbookWithMoreCellsThanTheLimitAndSaysHowToRaiseIt() throws Exception {
        EditedWorkbook exported = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, dir);
        exported.save();
        String original = Files.readString(exported.source);
        String before = System.getProperty(ImportLimits.MAX_CELLS_PROPERTY);
        System.setProperty(ImportLimits.MAX_CELLS_PROPERTY, "100");
        try {
            ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(exported.workbook, exported.source));
            assertTrue(e.getMessage().contains("more than 100 cells"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dflopsheet.import.maxCells="), e.getMessage());
        } finally {
            if (before == null) System.clearProperty(ImportLimits.MAX_CELLS_PROPERTY);
            else System.setProperty(ImportLimits.MAX_CELLS_PROPERTY, before);
        }
        assertEquals(original, Files.readString(exported.source));
        assertTrue(WorkbookImporter.read(exported.workbook, exported.source).changes().isEmpty(), "under the default limit it reads");
    }

    @Test
    void adoptRefusesAWorkbookWithMoreCellsThanItsLimitAndSaysHowToRaiseIt() throws Exception {
        EditedWorkbook exported = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, dir);
        exported.save();
        String before = System.getProperty(ImportLimits.ADOPT_MAX_CELLS_PROPERTY);
        System.setProperty(ImportLimits.ADOPT_MAX_CELLS_PROPERTY, "100");
        try {
            ImportError e = assertThrows(ImportError.class, () -> org.flopsheet.xlsx.adopt.WorkbookCells.read(exported.workbook));
            assertTrue(e.getMessage().contains("more than 100 cells") && e.getMessage().contains("the most adopt reads"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dflopsheet.adopt.maxCells="), e.getMessage());
        } finally {
            if (before == null) System.clearProperty(ImportLimits.ADOPT_MAX_CELLS_PROPERTY);
            else System.setProperty(ImportLimits.ADOPT_MAX_CELLS_PROPERTY, before);
        }
        assertTrue(org.flopsheet.xlsx.adopt.WorkbookCells.read(exported.workbook).cells().size() > 100, "under the default limit it reads");
    }
}
