package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
