package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hostile CSV cell fails its own row, at once and with a message; the rows around it are computed. */
class HostileCsvCellsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # duration cell     | error says
        1 s^(1/0)           | the exponent's denominator is 0
        1 s^99999999        | the exponent 99999999 is too large for a unit
        (2 s)^1e-99999999   | the exponent 1e-99999999 has too many digits
        (1 day              | the '(' is never closed
        1e309 s             | too large for a double
        """)
    void onlyTheRowWithTheCellFails(String cell, String says) throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "label,duration\nbefore,1e7\nbad,\"" + cell + "\"\nafter,2e7\n");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> CliRun.of("batch", "../workbooks/finveden.flop", "--in", in.toString(), "--outputs", "parallel_tasks"));
        assertEquals(4, run.exitCode(), run.err());
        List<List<String>> rows = BatchCommandTest.csv(run.out());
        assertEquals(List.of("before", "after"), List.of(rows.get(1).get(0), rows.get(3).get(0)));
        assertEquals("", rows.get(1).get(3));
        assertEquals("", rows.get(3).get(3));
        assertEquals("", rows.get(2).get(2));
        assertTrue(rows.get(2).get(3).startsWith("row 3 (line 3 of the file), column duration: ") && rows.get(2).get(3).contains(says),
                rows.get(2).get(3));
    }
}
