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
    void anyModelIsBenchedOnASweepOverItsInputsWithinTheirBounds(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.flop"), """
                input gpus = 1000
                input price = 2 dollar/h, >= 1.5 dollar/h
                input share = 90 %, <= 100 %
                input name = "H100"
                cost = gpus * price * share * (24 h) dollar
                label = name & " cluster"
                """);
        CliRun run = CliRun.of("bench", other.toString(), "--rows", "3000", "--poi-rows", "200", "--repeat", "1");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("sweep over 3 inputs (gpus, price, share); 1 outputs"), run.out());
        for (String label : new String[] {"(a)  flopsheet batch", "(a1) flopsheet batch, 1 thread", "(c)  POI FormulaEvaluator", "(a)/(a1)", "(a)/(c)"}) {
            assertTrue(run.out().contains(label), run.out());
        }
        assertTrue(run.out().contains("outputs: (a) and (a1) byte-identical: yes"), run.out());
        Matcher poi = Pattern.compile("\\(c\\) against \\(a\\) over 200 rows: largest relative difference (\\S+), same error values").matcher(run.out());
        assertTrue(poi.find(), run.out());
        assertTrue(Double.parseDouble(poi.group(1)) < 1e-13, poi.group(1));
    }

    @Test
    void aModelWithoutNumberInputsIsRefused(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.flop"), "input name = \"H100\"\nb = name & \"!\"\n");
        CliRun run = CliRun.of("bench", other.toString(), "--rows", "10");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no number inputs to sweep over"), run.err());
    }
}
