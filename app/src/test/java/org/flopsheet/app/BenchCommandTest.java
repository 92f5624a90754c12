package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flopsheet bench` on a small input: it runs every contender and cross-checks their outputs (no timing is asserted). */
class BenchCommandTest {

    @Test
    void everyContenderRunsAndTheirResultsAgree() {
        CliRun run = CliRun.of("bench", BatchCommandTest.FINVEDEN, "--rows", "5000", "--poi-rows", "300", "--repeat", "1");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        for (String label : new String[] {"(a)  flopsheet batch", "(b)  Java by hand", "(b1) Java by hand", "(c)  POI FormulaEvaluator", "(a)/(b)", "(a)/(c)"}) {
            assertTrue(run.out().contains(label), run.out());
        }
        assertTrue(run.out().contains("outputs: (a), (b) and (b1) byte-identical: yes"), run.out());
        Matcher poi = Pattern.compile("\\(c\\) against \\(a\\) over 300 rows: largest relative difference (\\S+), same error values").matcher(run.out());
        assertTrue(poi.find(), run.out());
        assertTrue(Double.parseDouble(poi.group(1)) < 1e-13, "POI rounds to 15 digits, no worse: " + poi.group(1));
    }

    @Test
    void itNeedsTheFinvedenSheet(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.flop"), "input a = 1\nb = a * 2\n");
        CliRun run = CliRun.of("bench", other.toString(), "--rows", "10");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no quantity 'training_flop'; give it workbooks/finveden.flop"), run.err());
    }
}
