package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.unparse.DslFormula;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random formulas over the function library (seeded, so a failure is reproduced by the same run), with the
 * Excel rules LibreOffice shares, exported and recalculated by LibreOffice through UNO: every cell of every
 * scenario must give the engine's value, the same error, the same logical.
 */
class LibreOfficeRandomFormulasTest {
    private static final long SEED = 20261129L;
    private static final int FORMULAS = 400;
    /**
     * Operators agree bit for bit; the transcendental functions (LN, SIN ...) may differ in a last bit between
     * Java and LibreOffice's C library, which a later subtraction can enlarge a little.
     */
    private static final double RELATIVE = 1e-12;

    @Test
    void randomFormulasGiveTheEnginesValues(@TempDir Path dir) throws Exception {
        String source = RandomFormulas.sheet(SEED, FORMULAS);
        Sheet sheet = Compiler.compile(SourceFile.of("random-formulas.flop", source));
        Path book = dir.resolve("random-formulas.xlsx");
        WorkbookExporter.write(sheet, book);
        LibreOffice.Results results = LibreOffice.recalculate(List.of(book), dir);
        Map<String, Map<String, LibreOffice.Cell>> got = results.stage(book, "after_calculate_all");
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (ExportedCells.Expected c : ExportedCells.read(book, sheet, ExportedCells.engine(sheet)).cells()) {
            LibreOffice.Cell cell = got.getOrDefault(c.sheet(), Map.of()).get(c.cell());
            String problem = cell == null ? "LibreOffice shows no value" : Agreement.problem(c.value(), cell.number(), cell.error(), RELATIVE);
            compared++;
            if (problem != null) {
                problems.add(c.where() + " = " + DslFormula.of(sheet.quantity(c.quantity()).source()) + ": " + problem);
            }
        }
        System.out.printf("random formulas (seed %d): %d cells compared with LibreOffice, %d problems%n", SEED, compared, problems.size());
        assertTrue(compared > FORMULAS * 3, "every formula of every scenario was compared: " + compared);
        assertTrue(problems.isEmpty(), "LibreOffice disagrees with the engine:\n" + String.join("\n", problems));
    }
}
