package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same edits as {@link WorkbookImporterTest}, on copies that LibreOffice opened and saved again: a
 * re-saved workbook comes back to the same source. One soffice run re-saves them all.
 */
class LibreOfficeResaveImportTest {
    @TempDir
    static Path dir;

    static final Map<String, EditedWorkbook> EDITED = new LinkedHashMap<>();
    static Path unedited;
    static Path resaved;

    @BeforeAll
    static void editAndResave() throws Exception {
        List<Path> books = new ArrayList<>();
        int i = 0;
        for (FinvedenEdits.Case c : FinvedenEdits.all()) {
            Path sub = Files.createDirectories(dir.resolve("case" + i++));
            EditedWorkbook w = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, sub);
            c.edit().apply(w);
            Path book = w.save();
            Path renamed = dir.resolve("case" + (i - 1) + ".xlsx");
            Files.copy(book, renamed);
            books.add(renamed);
            EDITED.put(c.name(), w);
        }
        Path plain = Files.createDirectories(dir.resolve("plain"));
        EditedWorkbook w = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, plain);
        Path book = w.save();
        unedited = dir.resolve("unedited.xlsx");
        Files.copy(book, unedited);
        books.add(unedited);
        resaved = dir.resolve("resaved");
        LibreOfficeResave.resave(books, resaved, dir);
    }

    static List<FinvedenEdits.Case> edits() { return FinvedenEdits.all(); }

    @ParameterizedTest(name = "{0}, re-saved by LibreOffice")
    @MethodSource("edits")
    void resavedEditComesBackTheSame(FinvedenEdits.Case edit) throws Exception {
        int i = FinvedenEdits.all().indexOf(edit);
        EditedWorkbook w = EDITED.get(edit.name());
        ImportResult r = WorkbookImporter.read(resaved.resolve("case" + i + ".xlsx"), w.source);
        assertEquals(edit.expected().apply(w.originalSource()), r.source(), r.diff() + r.changes());
    }

    @Test
    void resavedUneditedWorkbookChangesNothing() throws Exception {
        Path source = dir.resolve("plain").resolve("finveden.flop");
        ImportResult r = WorkbookImporter.read(resaved.resolve("unedited.xlsx"), source);
        assertFalse(r.changed(), r.diff() + r.changes());
    }
}
