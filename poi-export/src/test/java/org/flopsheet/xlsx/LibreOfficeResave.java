package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Re-saves workbooks with LibreOffice headless, which rewrites the XML its own way (styles, strings, formulas). */
final class LibreOfficeResave {
    private LibreOfficeResave() {}

    /** Re-saves every book into {@code outDir} (same file names) in one soffice run. */
    static void resave(List<Path> books, Path outDir, Path work) throws Exception {
        LibreOffice.requireInstalled();
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "--norestore", "--nologo",
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString()));
        for (Path b : books) command.add(b.toAbsolutePath().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish re-saving within 5 minutes:\n" + log);
        }
        assertEquals(0, p.exitValue(), "LibreOffice failed to re-save:\n" + log);
        for (Path b : books) {
            if (!Files.isRegularFile(outDir.resolve(b.getFileName()))) fail("LibreOffice wrote no " + b.getFileName() + ":\n" + log);
        }
    }
}
