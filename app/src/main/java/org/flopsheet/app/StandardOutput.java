package org.flopsheet.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The process's standard output, remembering why a write failed. {@link PrintStream} swallows write
 * errors, so without this {@code flopsheet eval > /dev/full} would exit 0 having written nothing;
 * coreutils report such a failure and exit non-zero, and so does flopsheet.
 */
final class StandardOutput extends OutputStream {
    private final OutputStream out;
    private volatile IOException failure;

    private StandardOutput(OutputStream out) {
        this.out = out;
    }

    /** Replaces {@code System.out} by a stream that records its first failure. */
    static StandardOutput install() {
        StandardOutput recording = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(new BufferedOutputStream(recording, 1 << 16), true, System.out.charset()));
        return recording;
    }

    /** Why writing failed (after flushing what is left), or null when everything was written. */
    String failure() {
        System.out.flush();
        if (failure == null && System.out.checkError()) return "the output was closed";
        return failure == null ? null : failure.getMessage();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            if (failure == null) failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
