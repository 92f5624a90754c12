package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flopsheet.xlsx.WorkbookExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports run at once into the same source, each in its own process, as two people's shells would:
 * no two of them may both write an update computed from the same content (one edit would be lost);
 * the ones that lose the race say so and exit 1.
 */
class ConcurrentImportTest {
    static final int PROCESSES = 4;
    static final Pattern BASE = Pattern.compile("(?m)^-input training_flop = (\\S+) FLOP");

    @TempDir Path dir;

    @Test
    void importsAtOnceNeverBothUpdateFromTheSameContent() throws Exception {
        Path source = dir.resolve("finveden.flop");
        Files.copy(Path.of("../workbooks/finveden.flop"), source);
        assertEquals(0, CliRun.of("export", source.toString(), "-o", dir.resolve("exported.xlsx").toString()).exitCode());
        List<Path> workbooks = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) workbooks.add(withTrainingFlop(dir.resolve("exported.xlsx"), dir.resolve("edit" + i + ".xlsx"), "3e2" + (6 + i)));
        for (int attempt = 1; attempt <= 3; attempt++) {
            Files.copy(Path.of("../workbooks/finveden.flop"), source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<CliProcess> runs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Path log = dir.resolve("run" + attempt + "-" + i + ".log");
                runs.add(CliProcess.start(log, log.resolveSibling(log.getFileName() + ".out").toFile(), List.of(),
                        "import", workbooks.get(i).toString(), "--into", source.toString()));
            }
            Set<String> basesWritten = new HashSet<>();
            int refused = 0;
            for (CliProcess run : runs) {
                int status = run.exitCode(3);
                String err = run.output();
                String diff = Files.readString(Path.of(run.log() + ".out"));
                if (status == 0) {
                    assertTrue(err.contains("flopsheet: updated"), err);
                    Matcher base = BASE.matcher(diff);
                    assertTrue(base.find(), diff);
                    assertTrue(basesWritten.add(base.group(1)),
                            "two imports both wrote an update of the content with training_flop = " + base.group(1) + ": one edit was lost");
                } else {
                    assertEquals(1, status, err);
                    assertTrue(err.contains("finveden.flop changed since it was read"), err);
                    refused++;
                }
            }
            assertTrue(Files.readString(source).matches("(?s).*input training_flop = 3e2[6-9] FLOP.*"), "the source holds one import's result");
            System.out.println("concurrent imports, attempt " + attempt + ": " + basesWritten.size() + " updated, " + refused + " refused");
            if (refused > 0) return;
        }
        fail("in three attempts the " + PROCESSES + " imports never overlapped, so the lock was not exercised");
    }

    private static Path withTrainingFlop(Path exported, Path edited, String value) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(exported)) {
            wb = new XSSFWorkbook(in);
        }
        var ref = new AreaReference(WorkbookExporter.baseCaseName(wb, "training_flop").getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
        wb.getSheetAt(0).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(Double.parseDouble(value));
        try (OutputStream out = Files.newOutputStream(edited)) {
            wb.write(out);
        }
        return edited;
    }
}
