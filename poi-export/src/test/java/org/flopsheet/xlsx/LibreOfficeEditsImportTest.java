package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Edits typed in LibreOffice Calc (through UNO, one soffice run for all of them): values, formulas with
 * names and with cell references, a row inserted in the middle (Calc moves every name and reference),
 * a row deleted, labels and notes, a scenario's value. Each comes back as the source a person expects.
 */
class LibreOfficeEditsImportTest {
    @TempDir
    static Path dir;

    /** Where each quantity sits on the exported base sheet: its row, 1-based. */
    static Map<String, Integer> rowOf;

    record Case(String name, Function<Map<String, Integer>, List<Map<String, Object>>> actions, UnaryOperator<String> expected) {
        @Override
        public String toString() { return name; }
    }

    static final String BASE = "finveden";

    static final List<Case> CASES = List.of(
        new Case("values and a formula with names", rows -> List.of(
                value(BASE, "B" + rows.get("training_flop"), 3e27),
                formula(BASE, "B" + rows.get("runtime_flop"), "=2*k*p")),
            s -> s.replace("input training_flop = 3e25 FLOP", "input training_flop = 3e27 FLOP")
                  .replace("runtime_flop = k * p FLOP/token", "runtime_flop = 2*k*p FLOP/token")),
        new Case("a formula with cell references", rows -> List.of(
                formula(BASE, "B" + rows.get("runtime_flop"), "=B" + rows.get("k") + "*$B$" + rows.get("p") + "*3")),
            s -> s.replace("runtime_flop = k * p FLOP/token", "runtime_flop = (k*p*3) FLOP/token")),
        new Case("a row inserted in the middle", rows -> {
                int at = rows.get("runtime_flop") + 1;
                return List.of(Map.of("op", "insert_row", "sheet", BASE, "row", at),
                        text(BASE, "A" + at, "Twice the runtime FLOP"),
                        formula(BASE, "B" + at, "=B" + (at - 1) + "*2"),
                        text(BASE, "C" + at, "FLOP/token"),
                        value(BASE, "B" + (rows.get("task_rate") + 1), 20));
            },
            s -> s.replace("\"Runtime FLOP/forward-pass of AI\"\n",
                    "\"Runtime FLOP/forward-pass of AI\"\ntwice_the_runtime_flop = (runtime_flop*2) FLOP/token  \"Twice the runtime FLOP\"\n")
                  .replace("input task_rate = 10 token/s", "input task_rate = 20 token/s")),
        new Case("a row deleted", rows -> List.of(Map.of("op", "delete_row", "sheet", BASE, "row", rows.get("parallel_tasks"))),
            s -> s.replace("parallel_tasks = tokens_per_s / task_rate     \"Number of tasks in parallel\"\n", "")),
        new Case("a label and a note", rows -> List.of(
                text(BASE, "A" + rows.get("h"), "Horizon length (steps)"),
                text(BASE, "E" + rows.get("m"), "Chinchilla-optimal: 20 tokens per parameter")),
            s -> s.replace("\"Horizon length\"", "\"Horizon length (steps)\"")
                  .replace("note \"Chinchilla\"", "note \"Chinchilla-optimal: 20 tokens per parameter\"")),
        new Case("a scenario's value", rows -> List.of(value("training_flop=3e27", "B" + rows.get("training_flop"), 5e27)),
            s -> s.replace("3e25, 3e27, 3e29", "3e25, 5e27 FLOP, 3e29")));

    static final Map<String, EditedWorkbook> EXPORTED = new LinkedHashMap<>();

    @BeforeAll
    static void editInLibreOffice() throws Exception {
        List<LibreOfficeEdits.Job> jobs = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            EditedWorkbook w = EditedWorkbook.export(WorkbookImporterTest.FINVEDEN, Files.createDirectories(dir.resolve("case" + i)));
            if (rowOf == null) {
                rowOf = new LinkedHashMap<>();
                for (var q : Compiler.compile(w.source).quantities()) rowOf.put(q.name(), w.cell(q.name()).getRowIndex() + 1);
            }
            w.save();
            jobs.add(new LibreOfficeEdits.Job(w.workbook, dir.resolve("edited" + i + ".xlsx"), CASES.get(i).actions().apply(rowOf)));
            EXPORTED.put(CASES.get(i).name(), w);
        }
        LibreOfficeEdits.run(jobs, dir);
    }

    static List<Case> cases() { return CASES; }

    @ParameterizedTest(name = "{0}, typed in LibreOffice")
    @MethodSource("cases")
    void editTypedInLibreOfficeComesBack(Case edit) throws Exception {
        EditedWorkbook w = EXPORTED.get(edit.name());
        ImportResult r = WorkbookImporter.read(dir.resolve("edited" + CASES.indexOf(edit) + ".xlsx"), w.source);
        assertEquals(edit.expected().apply(w.originalSource()), r.source(), r.diff() + r.changes());
        Compiler.compile(SourceFile.of("updated.flop", r.source()));
    }

    private static Map<String, Object> value(String sheet, String cell, double value) {
        return Map.of("op", "value", "sheet", sheet, "cell", cell, "value", value);
    }

    private static Map<String, Object> text(String sheet, String cell, String text) {
        return Map.of("op", "text", "sheet", sheet, "cell", cell, "text", text);
    }

    private static Map<String, Object> formula(String sheet, String cell, String formula) {
        return Map.of("op", "formula", "sheet", sheet, "cell", cell, "formula", formula);
    }
}
