package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text, arrays and tables through the command line: eval's table and JSON, batch's CSV, export's refusal. */
class TextAndArraysCommandsTest {
    static final String GPUS = "../docs/gpus.flop";

    @Test
    void evalShowsTextAndArraysAndSetsATextInput() {
        CliRun run = CliRun.of("eval", GPUS, "--set", "chosen=B200");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s).*gpu_peak .*TFLOP/s +\\{312; 989; 2250}\n.*"), run.out());
        assertTrue(run.out().matches("(?s).*\n   peak .*TFLOP/s +2250\n.*"), run.out());
        assertTrue(run.out().contains("GPU: B200, 2,250 TFLOP/s"), run.out());
        assertTrue(run.out().contains("{1.20E+20, 5.88E+21, 5.88E+23}"), run.out());
    }

    @Test
    void jsonHasStringsAndArrays() throws Exception {
        CliRun run = CliRun.of("eval", GPUS, "--json", "--set", "sizes={1, 2} Gparam");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode base = new ObjectMapper().readTree(run.out()).get("base");
        assertEquals("H100", base.get("chosen").asText());
        assertEquals(989.0, base.get("peak").asDouble());
        assertEquals(3, base.get("gpu_peak").size(), "a column: an array of rows");
        assertEquals(2250.0, base.get("gpu_peak").get(2).get(0).asDouble());
        assertEquals(2, base.get("tokens").size());
        assertEquals(4e10, base.get("tokens").get(1).asDouble());
    }

    @Test
    void batchReadsATextInputPerRowAndWritesArraysAsArrayConstants(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "case,chosen\nsmall,A100\nbig,B200\nnone,TPU\n");
        CliRun run = CliRun.of("batch", GPUS, "--in", csv.toString(), "--outputs", "peak,name_line,tokens");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                case,chosen,peak,name_line,tokens,error\r
                small,A100,312,"GPU: A100, 312 TFLOP/s","{20000000000,140000000000,1400000000000}",\r
                big,B200,2250,"GPU: B200, 2,250 TFLOP/s","{20000000000,140000000000,1400000000000}",\r
                none,TPU,#N/A,#N/A,"{20000000000,140000000000,1400000000000}",\r
                """, run.out());
    }

    /** An array input's CSV cell holds an array constant as Excel writes one, optionally followed by a unit. */
    @Test
    void batchReadsAnArrayInputFromAnArrayConstantInACell(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("in.csv");
        Files.writeString(csv, "case,sizes\nplain,\"{1e9, 2e9}\"\nunit,\"{1, 2} Gparam\"\nbad,\"{1, x}\"\ndefault,\n");
        CliRun run = CliRun.of("batch", GPUS, "--in", csv.toString(), "--outputs", "tokens");
        assertEquals(4, run.exitCode(), run.err());
        String[] lines = run.out().split("\r\n");
        assertEquals("plain,\"{1e9, 2e9}\",\"{20000000000,40000000000}\",", lines[1]);
        assertEquals("unit,\"{1, 2} Gparam\",\"{20000000000,40000000000}\",", lines[2]);
        assertTrue(lines[3].startsWith("bad,\"{1, x}\",,\"row 4 (line 4 of the file), column sizes: "), lines[3]);
        assertEquals("default,,\"{20000000000,140000000000,1400000000000}\",", lines[4]);
    }

    @Test
    void exportWritesArraysAndTablesAsBlocksOfCells(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("export", GPUS, "-o", dir.resolve("gpus.xlsx").toString());
        assertEquals(0, run.exitCode(), run.err());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("gpus.xlsx").toFile())) {
            assertEquals("'gpus'!$B$7:$B$9", wb.getNames("gpu_name").stream().filter(n -> n.getSheetIndex() == -1)
                    .findFirst().orElseThrow().getRefersToFormula(), "a table's column is named over its cells");
            var sheet = wb.getSheet("gpus");
            var tokens = wb.getNames("tokens").get(0).getRefersToFormula();
            var first = new org.apache.poi.ss.util.AreaReference(tokens, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).getFirstCell();
            var cell = sheet.getRow(first.getRow()).getCell(first.getCol());
            assertTrue(cell.isPartOfArrayFormulaGroup(), "an array formula fills the block of tokens");
            assertEquals("tokens_per_param*sizes", cell.getCellFormula());
        }
    }
}
