package org.flopsheet.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The file to be replaced is no longer what the writer read: someone else (another import, an
 * editor's save) wrote it in between. Nothing was written, so their edit is not lost.
 */
public final class FileChangedException extends IOException {
    private final Path file;

    FileChangedException(Path file) {
        super(file.getFileName() + " changed since it was read (another import or an editor saved it); nothing written, run again on the file as it is now");
        this.file = file;
    }

    public Path file() { return file; }
}
