package org.flopsheet.xlsx;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice as an oracle: one headless soffice recalculates many workbooks and reports every value
 * cell as a full double (or an error), through the UNO script in the test resources.
 */
final class LibreOffice {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** One cell as LibreOffice computed it: a number (logical values are 1 and 0), an error's Excel text, or a formula's text. */
    record Cell(Double number, String error, String text) {
        Cell(Double number, String error) { this(number, error, null); }
    }

    /** For each workbook: stage ("on_load" or "after_calculate_all") -> sheet -> cell address -> cell. */
    record Results(Map<Path, Map<String, Map<String, Map<String, Cell>>>> byBook) {
        Map<String, Map<String, Cell>> stage(Path book, String stage) {
            return byBook.get(book).get(stage);
        }
    }

    private LibreOffice() {}

    /** Recalculates every book in one soffice session with a private profile under {@code work}. */
    static Results recalculate(List<Path> books, Path work) throws IOException, InterruptedException {
        requireInstalled();
        Path script = work.resolve("recalc.py");
        try (InputStream in = LibreOffice.class.getResourceAsStream("/libreoffice/recalc.py")) {
            Files.copy(in, script);
        }
        Path out = work.resolve("values.json");
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString(),
                work.resolve("profile").toString(), out.toString()));
        for (Path b : books) command.add(b.toAbsolutePath().toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish within 5 minutes:\n" + log);
        }
        if (p.exitValue() != 0) fail("LibreOffice recalculation failed (exit " + p.exitValue() + "):\n" + log);

        Map<?, ?> json = new ObjectMapper().readValue(out.toFile(), Map.class);
        Map<Path, Map<String, Map<String, Map<String, Cell>>>> byBook = new HashMap<>();
        for (Path b : books) {
            Map<?, ?> stages = (Map<?, ?>) json.get(b.toAbsolutePath().toString());
            Map<String, Map<String, Map<String, Cell>>> converted = new HashMap<>();
            stages.forEach((stage, sheets) -> {
                Map<String, Map<String, Cell>> bySheet = new HashMap<>();
                ((Map<?, ?>) sheets).forEach((sheet, cells) -> {
                    Map<String, Cell> byCell = new HashMap<>();
                    ((Map<?, ?>) cells).forEach((address, v) -> byCell.put((String) address, v instanceof Number n
                            ? new Cell(n.doubleValue(), null)
                            : new Cell(null, (String) ((Map<?, ?>) v).get("error"), (String) ((Map<?, ?>) v).get("text"))));
                    bySheet.put((String) sheet, byCell);
                });
                converted.put((String) stage, bySheet);
            });
            byBook.put(b, converted);
        }
        return new Results(byBook);
    }

    /**
     * Renders the first chart on each sheet named in {@code pictures} to its PNG file, as LibreOffice
     * draws it after recalculating the book.
     */
    static void renderCharts(Path book, Map<String, Path> pictures, Path work) throws IOException, InterruptedException {
        requireInstalled();
        for (String script : List.of("recalc.py", "chart.py")) {
            try (InputStream in = LibreOffice.class.getResourceAsStream("/libreoffice/" + script)) {
                Files.copy(in, work.resolve(script), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), work.resolve("chart.py").toString(),
                work.resolve("chart-profile").toString(), book.toAbsolutePath().toString()));
        pictures.forEach((sheet, png) -> {
            command.add(sheet);
            command.add(png.toAbsolutePath().toString());
        });
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("LibreOffice did not render the charts within 5 minutes:\n" + log);
        }
        if (p.exitValue() != 0) fail("LibreOffice could not render the charts (exit " + p.exitValue() + "):\n" + log);
    }

    /** Fails (never skips) when LibreOffice or its Python bridge is missing, saying how to install them. */
    static void requireInstalled() throws IOException, InterruptedException {
        String hint = " Install them with scripts/install-test-deps.sh (Debian packages libreoffice-calc-nogui and python3-uno).";
        if (!Files.isExecutable(PYTHON)) fail("the differential test needs Debian's " + PYTHON + " with python3-uno." + hint);
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "soffice"))) found = true;
        }
        if (!found) fail("the differential test needs LibreOffice: no 'soffice' on the PATH." + hint);
        Process uno = new ProcessBuilder(PYTHON.toString(), "-c", "import uno").redirectErrorStream(true).start();
        String log = new String(uno.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (uno.waitFor() != 0) fail(PYTHON + " cannot import uno (python3-uno is missing):\n" + log + hint);
    }
}
