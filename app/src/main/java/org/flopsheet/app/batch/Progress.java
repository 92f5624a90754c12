package org.flopsheet.app.batch;

import java.io.Console;
import java.io.PrintStream;

/**
 * A one-line progress report on stderr (rows done, rows/s, and for a file of known size the share
 * read and the time left), shown only on a terminal, outside CI, and only once a run has taken more
 * than a second.
 */
class Progress {
    static final Progress NONE = new Progress();

    void update(long rows, long bytesRead) {}

    void done() {}

    static Progress forRun(long totalBytes) {
        return onTerminal() && System.getenv("CI") == null ? new Terminal(System.err, totalBytes) : NONE;
    }

    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderThanJava22) {
            return true;
        }
    }

    static final class Terminal extends Progress {
        private static final long QUIET_NANOS = 1_000_000_000L;
        private static final long EVERY_NANOS = 200_000_000L;

        private final PrintStream err;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private long lastShown;
        private boolean shown;

        Terminal(PrintStream err, long totalBytes) {
            this.err = err;
            this.totalBytes = totalBytes;
        }

        @Override
        void update(long rows, long bytesRead) {
            long now = System.nanoTime();
            if (now - start < QUIET_NANOS || now - lastShown < EVERY_NANOS) return;
            lastShown = now;
            shown = true;
            err.print("\r" + line(rows, bytesRead, (now - start) / 1e9) + "\u001b[K");
            err.flush();
        }

        @Override
        void done() {
            if (shown) err.print("\r\u001b[K");
            err.flush();
        }

        String line(long rows, long bytesRead, double seconds) {
            double rate = rows / seconds;
            StringBuilder s = new StringBuilder(String.format("batch: %,d rows  %,.0f rows/s", rows, rate));
            if (totalBytes > 0 && bytesRead > 0) {
                double share = Math.min(1, (double) bytesRead / totalBytes);
                long left = Math.round(seconds / share - seconds);
                s.append(String.format("  %3.0f%%  ETA %d:%02d", share * 100, left / 60, left % 60));
            }
            return s.toString();
        }
    }
}
