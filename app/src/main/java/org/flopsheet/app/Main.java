package org.flopsheet.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.flopsheet.engine.dsl.FlopError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code flopsheet} command line: one subcommand per user task. */
@Command(name = "flopsheet", mixinStandardHelpOptions = true, version = "flopsheet 0.1.0",
        description = "Define compute-estimation formulas once, evaluate them exactly as Excel would, and emit live workbooks.",
        subcommands = {
            CommandLine.HelpCommand.class,
            EvalCommand.class,
            CheckCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            org.flopsheet.app.adopt.AdoptCommand.class,
            AddinCommand.class,
            ServeCommand.class,
            org.flopsheet.app.batch.BatchCommand.class,
            org.flopsheet.app.batch.BenchCommand.class,
            org.flopsheet.app.simulate.SimulateCommand.class,
            org.flopsheet.app.whatif.SolveCommand.class,
            org.flopsheet.app.whatif.SensitivityCommand.class,
        })
public final class Main implements Runnable {
    static {
        // Apache POI logs through log4j-api, which complains on stderr when no logging backend is present;
        // its own simple backend prints only errors.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    public static void main(String[] args) {
        StandardOutput stdout = StandardOutput.install();
        int status = run(args);
        String failure = stdout.failure();
        if (failure != null) {
            System.err.println("flopsheet: cannot write to standard output: " + failure);
            if (status == 0) status = 2;
        }
        System.exit(status);
    }

    /** Runs the command line and returns its exit status (0 success, 1 model error, 2 usage or I/O error). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine));
        return cli.execute(args);
    }

    static int report(Exception e, CommandLine cli) {
        var err = cli.getErr();
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        switch (cause) {
            case FlopError f -> {
                err.println(f.getMessage());
                return 1;
            }
            case NoSuchFileException f -> err.println("flopsheet: no such file: " + f.getFile() + " (check the path)");
            case AccessDeniedException f -> err.println("flopsheet: permission denied: " + f.getFile() + (f.getReason() != null ? ": " + f.getReason() : ""));
            case IOException io -> err.println("flopsheet: " + io.getMessage());
            case IllegalArgumentException bad -> err.println("flopsheet: " + bad.getMessage());
            case UserError user -> {
                err.println("flopsheet: " + user.getMessage());
                return user.exitCode();
            }
            default -> {
                err.println("flopsheet: internal error: " + cause);
                cause.printStackTrace(err);
                return 3;
            }
        }
        err.flush();
        return 2;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
