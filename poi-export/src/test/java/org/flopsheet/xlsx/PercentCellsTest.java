package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.dsl.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity in % is written as the fraction with a percentage format, as a spreadsheet holds it, so that
 * a person typing 65% into the cell means 65 % and the import writes {@code 65 %} back (never 0.65 %).
 */
class PercentCellsTest {
    static final String SOURCE = """
            unit GPU
            input demand = 1e6 token/s                  "Demand"
            input per_gpu = 2500 token/(s*GPU)          "Tokens per GPU"
            input utilization = 60 %                    "Utilization"
            gpus = ROUNDUP(demand / (per_gpu * utilization), 0) GPU  "GPUs needed"
            share = per_gpu * utilization * gpus / demand %          "Capacity over demand"
            scenarios utilization = 40 %, 80 %
            """;

    @TempDir
    Path dir;

    EditedWorkbook exported() throws Exception {
        Path model = dir.resolve("fleet.flop");
        Files.writeString(model, SOURCE);
        return EditedWorkbook.export(model, Files.createDirectories(dir.resolve("out")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "utilization, 0.6, 0%",
        "gpus, 667, 0",
        "share, 1.0005, 0.#%",
    })
    void aPercentCellHoldsTheFractionWithAPercentFormat(String quantity, double value, String format) throws Exception {
        var cell = exported().cell(quantity);
        assertEquals(value, cell.getNumericCellValue(), 1e-12);
        assertEquals(format, cell.getCellStyle().getDataFormatString());
    }

    @ParameterizedTest(name = "{0} typed as the fraction {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # the cell now holds | the source reads
        0.65                 | input utilization = 65 %
        0.655                | input utilization = 65.5 %
        1                    | input utilization = 100 %
        0.07                 | input utilization = 7 %
        """)
    void aPercentTypedInTheWorkbookComesBackAsPercent(double cellValue, String line) throws Exception {
        EditedWorkbook w = exported();
        w.cell("utilization").setCellValue(cellValue);
        ImportResult r = w.importBack();
        assertTrue(r.source().contains(line + "                    \"Utilization\""), r.diff());
        var sheet = Compiler.compile(SourceFile.of("updated.flop", r.source()));
        assertEquals(cellValue, sheet.evaluate().number("utilization"), 1e-15);
    }

    @Test
    void aScenarioPercentComesBackAsPercent() throws Exception {
        EditedWorkbook w = exported();
        w.cellOn(w.wb.getSheet("utilization=80 %"), "utilization").setCellValue(0.85);
        ImportResult r = w.importBack();
        assertTrue(r.source().contains("scenarios utilization = 40 %, 85 %"), r.diff());
        assertTrue(r.changes().toString().contains("utilization = 85 %"), r.changes().toString());
    }

    @Test
    void sixtyFivePercentTypedInLibreOfficeIsSixtyFivePercent() throws Exception {
        EditedWorkbook w = exported();
        int row = w.cell("utilization").getRowIndex() + 1;
        String sheet = w.base().getSheetName();
        w.save();
        Path edited = dir.resolve("typed.xlsx");
        LibreOfficeEdits.run(List.of(new LibreOfficeEdits.Job(w.workbook, edited,
                List.of(Map.of("op", "input", "sheet", sheet, "cell", "B" + row, "text", "65%")))), Files.createDirectories(dir.resolve("lo")));
        ImportResult r = WorkbookImporter.read(edited, w.source);
        assertTrue(r.source().contains("input utilization = 65 %"), r.diff());
        var updated = Compiler.compile(SourceFile.of("updated.flop", r.source()));
        assertEquals(616, updated.evaluate().number("gpus"), r.diff());
    }
}
