package org.flopsheet.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.flopsheet.app.UserError;

/**
 * {@code flopsheet simulate} against Squiggle ({@code @quri/squiggle-lang}) on the Finveden chain with
 * six uncertain inputs, the same sample count, one after the other in one run: each as its own
 * process, timed end to end (start-up, sampling, statistics), wall clock and CPU time.
 */
public final class SquiggleBench {
    /** The Squiggle release measured; installed with npm into a cache folder on first use. */
    static final String SQUIGGLE = "@quri/squiggle-lang@0.10.0";

    private record Timed(double wall, double cpu, String stdout) {}

    private SquiggleBench() {}

    public static int run(Path model, long samples, int threads) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "flopsheet-bench-squiggle-0.10.0");
        installSquiggle(dir);
        Path script = dir.resolve("squiggle-finveden.mjs");
        try (InputStream in = SquiggleBench.class.getResourceAsStream("/bench/squiggle-finveden.mjs")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> Path.of(p).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> flopsheet = List.of(java, "-cp", classPath, "org.flopsheet.app.Main",
                "simulate", model.toString(), "--samples", Long.toString(samples), "--threads", Integer.toString(threads), "--json");
        List<String> squiggle = List.of("node", "--max-old-space-size=16384", script.toString(), Long.toString(samples));

        System.out.printf(Locale.ROOT, "simulate vs Squiggle (%s), Finveden chain with six uncertain inputs, %,d samples, load average %.1f%n",
                SQUIGGLE, samples, load());
        Timed ours = time(flopsheet, dir);
        Timed theirs = time(squiggle, dir);
        System.out.printf(Locale.ROOT, "load average after: %.1f%n%n", load());

        Map<?, ?> json = new ObjectMapper().readValue(ours.stdout(), Map.class);
        Map<?, ?> tasks = (Map<?, ?>) ((Map<?, ?>) json.get("quantities")).get("parallel_tasks");
        List<?> sq = new ObjectMapper().readValue(theirs.stdout().strip(), List.class);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %14s %16s%n", "", "wall s", "CPU s", "samples/s", "samples/CPU-s");
        row("flopsheet simulate, " + threads + " threads", ours, samples);
        row("Squiggle (node, 1 thread)", theirs, samples);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %13.1fx %15.1fx%n%n", "flopsheet / Squiggle", "", "",
                theirs.wall() / ours.wall(), theirs.cpu() / ours.cpu());
        System.out.printf(Locale.ROOT, "parallel_tasks         %14s %14s %14s %14s%n", "mean", "p5", "p50", "p95");
        System.out.printf(Locale.ROOT, "  flopsheet            %14.4e %14.4e %14.4e %14.4e%n", num(tasks.get("mean")), num(tasks.get("p5")),
                num(tasks.get("p50")), num(tasks.get("p95")));
        System.out.printf(Locale.ROOT, "  Squiggle             %14.4e %14.4e %14.4e %14.4e%n", num(sq.get(0)), num(sq.get(1)), num(sq.get(2)), num(sq.get(3)));
        return 0;
    }

    private static void row(String label, Timed t, long samples) {
        System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f %,14.0f %,16.0f%n", label, t.wall(), t.cpu(), samples / t.wall(), samples / t.cpu());
    }

    private static double num(Object o) { return ((Number) o).doubleValue(); }

    private static void installSquiggle(Path dir) throws IOException, InterruptedException {
        if (Files.isDirectory(dir.resolve("node_modules/@quri/squiggle-lang"))) return;
        Files.createDirectories(dir);
        System.out.println("installing " + SQUIGGLE + " with npm into " + dir + " ...");
        Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", dir.toString(), SQUIGGLE)
                .redirectErrorStream(true).start();
        String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (npm.waitFor() != 0) throw new UserError("npm could not install " + SQUIGGLE + " (is node with npm installed?):\n" + log);
    }

    /** Runs a command; wall clock from start to exit, CPU time of the process and its children as /proc counts it. */
    private static Timed time(List<String> command, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("stderr.log");
        List<String> timed = new ArrayList<>(List.of("bash", "-c", "TIMEFORMAT='%R %U %S'; time \"$@\" 2>\"$LOG\"", "bench"));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).directory(dir.toFile());
        builder.environment().put("LOG", log.toString());
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new UserError(String.join(" ", command) + " failed:\n" + Files.readString(log));
        String[] last = err.substring(err.lastIndexOf('\n') + 1).strip().split(" ");
        double wall = Double.parseDouble(last[0]), cpu = Double.parseDouble(last[1]) + Double.parseDouble(last[2]);
        return new Timed(wall, cpu, new String(out, StandardCharsets.UTF_8));
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
