package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not honest workbooks get a clear refusal, never a stack trace, and the source is untouched. */
class ImportSafetyTest {
    @TempDir
    Path dir;
    EditedWorkbook exported;
    String original;

    @BeforeEach
    void export() throws Exception {
        exported = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, dir);
        exported.save();
        original = Files.readString(exported.source);
    }

    @Test
    void textFile() throws Exception {
        Path f = dir.resolve("notes.xlsx");
        Files.writeString(f, "name,value\nk,1.5\n");
        assertRefused(f, "is not an .xlsx workbook (it is not even a ZIP archive)");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        Path f = dir.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(f, "is a ZIP archive but not an .xlsx workbook");
    }

    @Test
    void truncatedWorkbook() throws Exception {
        byte[] bytes = Files.readAllBytes(exported.workbook);
        Path f = dir.resolve("truncated.xlsx");
        Files.write(f, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(f, "is damaged or unsafe and cannot be read");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        Path f = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            Path copy = Files.copy(exported.workbook, dir.resolve("copy.xlsx"));
            try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(f, "is password-protected");
    }

    @Test
    void zipBomb() throws Exception {
        Path f = dir.resolve("bomb.xlsx");
        copyWith(exported.workbook, f, "xl/worksheets/sheet1.xml", out -> {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            out.write("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) out.write(spaces);
        });
        assertRefused(f, "zip bomb");
    }

    @Test
    void xmlEntityAttack() throws Exception {
        Path f = dir.resolve("entities.xlsx");
        copyWith(exported.workbook, f, "xl/workbook.xml", out -> out.write(("""
                <?xml version="1.0"?>
                <!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&b;&xxe;</workbook>
                """).getBytes(StandardCharsets.UTF_8)));
        assertRefused(f, "is damaged or unsafe and cannot be read");
    }

    @Test
    void workbookOfAnotherModel() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        EditedWorkbook chinchilla = EditedWorkbook.export(Sources.WORKBOOKS.resolve("chinchilla.flop"), other);
        chinchilla.save();
        assertRefused(chinchilla.workbook, "was exported from the sheet 'chinchilla', not from 'finveden'");
    }

    @ParameterizedTest(name = "unit cell \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'FLOP/token\ninput injected = 666' | finveden!C11: the unit of runtime_flop holds a line break
            'FLOP/token\rinput injected = 666' | finveden!C11: the unit of runtime_flop holds a line break
            'FLOP/token # "Runtime FLOP"'      | finveden!C11: the unit of runtime_flop holds '#'
            'FLOP/token "label"'               | finveden!C11: the unit of runtime_flop holds '"'
            'FLOP/(token'                      | finveden!C11: 'FLOP/(token' is not a unit
            'FLOP token = 3'                   | finveden!C11: 'FLOP token = 3' is not a unit
            """)
    void aUnitCellIsParsedAsAUnitNeverPastedIntoTheSource(String unit, String reason) throws Exception {
        EditedWorkbook edited = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, Files.createDirectories(dir.resolve("unit")));
        edited.beside("runtime_flop", 1).setCellValue(unit.replace("\\n", "\n").replace("\\r", "\r"));
        edited.save();
        String before = Files.readString(edited.source);
        ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(edited.workbook, edited.source));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(before, Files.readString(edited.source));
    }

    @Test
    void aNewRowsUnitCellIsParsedToo() throws Exception {
        EditedWorkbook edited = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, Files.createDirectories(dir.resolve("row")));
        var row = edited.base().createRow(edited.base().getLastRowNum() + 1);
        row.createCell(0).setCellValue("Injected");
        row.createCell(1).setCellValue(1);
        row.createCell(2).setCellValue("s\ninput injected = 666");
        edited.save();
        ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(edited.workbook, edited.source));
        assertTrue(e.getMessage().contains("!C" + (row.getRowNum() + 1) + ": the unit of 'Injected' holds a line break"), e.getMessage());
    }

    @ParameterizedTest(name = "value cell <v>{0}</v>")
    @CsvSource(delimiter = '|', textBlock = """
            Infinity  | finveden!B6 holds 'Infinity', which is not a finite number
            -Infinity | finveden!B6 holds '-Infinity', which is not a finite number
            1e309     | finveden!B6 holds '1e309', which is not a finite number
            NaN       | finveden!B6 holds 'NaN', which is not a finite number
            12abc     | finveden!B6 holds '12abc', which is not a number
            ''        | finveden!B6 holds '', which is not a number
            """)
    void aValueCellThatIsNotAFiniteNumberIsRefusedByItsAddress(String raw, String reason) throws Exception {
        Path f = dir.resolve("values.xlsx");
        copyWith(exported.workbook, f, "xl/worksheets/sheet1.xml", out -> {
            String xml;
            try (ZipFile zip = new ZipFile(exported.workbook.toFile())) {
                xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
            String cell = "<c r=\"B6\" t=\"n\" s=\"8\"><v>3.0E25</v></c>";
            assertTrue(xml.contains(cell), "the exported training_flop cell");
            out.write(xml.replace(cell, "<c r=\"B6\" t=\"n\" s=\"8\"><v>" + (raw == null ? "" : raw) + "</v></c>").getBytes(StandardCharsets.UTF_8));
        });
        ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(f, exported.source));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertEquals(original, Files.readString(exported.source));
    }

    @Test
    void anXmlPartOverTheSizeLimitIsRefusedByName() throws Exception {
        Path f = dir.resolve("large.xlsx");
        copyWith(exported.workbook, f, "xl/sharedStrings.xml", out -> {
            // random text compresses too little to look like a zip bomb: only its size is wrong
            java.util.Random random = new java.util.Random(11);
            byte[] line = new byte[1 << 16];
            out.write("<?xml version=\"1.0\"?><!--".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written <= SafeWorkbook.MAX_PART_BYTES; written += line.length) {
                for (int i = 0; i < line.length; i++) line[i] = (byte) ('a' + random.nextInt(26));
                out.write(line);
            }
            out.write("--><sst/>".getBytes(StandardCharsets.UTF_8));
        });
        assertRefused(f, "its part xl/sharedStrings.xml expands to 64 MB, more than the " + SafeWorkbook.MAX_PART_BYTES / (1 << 20) + " MB");
    }

    @Test
    void missingFile() {
        assertRefused(dir.resolve("nope.xlsx"), "no such file");
    }

    interface Body { void write(OutputStream out) throws Exception; }

    /** A copy of {@code from} whose entry {@code name} has other content. */
    private static void copyWith(Path from, Path to, String name, Body body) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) body.write(out);
                else try (InputStream in = zip.getInputStream(e)) { in.transferTo(out); }
                out.closeEntry();
            }
        }
    }

    private void assertRefused(Path workbook, String reason) {
        ImportError e = assertThrows(ImportError.class, () -> WorkbookImporter.read(workbook, exported.source));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains(workbook.toString()), e.getMessage());
        try {
            assertEquals(original, Files.readString(exported.source));
        } catch (java.io.IOException io) {
            throw new AssertionError(io);
        }
    }
}
