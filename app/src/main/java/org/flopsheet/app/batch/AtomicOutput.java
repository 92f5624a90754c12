package org.flopsheet.app.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name in the target's folder and renamed onto the target only by
 * {@link #commit}: a run that fails or is interrupted leaves any existing file as it was, and no
 * half-written file under the target name. {@link #close} without commit deletes the temporary file.
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private final Thread cleanupOnExit;
    private boolean committed;

    private AtomicOutput(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        this.cleanupOnExit = new Thread(this::deleteTemp, "delete-" + temp.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    static AtomicOutput to(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) throw new IOException(target + " is a folder; --out needs a file name");
        return new AtomicOutput(absolute, Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp"));
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
