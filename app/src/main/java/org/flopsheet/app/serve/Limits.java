package org.flopsheet.app.serve;

/**
 * The bounds that keep one client from exhausting the server.
 *
 * @param workers        requests computed at once (the others wait their turn)
 * @param readSeconds    time for a client to send its whole request, headers and body
 * @param requestSeconds time for a client to read its answer
 * @param connections    open connections at once
 */
record Limits(int maxBodyBytes, int maxWorkbookBytes, int maxRows, int workers, int readSeconds, int requestSeconds, int connections) {
    static final Limits DEFAULT = new Limits(1 << 20, 10 << 20, 10_000, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 10, 60, 1000);
}
