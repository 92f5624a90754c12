package org.flopsheet.app;

/** A failure caused by what the user asked for; the message says what to do. */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) { this(message, 2); }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() { return exitCode; }
}
