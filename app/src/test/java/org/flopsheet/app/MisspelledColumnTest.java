package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CSV header cell that is not an input but looks like one (a typo, another case, other separators)
 * would silently leave every row at that input's default: batch warns naming both, and
 * {@code --strict} refuses before writing anything. A column that looks like no input passes through quietly.
 */
class MisspelledColumnTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "header {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            label,training_flop,durration     | duration       | 3
            label,Training Flop               | training_flop  | 2
            label,training-flop               | training_flop  | 2
            label,TRAINING__FLOP              | training_flop  | 2
            label,taskrate                    | task_rate      | 2
            label,training_flops              | training_flop  | 2
            label,paralel_tasks,training_flop | -              | 0
            label,id,notes,h                  | -              | 0
            label,duration,durration          | -              | 0
            """)
    void aColumnThatLooksLikeAnInputIsWarnedAboutOrRefused(String header, String meant, int column) throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), header + "\n" + "a" + ",1".repeat(header.split(",").length - 1) + "\n");
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "earlier results\n");
        CliRun lenient = CliRun.of("batch", "../workbooks/finveden.flop", "--in", in.toString(), "--out", out.toString());
        assertTrue(lenient.exitCode() == 0 || lenient.exitCode() == 4, lenient.err());
        assertTrue(Files.readString(out).startsWith(header + ","), "every column passes through");
        Files.writeString(out, "earlier results\n");
        CliRun strict = CliRun.of("batch", "../workbooks/finveden.flop", "--in", in.toString(), "--out", out.toString(), "--strict");
        if (meant.equals("-")) {
            assertFalse(lenient.err().contains("looks like"), lenient.err());
            assertTrue(strict.exitCode() == 0 || strict.exitCode() == 4, strict.err());
            return;
        }
        String cell = header.split(",")[column - 1];
        String warning = "column " + column + " of the header, '" + cell + "', is not an input but looks like '" + meant + "'";
        assertTrue(lenient.err().contains("batch: warning: " + warning), lenient.err());
        assertEquals(2, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains(warning) && strict.err().contains("--strict refuses it"), strict.err());
        assertEquals("earlier results\n", Files.readString(out), "nothing written");
    }
}
