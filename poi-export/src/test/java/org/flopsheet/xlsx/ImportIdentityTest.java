package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.flopsheet.engine.compile.Compiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exporting and importing an unedited workbook leaves the source byte for byte as it was. */
class ImportIdentityTest {
    @TempDir
    Path dir;

    static List<Path> models() throws Exception { return Sources.all(); }

    static LongStream seeds() { return LongStream.range(1, 41); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyModelInTheProject(Path model) throws Exception {
        assertIdentity(Files.readString(model), model.getFileName().toString());
    }

    @ParameterizedTest(name = "random sheet {0}")
    @MethodSource("seeds")
    void randomSheets(long seed) throws Exception {
        assertIdentity(RandomSheets.generate(seed), "random" + seed + ".flop");
    }

    private void assertIdentity(String text, String fileName) throws Exception {
        Path source = dir.resolve(fileName);
        Files.writeString(source, text);
        Path xlsx = dir.resolve(fileName.replace(".flop", ".xlsx"));
        WorkbookExporter.write(Compiler.compile(source), xlsx);
        ImportResult result = WorkbookImporter.read(xlsx, source);
        assertFalse(result.changed(), () -> text + "\n---\n" + result.diff() + result.changes());
        assertEquals(text, result.source());
        assertEquals(text, Files.readString(source));
    }
}
