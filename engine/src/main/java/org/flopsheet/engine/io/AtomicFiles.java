package org.flopsheet.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The one way flopsheet writes a file: readers see the old content or the new, never half of it, and
 * a write never silently replaces an edit made since the content was read. The bytes go to a temporary
 * sibling of the target (through a symbolic link, beside the file it points to), are flushed to disk,
 * and the sibling is renamed onto the target under a lock. A replaced file keeps its permissions; a
 * read-only one is refused; a new one gets the ordinary permissions.
 */
public final class AtomicFiles {
    /** What writes the content. */
    @FunctionalInterface
    public interface Body { void writeTo(OutputStream out) throws IOException; }

    private AtomicFiles() {}

    /** A replacement written piece by piece (a long batch run) and put in place only by {@link PendingFile#commit()}. */
    public static PendingFile open(Path target) throws IOException {
        return PendingFile.create(target);
    }

    public static void write(Path target, Body body) throws IOException {
        try (PendingFile pending = open(target)) {
            body.writeTo(pending.stream());
            pending.commit();
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Replaces {@code target} by {@code text} only if it still holds {@code expected} (what the caller
     * read and based the new text on), checked under the lock just before the rename.
     *
     * @throws FileChangedException when the file holds anything else; then nothing is written
     */
    public static void replaceIfUnchanged(Path target, String expected, String text) throws IOException {
        try (PendingFile pending = open(target)) {
            pending.stream().write(text.getBytes(StandardCharsets.UTF_8));
            pending.commitIfUnchanged(expected.getBytes(StandardCharsets.UTF_8));
        }
    }
}
