package org.flopsheet.app.addin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;

/** The project's folders and sheets as the tests see them (tests run inside the app module). */
public final class ProjectFiles {
    private ProjectFiles() {}

    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("workbooks")) && Files.isDirectory(p.resolve("app"))) return p;
        }
        throw new IllegalStateException("cannot find the project root (with workbooks/ and app/) above " + Path.of("").toAbsolutePath());
    }

    public static Path workbooks() { return root().resolve("workbooks"); }

    public static Path addin() { return root().resolve("src"); }

    /** The test sheets that use every operator and function between them. */
    public static List<Path> excelRules() {
        try {
            return List.of(Path.of(ProjectFiles.class.getResource("excel_rules.flop").toURI()),
                    Path.of(ProjectFiles.class.getResource("excel_rules_distributions.flop").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every sheet of workbooks/ and the test sheets of every operator and function. */
    public static List<Sheet> allSheets() {
        List<Sheet> sheets = new ArrayList<>();
        try (var files = Files.list(workbooks())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".flop")).sorted().toList()) sheets.add(Compiler.compile(f));
            for (Path rules : excelRules()) sheets.add(Compiler.compile(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
