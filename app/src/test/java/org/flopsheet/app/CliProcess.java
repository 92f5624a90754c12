package org.flopsheet.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The command line in a JVM of its own, as a user's shell runs it: for what an in-process run cannot show (exit on a full disk, races between processes, a small heap). */
record CliProcess(Process process, Path log) {
    /** Starts {@code flopsheet args...}; stderr (and stdout, unless redirected) go to {@code log}. */
    static CliProcess start(Path log, File stdout, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.redirectOutput(stdout != null ? ProcessBuilder.Redirect.to(stdout) : ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new CliProcess(builder.start(), log);
    }

    static CliProcess start(Path log, String... args) throws IOException {
        return start(log, null, List.of(), args);
    }

    /** Waits for the exit status. */
    int exitCode(int minutes) throws InterruptedException {
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("flopsheet did not finish within " + minutes + " minutes");
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log);
    }
}
