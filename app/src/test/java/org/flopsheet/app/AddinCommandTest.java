package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.flopsheet.app.addin.AddinFiles;
import org.flopsheet.app.addin.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flopsheet addin` and the start-up checks of `flopsheet serve`, through the real command line. */
class AddinCommandTest {
    @TempDir Path dir;

    @Test
    void writesBothFilesForEveryCompilingSheet() throws Exception {
        Path sheets = Files.createDirectory(dir.resolve("sheets"));
        Files.writeString(sheets.resolve("tiny.flop"), "sheet tiny\ninput a = 2 s\ntwice = 2 * a s\n");
        Path out = dir.resolve("addin");
        assertEquals(0, Main.run("addin", "--dir", sheets.toString(), "--out", out.toString()));
        assertTrue(Files.readString(out.resolve("functions/functions.json")).contains("\"id\" : \"TINY.TWICE\""));
        assertTrue(Files.readString(out.resolve("functions/functions.js")).contains("functions[\"TINY.TWICE\"]"));
        try (var left = Files.list(out.resolve("functions"))) {
            assertEquals(2, left.count(), "no temporary files left behind");
        }
    }

    @Test
    void theGeneratedFilesAreReadableByOthersNotOwnerOnly() throws Exception {
        Path sheets = Files.createDirectory(dir.resolve("sheets"));
        Files.writeString(sheets.resolve("tiny.flop"), "sheet tiny\ninput a = 2 s\ntwice = 2 * a s\n");
        Path out = dir.resolve("addin");
        assertEquals(0, Main.run("addin", "--dir", sheets.toString(), "--out", out.toString()));
        for (String file : List.of("functions/functions.json", "functions/functions.js")) {
            String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(file)));
            assertTrue(permissions.startsWith("rw-") && !permissions.equals("rw-------"), file + " is " + permissions);
        }
    }

    @Test
    void anotherFolderWithoutOutIsRefusedAndTheProjectsFunctionsStay() throws Exception {
        Path sheets = Files.createDirectory(dir.resolve("sheets"));
        Files.writeString(sheets.resolve("tiny.flop"), "sheet tiny\ninput a = 2 s\ntwice = 2 * a s\n");
        Path committed = AddinFiles.functionsJs(ProjectFiles.addin());
        FileTime before = Files.getLastModifiedTime(committed);
        String content = Files.readString(committed);
        CliRun run = CliRun.of("addin", "--dir", sheets.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is not the project's workbooks/ folder") && run.err().contains("--out DIR"), run.err());
        assertEquals(content, Files.readString(committed));
        assertEquals(before, Files.getLastModifiedTime(committed));
    }

    @Test
    void aBrokenSheetWritesNothingAndSaysWhere() throws Exception {
        Path sheets = Files.createDirectory(dir.resolve("sheets"));
        Files.writeString(sheets.resolve("bad.flop"), "input a = 2\nb = a +\n");
        Path out = dir.resolve("addin");
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        int status;
        try {
            status = Main.run("addin", "--dir", sheets.toString(), "--out", out.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, status);
        assertTrue(err.toString().contains("bad.flop:2:"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void serveRefusesAMissingFolder() {
        assertEquals(2, Main.run("serve", "--port", "0", "--dir", dir.resolve("nowhere").toString()));
    }

    @Test
    void serveRefusesAPasswordWithoutAKeystore() {
        assertEquals(2, Main.run("serve", "--port", "0", "--dir", dir.toString(), "--tls-password", "x"));
    }
}
