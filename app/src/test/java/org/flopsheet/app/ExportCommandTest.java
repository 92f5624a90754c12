package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final Path FINVEDEN = Path.of("..", "workbooks", "finveden.flop");

    @Test
    void writesTheWorkbookNextToTheSourceByDefault(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("finveden.flop");
        Files.copy(FINVEDEN, source);
        assertEquals(0, Main.run("export", source.toString()));
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("finveden.xlsx").toFile())) {
            assertEquals("finveden", wb.getSheetName(0));
        }
    }

    @Test
    void writesWhereToldWithDashO(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("model.xlsx");
        assertEquals(0, Main.run("export", FINVEDEN.toString(), "-o", out.toString()));
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void refusesAFolderThatDoesNotExist(@TempDir Path dir) {
        assertEquals(2, Main.run("export", FINVEDEN.toString(), "-o", dir.resolve("no/such/folder/x.xlsx").toString()));
    }

    @Test
    void refusesAnOutputThatIsNotAnXlsxFileSoTheSourceIsNeverOverwritten(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("finveden.flop");
        Files.copy(FINVEDEN, source);
        assertEquals(2, Main.run("export", source.toString(), "-o", source.toString()));
        assertEquals(Files.readString(FINVEDEN), Files.readString(source));
    }

    @Test
    void aModelErrorIsExitStatusOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("broken.flop");
        Files.writeString(source, "x = y + 1\n");
        assertEquals(1, Main.run("export", source.toString()));
        assertTrue(Files.notExists(dir.resolve("broken.xlsx")));
    }
}
