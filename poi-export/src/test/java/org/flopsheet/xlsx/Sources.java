package org.flopsheet.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The models the workbook tests run over: every *.flop in the project's workbooks/ folder, and the edge cases. */
final class Sources {
    static final Path WORKBOOKS = Path.of("..", "workbooks");
    static final Path EDGE_CASES = Path.of("src", "test", "resources", "sheets");
    /** Sheets of spreadsheet functions, for LibreOffice only (Apache POI's evaluator lacks many of them). */
    static final Path FUNCTIONS = Path.of("src", "test", "resources", "functions");

    private Sources() {}

    static List<Path> all() throws IOException {
        List<Path> out = new ArrayList<>(in(WORKBOOKS));
        out.addAll(in(EDGE_CASES));
        if (out.isEmpty()) throw new IllegalStateException("no .flop files in " + WORKBOOKS.toAbsolutePath());
        return out;
    }

    static List<Path> functions() throws IOException {
        return in(FUNCTIONS);
    }

    private static List<Path> in(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".flop")).sorted().toList();
        }
    }
}
