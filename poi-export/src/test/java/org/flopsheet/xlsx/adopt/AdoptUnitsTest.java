package org.flopsheet.xlsx.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.adopt.Adopter;
import org.flopsheet.engine.adopt.Adoption;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Units a workbook states in its number formats and labels: comments by default, written after the
 * inputs with --guess-units where the workbook's numbers are already in that unit, and never a number
 * that differs from the workbook's.
 */
class AdoptUnitsTest {
    @TempDir
    static Path dir;

    /** Label, value and number format of each input row; the formulas below read them. */
    private static final String[][] INPUTS = {
        {"Memory per GPU", "80", "0 \"GB\""},
        {"Peak throughput", "1e15", "0.00E+00 \"FLOP/s\""},
        {"Utilisation", "0.4", "0%"},
        {"Price per GPU-hour", "2.5", "$#,##0.00"},
        {"Duration of training (seconds)", "1e7", "General"},
    };

    private static Adoption adopted(boolean guessUnits) throws Exception {
        Path book = dir.resolve("units.xlsx");
        if (!Files.exists(book)) {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
                Sheet s = wb.createSheet("Sheet1");
                for (int i = 0; i < INPUTS.length; i++) {
                    Row row = s.createRow(i);
                    row.createCell(0).setCellValue(INPUTS[i][0]);
                    row.createCell(1).setCellValue(Double.parseDouble(INPUTS[i][1]));
                    CellStyle style = wb.createCellStyle();
                    style.setDataFormat(wb.createDataFormat().getFormat(INPUTS[i][2]));
                    row.getCell(1).setCellStyle(style);
                }
                Row flop = s.createRow(INPUTS.length);
                flop.createCell(0).setCellValue("Training FLOP");
                flop.createCell(1).setCellFormula("B2*B3*B5");
                Row cost = s.createRow(INPUTS.length + 1);
                cost.createCell(0).setCellValue("Cost of the run");
                cost.createCell(1).setCellFormula("B4*B5/3600");
                Row memory = s.createRow(INPUTS.length + 2);
                memory.createCell(0).setCellValue("Memory of a server");
                memory.createCell(1).setCellFormula("B1*8");
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.write(out);
            }
        }
        return Adopter.adopt(WorkbookCells.read(book), "units", guessUnits);
    }

    @ParameterizedTest(name = "without --guess-units: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            input memory_gpu = 80                        | # B1; unit? GB
            input peak_throughput = 1e15                 | # B2; unit? FLOP/s
            input utilisation = 0.4                      | # B3; unit? %
            input price_gpu_hour = 2.5                   | # B4; unit? dollar
            input duration_training = 1e7                | # B5; unit? s
            """)
    void unitsAreSuggestedAsComments(String line, String comment) throws Exception {
        Adoption a = adopted(false);
        assertTrue(a.source().lines().anyMatch(l -> l.startsWith(line) && l.endsWith(comment)), line + " ... " + comment + " in\n" + a.source());
        assertEquals(3, a.tally().matched());
    }

    @org.junit.jupiter.api.Test
    void unitsThatDoNotFitTheFormulasFallBackToCommentsWithANotice() throws Exception {
        Path book = dir.resolve("mixed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            Sheet s = wb.createSheet("Sheet1");
            s.createRow(0).createCell(0).setCellValue("Duration of training (seconds)");
            s.getRow(0).createCell(1).setCellValue(1e7);
            s.createRow(1).createCell(0).setCellValue("Plus one");
            s.getRow(1).createCell(1).setCellFormula("B1+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        Adoption a = Adopter.adopt(WorkbookCells.read(book), "mixed", true);
        assertTrue(a.source().contains("input duration_training = 1e7                "), a.source());
        assertTrue(a.source().contains("# B1; unit? s"), a.source());
        assertTrue(a.notices().stream().anyMatch(n -> n.contains("do not fit the formulas (cannot add s and a plain number)")), a.notices().toString());
        assertEquals(1, a.tally().matched());
    }

    @ParameterizedTest(name = "with --guess-units: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            input memory_gpu = 80                        | # B1; unit? GB
            input peak_throughput = 1e15 FLOP/s          | # B2
            input utilisation = 40 %                     | # B3
            input price_gpu_hour = 2.5 dollar            | # B4
            input duration_training = 1e7 s              | # B5
            """)
    void unitsInTheWorkbooksScaleAreWrittenOthersStayComments(String line, String comment) throws Exception {
        Adoption a = adopted(true);
        assertTrue(a.source().lines().anyMatch(l -> l.startsWith(line) && l.endsWith(comment)), line + " ... " + comment + " in\n" + a.source());
        assertTrue(a.notices().isEmpty(), "the units fit the formulas: " + a.notices());
        assertEquals(3, a.tally().compared());
        assertEquals(3, a.tally().matched(), "with units the model still gives the workbook's numbers: " + a.differences());
    }
}
