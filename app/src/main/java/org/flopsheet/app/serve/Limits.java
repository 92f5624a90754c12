package org.flopsheet.app.serve;

/** The bounds that keep one client from exhausting the server. */
record Limits(int maxBodyBytes, int maxWorkbookBytes, int maxRows, int threads, int queue, int requestSeconds) {
    static final Limits DEFAULT = new Limits(1 << 20, 10 << 20, 10_000, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 256, 60);
}
