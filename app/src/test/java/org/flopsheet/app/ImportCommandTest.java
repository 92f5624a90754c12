package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.xlsx.WorkbookExporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flopsheet import` as a user runs it: export, edit, import. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path source, workbook;
    String original;

    @BeforeEach
    void export() throws Exception {
        source = dir.resolve("finveden.flop");
        Files.copy(Path.of("../workbooks/finveden.flop"), source);
        original = Files.readString(source);
        assertEquals(0, CliRun.of("export", source.toString()).exitCode());
        workbook = dir.resolve("finveden.xlsx");
    }

    void setTrainingFlop(double value) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(workbook)) {
            wb = new XSSFWorkbook(in);
        }
        var ref = new AreaReference(WorkbookExporter.baseCaseName(wb, "training_flop").getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
        wb.getSheetAt(0).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(value);
        try (OutputStream out = Files.newOutputStream(workbook)) {
            wb.write(out);
        }
    }

    @Test
    void importWritesTheChangeAndPrintsTheDiff() throws Exception {
        setTrainingFlop(3e27);
        CliRun run = CliRun.of("import", workbook.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("+input training_flop = 3e27 FLOP"), run.out());
        assertEquals(original.replace("3e25 FLOP ", "3e27 FLOP "), Files.readString(source));
        assertTrue(CliRun.of("eval", source.toString()).out().contains("4.24E+06"));
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        setTrainingFlop(3e27);
        CliRun run = CliRun.of("import", workbook.toString(), "--dry-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("+input training_flop = 3e27 FLOP"), run.out());
        assertEquals(original, Files.readString(source));
    }

    @Test
    void uneditedWorkbookChangesNothing() {
        CliRun run = CliRun.of("import", workbook.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("holds no change"), run.err());
    }

    @Test
    void refusalExitsWithOneAndWritesNothing() throws Exception {
        Files.writeString(workbook, "not a workbook");
        CliRun run = CliRun.of("import", workbook.toString(), "--into", source.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("import refused, nothing written"), run.err());
        assertEquals(original, Files.readString(source));
    }

    @Test
    void missingSourceSaysHowToNameIt() throws Exception {
        Path other = dir.resolve("other.xlsx");
        Files.copy(workbook, other);
        CliRun run = CliRun.of("import", other.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--into"), run.err());
    }

    @Test
    void aReadOnlySourceIsRefusedAndKept() throws Exception {
        setTrainingFlop(3e27);
        Files.setPosixFilePermissions(source, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = CliRun.of("import", workbook.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the file is read-only; nothing written"), run.err());
        assertEquals(original, Files.readString(source));
    }

    @Test
    void aSymlinkedSourceIsUpdatedThroughTheLink() throws Exception {
        setTrainingFlop(3e27);
        Path real = Files.createDirectory(dir.resolve("models")).resolve("finveden.flop");
        Files.move(source, real);
        Files.createSymbolicLink(source, Path.of("models", "finveden.flop"));
        CliRun run = CliRun.of("import", workbook.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(source), "the link stays a link");
        assertTrue(Files.readString(real).contains("input training_flop = 3e27 FLOP"));
    }
}
