package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `flopsheet adopt` as a user runs it, on workbooks written by another program (Apache POI: no cached
 * values unless set, no shared formulas): exit status, the model, the map, the report.
 */
class AdoptCommandTest {
    @TempDir
    Path dir;

    /**
     * A small cost sheet: labels in column A, numbers and formulas in B, a defined name, and a formula
     * filled down rows 6 to 9 over the inputs beside it, reading the price through $B$2 or its name.
     */
    private Path costs(String extraFormula, Double cachedCost) throws Exception {
        Path book = dir.resolve("gpu costs.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            XSSFSheet s = wb.createSheet("Costs");
            XSSFName price = wb.createName();
            price.setNameName("price");
            price.setRefersToFormula("Costs!$B$2");
            row(s, 0, "GPU hours").setCellValue(5000);
            row(s, 1, "Price per GPU hour").setCellValue(2.5);
            XSSFCell cost = row(s, 2, "Cost of the run");
            cost.setCellFormula("B1*price");
            if (cachedCost != null) cost.setCellValue(cachedCost);
            if (extraFormula != null) row(s, 3, "Extra").setCellFormula(extraFormula);
            for (int r = 5; r < 9; r++) {
                XSSFRow row = s.createRow(r);
                row.createCell(0).setCellValue(r * 100);
                row.createCell(1).setCellFormula("A" + (r + 1) + (r % 2 == 0 ? "*price" : "*$B$2"));
            }
            wb.write(out);
        }
        return book;
    }

    private static XSSFCell row(XSSFSheet s, int r, String label) {
        XSSFRow row = s.createRow(r);
        row.createCell(0).setCellValue(label);
        return row.createCell(1);
    }

    @Test
    void aWorkbookEveryFormulaOfWhichIsAdoptedExitsZeroAndWritesModelAndMap() throws Exception {
        Path book = costs(null, 12500.0);
        Path map = dir.resolve("map.json");
        CliRun run = CliRun.of("adopt", book.toString(), "--map", map.toString());
        assertEquals(0, run.exitCode(), run.err());
        String model = Files.readString(dir.resolve("gpu costs.flop"));
        assertTrue(model.contains("sheet gpu_costs"), model);
        assertTrue(model.contains("input gpu_hours = 5000"), model);
        assertTrue(model.contains("input price = 2.5"), "the defined name wins over the label:\n" + model);
        assertTrue(model.contains("cost_run = gpu_hours*price"), model);
        assertTrue(run.err().contains("1 of 1 cached values reproduced"), run.err());
        assertTrue(run.err().contains("recognised: Costs!A6:B6: 1 formula(s) over 1 input(s), repeated at A7:B7, A8:B8, A9:B9;"
                + " written once, the copies are the scenarios of costs_a6"), run.err());
        assertTrue(model.contains("scenarios costs_a6 = 500, 600, 700, 800"), model);
        assertTrue(model.contains("costs_b6 = costs_a6*price"), "$B$2 and the name price are one shared input:\n" + model);
        Map<?, ?> json = new ObjectMapper().readValue(map.toFile(), Map.class);
        assertEquals(Map.of("name", "cost_run"), withoutNull((Map<?, ?>) json.get("Costs!B3")));
        assertEquals(8 + 3, json.size(), "three cells of the cost block, eight of the filled-down rows: " + json.keySet());
    }

    private static Map<?, ?> withoutNull(Map<?, ?> entry) {
        assertTrue(entry.containsKey("scenario") && entry.get("scenario") == null, entry.toString());
        return Map.of("name", entry.get("name"));
    }

    @Test
    void aFunctionFlopsheetLacksIsListedKeptAsACommentAndExitsFour() throws Exception {
        Path book = costs("ROMAN(B1)", null);
        CliRun run = CliRun.of("adopt", book.toString(), "-o", dir.resolve("m.flop").toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("Costs!B4 =ROMAN(B1): the function ROMAN is not supported by flopsheet"), run.err());
        String model = Files.readString(dir.resolve("m.flop"));
        assertTrue(model.contains("# Costs!B4  =ROMAN(B1)  -- the function ROMAN is not supported by flopsheet"), model);
        assertTrue(model.contains("cost_run = gpu_hours*price"), "the rest is still adopted:\n" + model);
    }

    @Test
    void strictRefusesAPartialAdoptionAndWritesNothing() throws Exception {
        Path book = costs("ROMAN(B1)", null);
        CliRun run = CliRun.of("adopt", book.toString(), "--strict", "-o", dir.resolve("m.flop").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("adopt --strict refused, nothing written: 1 cells not adopted"), run.err());
        assertFalse(Files.exists(dir.resolve("m.flop")));
    }

    @Test
    void aCachedValueTheModelDoesNotReproduceIsReportedByCell() throws Exception {
        Path book = costs(null, 999.0);
        CliRun run = CliRun.of("adopt", book.toString(), "-o", dir.resolve("m.flop").toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("Costs!B3: the workbook shows 999, the model gives 12500"), run.err());
        assertTrue(Files.readString(dir.resolve("m.flop")).contains("# differs from the workbook: Costs!B3 shows 999, this model gives 12500"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsAUsageError() throws Exception {
        Path notABook = Files.writeString(dir.resolve("notes.xlsx"), "just text");
        CliRun run = CliRun.of("adopt", notABook.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is not an .xlsx workbook"), run.err());
    }
}
