package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An input's bounds become data validation on its cell, and a value outside them is refused on import, with the cell. */
class BoundedInputsTest {
    static final String SOURCE = """
            input price = 2.5 dollar/h, >= 0             "GPU-hour price"
            input share = 40 %, >= 0, <= 100 %           "Share of compute"
            input hours = 100 h
            cost = price * hours * share dollar
            scenarios share = 20 %, 60 %
            """;

    @TempDir
    Path dir;

    EditedWorkbook exported() throws Exception {
        Path model = dir.resolve("bounded.flop");
        Files.writeString(model, SOURCE);
        return EditedWorkbook.export(model, Files.createDirectories(dir.resolve("out")));
    }

    @Test
    void boundedInputCellsCarryDataValidation() throws Exception {
        EditedWorkbook w = exported();
        var base = w.wb.getSheetAt(0);
        List<? extends DataValidation> validations = base.getDataValidations();
        assertEquals(2, validations.size(), "price and share are bounded, hours is not");
        String priceCell = w.cell("price").getAddress().formatAsString();
        String shareCell = w.cell("share").getAddress().formatAsString();
        var byCell = new java.util.HashMap<String, DataValidation>();
        for (DataValidation v : validations) byCell.put(v.getRegions().getCellRangeAddress(0).formatAsString(), v);
        assertEquals(priceCell + ">=0", byCell.get(priceCell).getValidationConstraint().getFormula1());
        assertEquals("AND(" + shareCell + ">=0," + shareCell + "<=1)", byCell.get(shareCell).getValidationConstraint().getFormula1());
        assertEquals("share must be >= 0, <= 100 %", byCell.get(shareCell).getErrorBoxText());
    }

    @Test
    void moneyIsFormattedToTheCentWithThousandsSeparators() throws Exception {
        EditedWorkbook w = exported();
        assertEquals(100, w.cell("cost").getNumericCellValue(), 1e-12);
        assertEquals("#,##0.00", w.cell("cost").getCellStyle().getDataFormatString());
        assertEquals("#,##0.00", w.cell("price").getCellStyle().getDataFormatString(), "2.5 dollar/h is money too");
        assertEquals("0%", w.cell("share").getCellStyle().getDataFormatString());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # input | cell value | refusal
        price   | -2         | price = -2 dollar/h is outside its bounds: it must be >= 0
        share   | 1.5        | share = 150 % is outside its bounds: it must be <= 100 % (declared: >= 0, <= 100 %)
        """)
    void aValueOutsideTheBoundsIsRefusedWithTheCell(String input, double value, String refusal) throws Exception {
        EditedWorkbook w = exported();
        w.cell(input).setCellValue(value);
        String cell = w.wb.getSheetAt(0).getSheetName() + "!" + w.cell(input).getAddress().formatAsString();
        ImportError e = assertThrows(ImportError.class, w::importBack);
        assertTrue(e.getMessage().startsWith(cell + ": " + refusal), e.getMessage());
    }

    @Test
    void aScenarioValueOutsideTheBoundsIsRefused() throws Exception {
        EditedWorkbook w = exported();
        var scenario = w.wb.getSheet("share=60 %");
        w.cellOn(scenario, "share").setCellValue(-0.1);
        ImportError e = assertThrows(ImportError.class, w::importBack);
        assertTrue(e.getMessage().contains("share = -10 % is outside its bounds: it must be >= 0"), e.getMessage());
        assertTrue(e.getMessage().startsWith("share=60 %!"), e.getMessage());
    }

    @Test
    void aValueWithinTheBoundsIsTaken() throws Exception {
        EditedWorkbook w = exported();
        w.cell("share").setCellValue(1);
        assertTrue(w.importBack().source().contains("input share = 100 %, >= 0, <= 100 %"));
    }
}
