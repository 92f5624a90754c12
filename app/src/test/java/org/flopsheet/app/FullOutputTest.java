package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command that writes to standard output fails loudly when the output cannot be written, as coreutils do ({@code > /dev/full}). */
class FullOutputTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "flopsheet {0} > /dev/full")
    @CsvSource(delimiter = '|', textBlock = """
            eval ../workbooks/finveden.flop
            eval ../workbooks/finveden.flop --json
            eval ../workbooks/finveden.flop --set training_flop=3e27
            batch ../workbooks/finveden.flop --in ../workbooks/finveden-sweep.csv
            batch ../workbooks/finveden.flop --in ../workbooks/finveden-sweep.csv --threads 1
            check ../workbooks/finveden.flop
            sensitivity ../workbooks/finveden.flop
            --help
            eval --help
            """)
    void aFullDiskIsAnErrorNotASuccess(String command) throws Exception {
        File full = new File("/dev/full");
        assertTrue(full.exists(), "this test needs /dev/full (Linux)");
        CliProcess run = CliProcess.start(dir.resolve("err.txt"), full, List.of(), command.split(" "));
        int status = run.exitCode(2);
        String err = run.output();
        assertTrue(status != 0, "exit status 0 after writing nothing; stderr: " + err);
        assertTrue(err.contains("flopsheet: cannot write to standard output: No space left on device"), err);
    }

    @ParameterizedTest(name = "flopsheet {0} > file")
    @CsvSource(delimiter = '|', textBlock = """
            eval ../workbooks/finveden.flop                                       | 4.24E+09
            batch ../workbooks/finveden.flop --in ../workbooks/finveden-sweep.csv | parallel_tasks
            """)
    void aWritableOutputStillGetsEverything(String command, String expected) throws Exception {
        Path out = dir.resolve("out.txt");
        CliProcess run = CliProcess.start(dir.resolve("err.txt"), out.toFile(), List.of(), command.split(" "));
        assertEquals(0, run.exitCode(2), run.output());
        assertTrue(Files.readString(out).contains(expected), Files.readString(out));
    }
}
