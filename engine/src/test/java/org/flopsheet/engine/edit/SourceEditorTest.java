package org.flopsheet.engine.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.units.UnitRegistry;
import org.junit.jupiter.api.Test;

/** Edits touch only what they change; everything else stays byte for byte. */
class SourceEditorTest {
    static final String SOURCE = """
            # a comment that must survive
            sheet demo "Demo"

            input flop  = 3e25 FLOP     "Training FLOP"   # trailing comment
            input k     = 1.5           "k"
            note "first line"
            note "second line"
            p = sqrt(flop / k)          # no label here

            scenarios flop = 3e25, 3e27
            scenario "big" k = 2
            """;

    SourceEditor editor() { return new SourceEditor(SourceFile.of("demo.flop", SOURCE), UnitRegistry.builtIn()); }

    @Test
    void noEditsLeaveTheSourceUntouched() {
        assertEquals(SOURCE, editor().result());
    }

    @Test
    void changingAValueRewritesOnlyTheValue() {
        SourceEditor e = editor();
        e.setFormula("flop", "3e26 FLOP");
        assertEquals(SOURCE.replace("= 3e25 FLOP     \"Training", "= 3e26 FLOP     \"Training"), e.result());
    }

    @Test
    void labelsAreReplacedAddedAndEscaped() {
        SourceEditor e = editor();
        e.setLabel("flop", "Training \"physical\" FLOP");
        e.setLabel("p", "Parameters");
        String out = e.result();
        assertEquals(SOURCE.replace("\"Training FLOP\"", "\"Training \\\"physical\\\" FLOP\"")
                .replace("p = sqrt(flop / k)", "p = sqrt(flop / k)  \"Parameters\""), out);
    }

    @Test
    void notesAreReplacedAsWholeLines() {
        SourceEditor e = editor();
        e.setNote("k", "only one line now");
        e.setNote("p", "a new note");
        assertEquals(SOURCE.replace("note \"first line\"\nnote \"second line\"\n", "note \"only one line now\"\n")
                .replace("# no label here\n", "# no label here\nnote \"a new note\"\n"), e.result());
    }

    @Test
    void renameReachesEveryReference() {
        SourceEditor e = editor();
        e.rename("flop", "training_flop");
        assertEquals(SOURCE.replace("input flop  =", "input training_flop  =").replace("sqrt(flop / k)", "sqrt(training_flop / k)")
                .replace("scenarios flop =", "scenarios training_flop ="), e.result());
    }

    @Test
    void deleteRemovesTheLineAndItsNotes() {
        SourceEditor e = editor();
        e.delete("k");
        assertEquals(SOURCE.replace("input k     = 1.5           \"k\"\nnote \"first line\"\nnote \"second line\"\n", ""), e.result());
    }

    @Test
    void addedLinesGoAfterTheirAnchor() {
        SourceEditor e = editor();
        e.addLines("p", "tokens = 20 * p  \"Tokens\"");
        assertEquals(SOURCE.replace("# no label here\n", "# no label here\ntokens = 20 * p  \"Tokens\"\n"), e.result());
    }

    @Test
    void scenarioValuesChangeInPlace() {
        SourceEditor e = editor();
        e.setScenarioValue("flop=3e27", "flop", "3e28");
        e.setScenarioValue("big", "k", "2.5");
        e.setScenarioValue("big", "flop", "1e30");
        assertEquals(SOURCE.replace("3e25, 3e27", "3e25, 3e28").replace("scenario \"big\" k = 2", "scenario \"big\" k = 2.5, flop = 1e30"),
                e.result());
    }
}
