package org.flopsheet.app.addin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;

/** The committed src/functions files are what `flopsheet addin` makes of workbooks/ now. */
class AddinFilesUpToDateTest {
    private static final String REGENERATE = " is stale: regenerate it with ./flopsheet addin (and commit it)";

    @Test
    void committedCustomFunctionsMatchTheWorkbooks() throws IOException {
        List<Sheet> sheets;
        try (var files = Files.list(ProjectFiles.workbooks())) {
            sheets = files.filter(p -> p.toString().endsWith(".flop")).sorted().map(AddinFilesUpToDateTest::compile).toList();
        }
        CustomFunctions generated = CustomFunctions.of(sheets);
        Path addin = ProjectFiles.addin();
        assertEquals(generated.json(), Files.readString(AddinFiles.functionsJson(addin)), "src/functions/functions.json" + REGENERATE);
        assertEquals(generated.javaScript(), Files.readString(AddinFiles.functionsJs(addin)), "src/functions/functions.js" + REGENERATE);
    }

    private static Sheet compile(Path file) {
        try {
            return Compiler.compile(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
