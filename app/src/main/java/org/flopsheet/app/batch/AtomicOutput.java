package org.flopsheet.app.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * A file written under a temporary name in the target's folder and renamed onto the target only by
 * {@link #commit}: a run that fails or is interrupted leaves any existing file as it was, and no
 * half-written file under the target name. {@link #close} without commit deletes the temporary file.
 */
final class AtomicOutput implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private final Thread cleanupOnExit;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.cleanupOnExit = new Thread(this::deleteTemp, "delete-" + temp.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    static AtomicOutput to(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) throw new IOException(target + " is a folder; --out needs a file name");
        if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.toString());
        while (true) {
            Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                // not Files.createTempFile: its file is private to the owner, and the results would stay so after the rename
                return new AtomicOutput(absolute, temp, Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException taken) {
                // another run's temporary file: draw another name
            }
        }
    }

    OutputStream stream() { return out; }

    void commit() throws IOException {
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!committed) {
                out.close();
                deleteTemp();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
            } catch (IllegalStateException exiting) {
                // the hook is running or about to: it deletes the temporary file itself
            }
        }
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            System.err.println("flopsheet: could not delete the temporary file " + temp + ": " + e.getMessage());
        }
    }
}
