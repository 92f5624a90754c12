package org.flopsheet.app.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The progress line says rows done, rows/s and, for a file, the share read and the time left; off the terminal, nothing. */
class ProgressTest {

    @Test
    void theLineShowsRowsRateShareAndTimeLeft() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            Progress.Terminal p = new Progress.Terminal(new PrintStream(new ByteArrayOutputStream()), 1_000);
            assertEquals("batch: 1,250,000 rows  500,000 rows/s   25%  ETA 0:08", p.line(1_250_000, 250, 2.5));
            assertEquals("batch: 90,000,000 rows  500,000 rows/s   60%  ETA 2:00", p.line(90_000_000, 600, 180));
            Progress.Terminal fromStdin = new Progress.Terminal(new PrintStream(new ByteArrayOutputStream()), -1);
            assertEquals("batch: 1,000 rows  1,000 rows/s", fromStdin.line(1_000, 100, 1));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void nothingIsShownWhenStderrIsNotATerminal() {
        assertSame(Progress.NONE, Progress.forRun(1_000));
    }
}
