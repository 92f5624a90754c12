package org.flopsheet.spark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Runs a command line in-process (flopsheet-spark's or a flopsheet command) and captures what it prints. */
record SparkCliRun(int exitCode, String out, String err) {

    static SparkCliRun spark(String... args) {
        return of(new FlopsheetSpark(), args);
    }

    static synchronized SparkCliRun of(Object command, String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cli = new CommandLine(command);
            cli.setErr(new PrintWriter(System.err, true));
            cli.setExecutionExceptionHandler((e, c, p) -> FlopsheetSpark.report(e, c));
            int code = cli.execute(args);
            System.out.flush();
            return new SparkCliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
