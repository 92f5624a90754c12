package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typing over the value cell of an uncertain input (which shows the distribution's median) in
 * LibreOffice Calc, then importing: a number replaces the distribution and the change says so; a
 * distribution typed as text becomes the input's new distribution; a correlated input refuses a
 * number; a workbook saved without edits changes nothing.
 */
class LibreOfficeUncertainEditsTest {
    @TempDir
    static Path dir;

    static final Path UNCERTAIN = Sources.WORKBOOKS.resolve("finveden-uncertain.flop");
    static final Map<String, Path> EDITED = new LinkedHashMap<>();
    static final Map<String, EditedWorkbook> EXPORTED = new LinkedHashMap<>();

    /** Each case: a name, the model, the quantity whose value cell is typed over (or "-" for none), and what is typed. */
    static final List<String[]> EDITS = List.of(
            new String[] {"a number", "uncertain", "training_flop", "3e26"},
            new String[] {"a distribution without units", "uncertain", "training_flop", "1e26 to 1e28"},
            new String[] {"a distribution with units", "uncertain", "duration", "3 month to 9 month"},
            new String[] {"a named distribution on a plain input", "plain", "k", "normal(1.5, 0.1)"},
            new String[] {"a number over a correlated input", "correlated", "training_flop", "3e26"},
            new String[] {"nothing", "uncertain", "-", ""});

    @BeforeAll
    static void typeInLibreOffice() throws Exception {
        Path correlated = Files.writeString(dir.resolve("correlated.flop"), Files.readString(UNCERTAIN)
                .replace("finveden_uncertain", "finveden_correlated") + "\ncorrelate training_flop, duration = 0.5\n");
        Map<String, Path> models = Map.of("uncertain", UNCERTAIN, "plain", Sources.WORKBOOKS.resolve("finveden.flop"), "correlated", correlated);
        List<LibreOfficeEdits.Job> jobs = new ArrayList<>();
        for (String[] edit : EDITS) {
            EditedWorkbook w = EditedWorkbook.export(models.get(edit[1]), Files.createDirectories(dir.resolve("case" + EXPORTED.size())));
            List<Map<String, Object>> actions = new ArrayList<>();
            if (!edit[2].equals("-")) {
                String cell = w.cell(edit[2]).getReference();
                actions.add(Map.of("op", "input", "sheet", w.base().getSheetName(), "cell", cell, "text", edit[3]));
            }
            w.save();
            Path out = dir.resolve("edited" + EXPORTED.size() + ".xlsx");
            jobs.add(new LibreOfficeEdits.Job(w.workbook, out, actions));
            EXPORTED.put(edit[0], w);
            EDITED.put(edit[0], out);
        }
        LibreOfficeEdits.run(jobs, dir);
    }

    private static ImportResult importBack(String edit) throws Exception {
        return WorkbookImporter.read(EDITED.get(edit), EXPORTED.get(edit).source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # edit                                  | line before                                   | line after                                   | change
        a number                                | input training_flop = 1e25 to 1e27 FLOP       | input training_flop = 3e26 FLOP              | training_flop = 3e26, one value in place of the distribution 1e25 to 1e27 FLOP (simulate no longer draws it
        a distribution without units            | input training_flop = 1e25 to 1e27 FLOP       | input training_flop = 1e26 to 1e28 FLOP      | training_flop = 1e26 to 1e28 FLOP (a distribution: simulate draws it, eval and the workbook use its median)
        a distribution with units               | input duration = 2 month to 8 month           | input duration = 3 month to 9 month          | duration = 3 month to 9 month (a distribution
        a named distribution on a plain input   | input k = 1.5 FLOP/(param*token)              | input k = normal(1.5, 0.1) FLOP/(param*token) | k = normal(1.5, 0.1) FLOP/(param*token) (a distribution
        """)
    void theEditComesBackAndSaysWhatBecameOfTheDistribution(String edit, String before, String after, String change) throws Exception {
        ImportResult r = importBack(edit);
        String original = EXPORTED.get(edit).originalSource();
        assertEquals(original.replace(before, after), r.source(), r.diff());
        assertEquals(1, r.changes().size(), r.changes().toString());
        assertTrue(r.changes().get(0).contains(change), r.changes().get(0));
        Compiler.compile(SourceFile.of("updated.flop", r.source()));
    }

    @ParameterizedTest(name = "{0}: its 5th and 95th percentiles are the typed bounds")
    @CsvSource(delimiter = '|', textBlock = """
        a distribution without units | training_flop | 1e26       | 1e28
        a distribution with units    | duration      | 3 month    | 9 month
        """)
    void theNewDistributionIsTheOneTyped(String edit, String input, String low, String high) throws Exception {
        Sheet updated = Compiler.compile(SourceFile.of("updated.flop", importBack(edit).source()));
        Distribution d = updated.uncertainty().input(input).distribution();
        assertEquals(InputValues.parse(updated, input, low), d.quantile(0.05), InputValues.parse(updated, input, low) * 1e-12);
        assertEquals(InputValues.parse(updated, input, high), d.quantile(0.95), InputValues.parse(updated, input, high) * 1e-12);
    }

    @org.junit.jupiter.api.Test
    void aNumberOverACorrelatedInputIsRefusedNamingTheCell() {
        ImportError e = assertThrows(ImportError.class, () -> importBack("a number over a correlated input"));
        assertTrue(e.getMessage().matches("finveden_correlated!B\\d+ \\(training_flop\\) holds a number, but training_flop is the distribution "
                + "1e25 to 1e27 FLOP, correlated with duration, and one value cannot be correlated.*"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void savedWithoutEditsNothingChanges() throws Exception {
        ImportResult r = importBack("nothing");
        assertEquals(EXPORTED.get("nothing").originalSource(), r.source());
        assertEquals(List.of(), r.changes());
    }
}
