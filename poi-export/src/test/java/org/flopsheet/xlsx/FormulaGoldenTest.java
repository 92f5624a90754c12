package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact formulas and defined names of exported workbooks, compared with golden files. After an
 * intended change, regenerate them with
 * {@code mvn -pl poi-export -am test -Dflopsheet.updateGolden=true} and review the diff.
 */
class FormulaGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../workbooks/finveden.flop", "src/test/resources/sheets/edge-cases.flop"})
    void formulasAndNamesMatchTheGoldenFile(String source) throws IOException {
        Path file = Path.of(source);
        String actual;
        try (XSSFWorkbook wb = WorkbookExporter.build(Compiler.compile(file))) {
            actual = listing(wb);
        }
        Path golden = GOLDEN.resolve(file.getFileName().toString().replace(".flop", ".formulas.txt"));
        if (Boolean.getBoolean("flopsheet.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "regenerate with: mvn -pl poi-export -am test -Dflopsheet.updateGolden=true");
    }

    /** Every defined name with its scope, then every formula cell of every sheet, in order. */
    static String listing(XSSFWorkbook wb) {
        StringBuilder out = new StringBuilder("# defined names (scope: name = refers to)\n");
        for (XSSFName n : wb.getAllNames()) {
            String scope = n.getSheetIndex() < 0 ? "workbook" : wb.getSheetName(n.getSheetIndex());
            out.append(scope).append(": ").append(n.getNameName()).append(" = ").append(n.getRefersToFormula()).append('\n');
        }
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            XSSFSheet sheet = wb.getSheetAt(s);
            out.append("\n# sheet '").append(sheet.getSheetName()).append("'\n");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        out.append(cell.getAddress().formatAsString()).append(" =").append(cell.getCellFormula()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
