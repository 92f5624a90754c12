package org.flopsheet.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the bytes go to a
 * temporary sibling, which is then renamed onto the target. A replaced file keeps its permissions;
 * a new one gets the ordinary ones (not the owner-only ones of {@code Files.createTempFile}).
 */
public final class AtomicFiles {
    /** What writes the content. */
    @FunctionalInterface
    public interface Body { void writeTo(OutputStream out) throws IOException; }

    private AtomicFiles() {}

    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path temp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            keepPermissions(abs, temp);
            Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void keepPermissions(Path original, Path replacement) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (from != null && to != null && Files.exists(original)) to.setPermissions(from.readAttributes().permissions());
    }
}
