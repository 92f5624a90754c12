package org.flopsheet.spark;

import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.flopsheet.app.UserError;
import org.flopsheet.engine.dsl.FlopError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code flopsheet-spark}: the batch and simulate commands of flopsheet, run as Spark jobs. */
@Command(name = "flopsheet-spark", mixinStandardHelpOptions = true, version = "flopsheet-spark 0.1.0",
        description = "Run a flopsheet model over a DataFrame, or its Monte Carlo, with Spark: locally (local[N], no Spark installation needed) or on a cluster.",
        subcommands = {CommandLine.HelpCommand.class, SparkBatchCommand.class, SparkSimulateCommand.class, SparkBenchCommand.class})
public final class FlopsheetSpark implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new FlopsheetSpark());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine));
        return cli.execute(args);
    }

    /** The exit status: 1 the model does not compile, 2 a bad command line or input, 3 anything else. */
    static int report(Exception e, CommandLine cli) {
        var err = cli.getErr();
        for (Throwable t = e; t != null; t = t.getCause()) {
            switch (t) {
                case FlopError f -> {
                    err.println(f.getMessage());
                    return 1;
                }
                case UserError user -> {
                    err.println("flopsheet-spark: " + user.getMessage());
                    return user.exitCode();
                }
                case IllegalArgumentException bad when bad == e -> {  // the driver's own check of the command line, before any job
                    err.println("flopsheet-spark: " + bad.getMessage());
                    return 2;
                }
                case NoSuchFileException f -> {
                    err.println("flopsheet-spark: no such file: " + f.getFile() + " (check the path)");
                    return 2;
                }
                default -> { }
            }
        }
        err.println("flopsheet-spark: " + e);
        return 3;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
