package org.flopsheet.xlsx.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flopsheet.engine.adopt.Adopter;
import org.flopsheet.engine.adopt.Adoption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adopts each of IronCalc's 202 Excel-saved workbooks and compares every value Excel cached with the
 * adopted model's. The floors below only go up: raise them when the engine learns more (the table
 * this test writes to target/adopt-conformance.md gives the new figures; the README shows them).
 */
class AdoptConformanceTest {
    private static final Map<String, Tally> BY_CATEGORY = new TreeMap<>();
    private static final StringBuilder BY_FILE = new StringBuilder();
    private static final StringBuilder CRASHES = new StringBuilder();
    /** Why in-scope cells are left out or differ, with addresses and quoted text taken out, and how often. */
    private static final Map<String, Integer> REASONS = new TreeMap<>();
    private static final java.util.Set<String> IN_SCOPE = java.util.Set.of("MATH_AND_TRIGONOMETRY", "STATISTICAL", "LOGICAL",
            "LOOKUP_AND_REFERENCE", "TEXT", "INFORMATION", "general");

    /** Formula cells in a file or a category: all, adopted, with a cached value compared, and reproduced. */
    record Tally(int files, int formulas, int adopted, int compared, int matched) {
        Tally plus(Adoption.Tally t) {
            return new Tally(files + 1, formulas + t.formulas(), adopted + t.adopted(), compared + t.compared(), matched + t.matched());
        }
    }

    @BeforeAll
    static void adoptEveryWorkbook() throws Exception {
        BY_FILE.append("| file | formula cells | adopted | reproduced |\n| --- | ---: | ---: | ---: |\n");
        for (Path book : ConformanceCorpus.workbooks()) {
            Adoption adoption;
            try {
                adoption = Adopter.adopt(WorkbookCells.read(book), "conformance");
            } catch (RuntimeException e) {
                CRASHES.append(book).append(": ").append(e).append('\n');
                continue;
            }
            Adoption.Tally t = adoption.tally();
            if (IN_SCOPE.contains(ConformanceCorpus.category(book))) {
                String file = book.getFileName().toString();
                for (Adoption.Skipped s : adoption.skipped()) REASONS.merge("left out: " + generic(s.reason()), 1, Integer::sum);
                for (Adoption.Difference d : adoption.differences()) REASONS.merge("differs in " + file, 1, Integer::sum);
            }
            BY_CATEGORY.merge(ConformanceCorpus.category(book), new Tally(0, 0, 0, 0, 0).plus(t),
                    (a, b) -> new Tally(a.files() + b.files(), a.formulas() + b.formulas(), a.adopted() + b.adopted(),
                            a.compared() + b.compared(), a.matched() + b.matched()));
            BY_FILE.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n",
                    ConformanceCorpus.folder().relativize(book), t.formulas(), t.adopted(), t.matched()));
        }
        StringBuilder table = new StringBuilder("| category | files | formula cells | adopted | reproduced |\n| --- | ---: | ---: | ---: | ---: |\n");
        BY_CATEGORY.forEach((category, t) -> table.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %,d |%n",
                category, t.files(), t.formulas(), t.adopted(), t.matched())));
        Files.createDirectories(Path.of("target"));
        StringBuilder reasons = new StringBuilder("| in-scope cells | why |\n| ---: | --- |\n");
        REASONS.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> reasons.append("| ").append(e.getValue()).append(" | ").append(e.getKey().replace("|", "\\|")).append(" |\n"));
        Files.writeString(Path.of("target", "adopt-conformance.md"), table + "\n" + BY_FILE + "\n" + reasons);
        System.out.println(table);
    }

    /** A reason with its cells, quoted text and numbers taken out, so that like reasons count together. */
    private static String generic(String reason) {
        return reason.replaceAll("\"([^\"]|\"\")*\"", "\"…\"").replaceAll("('[^']*'!|\\b[A-Za-z_0-9]+!)?\\$?[A-Z]{1,3}\\$?[0-9]+\\b", "CELL")
                .replaceAll("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?", "N");
    }

    @Test
    void everyWorkbookIsAdoptedOrRefusedCellByCell() {
        assertEquals("", CRASHES.toString(), "adopt failed on whole workbooks instead of listing the cells it cannot adopt");
    }

    @ParameterizedTest(name = "{0}: at least {1} cached values reproduced")
    @CsvSource(delimiter = '|', textBlock = """
            MATH_AND_TRIGONOMETRY | 10261
            STATISTICAL           | 966
            LOGICAL               | 353
            LOOKUP_AND_REFERENCE  | 80
            TEXT                  | 530
            INFORMATION           | 128
            general               | 378
            DATE_AND_TIME         | 13
            FINANCIAL             | 251
            ENGINEERING           | 166
            DATABASE              | 60
            """)
    void reproducesAtLeastTheFloor(String category, int floor) {
        Tally t = BY_CATEGORY.get(category);
        assertTrue(t != null && t.matched() >= floor, category + ": " + t + " reproduces fewer than the floor " + floor);
    }
}
