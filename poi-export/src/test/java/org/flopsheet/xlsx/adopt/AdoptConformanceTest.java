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
            Adoption.Tally t;
            try {
                t = Adopter.adopt(WorkbookCells.read(book), "conformance").tally();
            } catch (RuntimeException e) {
                CRASHES.append(book).append(": ").append(e).append('\n');
                continue;
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
        Files.writeString(Path.of("target", "adopt-conformance.md"), table + "\n" + BY_FILE);
        System.out.println(table);
    }

    @Test
    void everyWorkbookIsAdoptedOrRefusedCellByCell() {
        assertEquals("", CRASHES.toString(), "adopt failed on whole workbooks instead of listing the cells it cannot adopt");
    }

    @ParameterizedTest(name = "{0}: at least {1} cached values reproduced")
    @CsvSource(delimiter = '|', textBlock = """
            MATH_AND_TRIGONOMETRY | 618
            STATISTICAL           | 76
            LOGICAL               | 155
            LOOKUP_AND_REFERENCE  | 13
            TEXT                  | 32
            INFORMATION           | 13
            general               | 202
            DATE_AND_TIME         | 10
            FINANCIAL             | 215
            ENGINEERING           | 12
            DATABASE              | 13
            """)
    void reproducesAtLeastTheFloor(String category, int floor) {
        Tally t = BY_CATEGORY.get(category);
        assertTrue(t != null && t.matched() >= floor, category + ": " + t + " reproduces fewer than the floor " + floor);
    }
}
