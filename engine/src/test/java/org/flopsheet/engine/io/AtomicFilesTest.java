package org.flopsheet.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file writer: whole files or nothing, through links, with the file's permissions, never over an edit it did not see. */
class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void writingThroughASymbolicLinkReplacesTheFileItPointsTo() throws IOException {
        Path real = Files.createDirectory(dir.resolve("models")).resolve("model.flop");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.flop"), Path.of("models", "model.flop"));
        AtomicFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("model.flop"), names(real.getParent()), "no temporary file left beside the target");
    }

    @Test
    void aReadOnlyFileIsRefusedAndKept() throws IOException {
        Path file = dir.resolve("model.flop");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> AtomicFiles.writeString(file, "new"));
        assertTrue(refused.getReason().contains("read-only"), refused.getMessage());
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("model.flop"), names(dir));
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsNotOwnerOnly() throws IOException {
        Path shared = dir.resolve("shared.flop");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeString(shared, "new");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

        Path fresh = dir.resolve("fresh.flop");
        AtomicFiles.writeString(fresh, "new");
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(fresh);
        assertTrue(permissions.contains(PosixFilePermission.OWNER_WRITE));
        assertTrue(permissions.contains(PosixFilePermission.OTHERS_READ) || permissions.contains(PosixFilePermission.GROUP_READ),
                "ordinary permissions, as the process's umask gives: " + PosixFilePermissions.toString(permissions));
    }

    @Test
    void anEditMadeSinceTheReadIsNotOverwritten() throws IOException {
        Path file = dir.resolve("model.flop");
        Files.writeString(file, "as read");
        Files.writeString(file, "an editor's save");
        FileChangedException refused = assertThrows(FileChangedException.class,
                () -> AtomicFiles.replaceIfUnchanged(file, "as read", "the import's result"));
        assertTrue(refused.getMessage().contains("model.flop changed since it was read"), refused.getMessage());
        assertEquals("an editor's save", Files.readString(file));
        assertEquals(List.of("model.flop"), names(dir));

        AtomicFiles.replaceIfUnchanged(file, "an editor's save", "the import's result");
        assertEquals("the import's result", Files.readString(file));
    }

    @Test
    void ofManyWritersThatReadTheSameContentExactlyOneWins() throws Exception {
        Path file = dir.resolve("model.flop");
        Files.writeString(file, "original");
        int writers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String text = "edit " + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    AtomicFiles.replaceIfUnchanged(file, "original", text);
                    return true;
                } catch (FileChangedException lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> f : outcomes) if (f.get()) won++;
        pool.shutdown();
        assertEquals(1, won, "one writer wins, every other is told the file changed");
        assertTrue(Files.readString(file).startsWith("edit "));
        assertEquals(List.of("model.flop"), names(dir));
    }

    @Test
    void anUncommittedFileLeavesTheTargetAsItWas() throws IOException {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "old");
        try (PendingFile pending = AtomicFiles.open(file)) {
            pending.stream().write("half of the new".getBytes());
        }
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("results.csv"), names(dir));
        assertFalse(Files.exists(dir.resolve("other.csv")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
