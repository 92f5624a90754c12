package org.flopsheet.engine.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A file being written under a temporary name beside its target, renamed onto the target by
 * {@link #commit()}; {@link #close()} without a commit deletes it, as does the JVM's exit (Ctrl-C).
 */
public final class PendingFile implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** File locks belong to the process, so threads of one process also queue here. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private final Thread cleanupOnExit;
    private boolean committed;

    private PendingFile(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        this.cleanupOnExit = new Thread(this::deleteTemp, "delete-" + temp.getFileName());
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    static PendingFile create(Path requested) throws IOException {
        Path target = followLinks(requested.toAbsolutePath());
        if (Files.isDirectory(target)) throw new IOException(requested + " is a folder, not a file; name a file");
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) throw new NoSuchFileException(folder.toString(), null, "no such folder");
        if (Files.exists(target) && isReadOnly(target)) throw readOnly(requested);
        while (true) {
            Path temp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                // not Files.createTempFile: its file is private to the owner, and would stay so after the rename
                return new PendingFile(target, temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException taken) {
                // another writer's temporary file: draw another name
            }
        }
    }

    /** Where the bytes go until the commit. */
    public OutputStream stream() { return out; }

    /** Puts the new content in place, whatever the target holds now. */
    public void commit() throws IOException {
        commitIfUnchanged(null);
    }

    /**
     * Puts the new content in place if the target still holds {@code expected} (null: whatever it holds).
     *
     * @throws FileChangedException when it holds anything else; the target is then left as it is
     */
    public void commitIfUnchanged(byte[] expected) throws IOException {
        out.flush();
        channel.force(true);
        out.close();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(target, t -> new ReentrantLock());
        if (Files.exists(target) && isReadOnly(target)) throw readOnly(target);
        inProcess.lock();
        try (FileChannel lockable = Files.exists(target) ? openForLock() : null;
             FileLock lock = lockable == null ? null : lockable.lock()) {
            if (expected != null && (lockable == null || !Arrays.equals(expected, Files.readAllBytes(target)))) {
                throw new FileChangedException(target);
            }
            keepPermissions();
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
            syncFolder();
        } finally {
            inProcess.unlock();
        }
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

    private FileChannel openForLock() throws IOException {
        try {
            return FileChannel.open(target, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw readOnly(target);
        }
    }

    /** Marked read-only: not writable by this user, or without its owner's write permission (which root would ignore). */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.isWritable(file)) return true;
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return posix != null && !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    }

    private static AccessDeniedException readOnly(Path file) {
        return new AccessDeniedException(file.toString(), null, "the file is read-only; nothing written (make it writable to update it)");
    }

    private void keepPermissions() throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null && Files.exists(target)) to.setPermissions(from.readAttributes().permissions());
    }

    /** Makes the rename itself durable: without it a crash can bring the old file back. */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException notSupported) {
            // some systems (Windows) cannot open a folder to sync it; the file itself is synced
        }
    }

    /** The file a chain of symbolic links ends at, so that writing replaces it and not the link. */
    private static Path followLinks(Path path) throws IOException {
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) throw new IOException(path + ": too many levels of symbolic links");
            path = path.resolveSibling(Files.readSymbolicLink(path)).toAbsolutePath().normalize();
        }
        Path folder = path.getParent();
        return Files.isDirectory(folder) ? folder.toRealPath().resolve(path.getFileName()) : path;
    }

    private void deleteTemp() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            System.err.println("flopsheet: could not delete the temporary file " + temp + ": " + e.getMessage());
        }
    }
}
