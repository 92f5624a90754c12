package org.flopsheet.xlsx.adopt;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The IronCalc conformance workbooks (Excel-saved, with Excel's cached values), found beside the
 * project: in the project root's parent folder or one of its ancestors, under shared/conformance.
 * They are read in place, never copied into the project.
 */
final class ConformanceCorpus {
    private static final Path RELATIVE = Path.of("shared", "conformance", "ironcalc", "calc_tests");

    private ConformanceCorpus() {}

    static Path folder() {
        Path projectRoot = Path.of("..").toAbsolutePath().normalize();
        for (Path p = projectRoot.getParent(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(RELATIVE))) return p.resolve(RELATIVE);
        }
        return fail("the conformance workbooks are missing: no " + RELATIVE + " in " + projectRoot.getParent()
                + " or above it; put IronCalc's xlsx/tests/calc_tests there");
    }

    /** Every workbook, sorted; a workbook at the top level belongs to the category "general". */
    static List<Path> workbooks() throws IOException {
        try (Stream<Path> files = Files.walk(folder())) {
            return files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    static String category(Path workbook) {
        Path relative = folder().relativize(workbook);
        return relative.getNameCount() == 1 ? "general" : relative.getName(0).toString();
    }
}
