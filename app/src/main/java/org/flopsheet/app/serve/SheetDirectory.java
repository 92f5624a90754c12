package org.flopsheet.app.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;

/**
 * The {@code *.flop} files of one folder, compiled. Every call to {@link #snapshot()} looks at the
 * folder again and recompiles only the files whose modification time or size changed, so an edited
 * model is picked up without a restart. A file that does not compile is reported, not fatal.
 *
 * <p>A file that is being written is not read: one changed less than the settling time ago, or
 * whose time or size moved while it was read, keeps its last complete version (a new file appears
 * once it has settled), so a half-saved file is never served as a valid, shorter sheet. The files
 * found by the first look are read as they are.
 */
public final class SheetDirectory {
    /** How long the server waits after a file's last change before reading it. */
    public static final Duration SETTLE = Duration.ofMillis(750);

    private final Path dir;
    private final Duration settle;
    private final Map<Path, Loaded> cache = new HashMap<>();
    private Snapshot last = new Snapshot(Map.of(), Map.of(), List.of(), 0);
    private long version;

    /** The files as they are, for one-off commands (nothing else is writing them). */
    public SheetDirectory(Path dir) {
        this(dir, Duration.ZERO);
    }

    public SheetDirectory(Path dir, Duration settle) {
        this.dir = dir;
        this.settle = settle;
    }

    public Path dir() { return dir; }

    /** A file that did not compile, with the compiler's message (file:line:col, source line, hint). */
    public record Broken(String file, String error) {}

    /**
     * The sheets by id (their {@code sheet} name) in file-name order, the file of each, the broken
     * files, and a version number that changes whenever anything changed.
     */
    public record Snapshot(Map<String, Sheet> sheets, Map<String, Path> files, List<Broken> broken, long version) {
        public Sheet sheet(String id) { return sheets.get(id); }
    }

    private record Stamp(FileTime modified, long size) {}

    private record Loaded(Stamp stamp, Sheet sheet, String error) {}

    /** The folder as it is now. */
    public synchronized Snapshot snapshot() {
        List<Path> files = flopFiles();
        Map<Path, Loaded> seen = new HashMap<>();
        for (Path file : files) {
            Stamp stamp = stamp(file);
            Loaded loaded = cache.get(file);
            if (loaded == null || !loaded.stamp().equals(stamp)) {
                Loaded fresh = version == 0 || settled(stamp) ? load(file, stamp) : null;
                if (fresh != null) loaded = fresh;
            }
            if (loaded != null) seen.put(file, loaded);
        }
        if (seen.equals(cache)) return last;
        cache.clear();
        cache.putAll(seen);
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        Map<String, Path> sources = new HashMap<>();
        List<Broken> broken = new ArrayList<>();
        for (Path file : files) {
            Loaded loaded = seen.get(file);
            if (loaded == null) continue;
            String fileName = file.getFileName().toString();
            if (loaded.error() != null) broken.add(new Broken(fileName, loaded.error()));
            else if (sheets.containsKey(loaded.sheet().name())) {
                broken.add(new Broken(fileName, fileName + ": the sheet name '" + loaded.sheet().name()
                        + "' is already used by another file; give it its own name with a 'sheet NAME' line"));
            } else {
                sheets.put(loaded.sheet().name(), loaded.sheet());
                sources.put(loaded.sheet().name(), file);
            }
        }
        last = new Snapshot(Collections.unmodifiableMap(sheets), Map.copyOf(sources), List.copyOf(broken), ++version);
        return last;
    }

    /** Not changed within the settling time (a time in the future, as a copy with preserved times may give, counts as settled). */
    private boolean settled(Stamp stamp) {
        long age = System.currentTimeMillis() - stamp.modified().toMillis();
        return age >= settle.toMillis() || age < 0;
    }

    private List<Path> flopFiles() {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no folder " + dir + " (give the folder of .flop files with --dir)");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".flop") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return new Stamp(FileTime.fromMillis(0), -1);
        }
    }

    /** The file compiled as it was read, or null when it changed while being read. */
    private static Loaded load(Path file, Stamp stamp) {
        String fileName = file.getFileName().toString();
        SourceFile source;
        try {
            source = SourceFile.of(fileName, SourceFile.read(file).text());
        } catch (IOException | UncheckedIOException e) {
            return new Loaded(stamp, null, fileName + ": cannot read: " + e.getMessage());
        }
        if (!stamp(file).equals(stamp)) return null;
        try {
            return new Loaded(stamp, Compiler.compile(source), null);
        } catch (FlopError e) {
            return new Loaded(stamp, null, e.getMessage());
        }
    }
}
