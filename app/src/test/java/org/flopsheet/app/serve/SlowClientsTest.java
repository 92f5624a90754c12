package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send their request a header line every 5 seconds (slowloris) neither hold up other
 * clients nor keep their connection: each is cut off once its request has taken longer than the
 * read limit.
 */
class SlowClientsTest {
    static final int SLOW_CLIENTS = 8;

    @TempDir Path dir;

    @Test
    void eightSlowClientsDoNotHoldUpTheOthersAndAreCutOff() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            int port = server.server.port();
            ConcurrentLinkedQueue<Long> cutOffAfterMillis = new ConcurrentLinkedQueue<>();
            List<Thread> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Thread t = Thread.ofPlatform().daemon().start(() -> cutOffAfterMillis.add(trickle(port)));
                slow.add(t);
            }
            Thread.sleep(1000);
            long deadline = System.nanoTime() + 12_000_000_000L;
            int answered = 0;
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                TestServer.Response health = server.get("/health");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, health.status());
                assertTrue(millis < 3000, "GET /health took " + millis + " ms while " + SLOW_CLIENTS + " clients trickled their headers");
                answered++;
                Thread.sleep(500);
            }
            assertTrue(answered >= 10, "answered " + answered);
            for (Thread t : slow) t.join(20_000);
            assertEquals(SLOW_CLIENTS, cutOffAfterMillis.size(), "every slow client was cut off");
            long limit = (Limits.DEFAULT.readSeconds() + 6) * 1000L;
            for (long millis : cutOffAfterMillis) {
                assertTrue(millis <= limit, "a slow client kept its connection " + millis + " ms (limit " + Limits.DEFAULT.readSeconds() + " s)");
            }
        }
    }

    /** Sends a request line, then one header line every 5 s until the server closes; returns how long that took. */
    private static long trickle(int port) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int line = 0; line < 8; line++) {
                for (int second = 0; second < 5; second++) {
                    try {
                        if (socket.getInputStream().read() < 0) return (System.nanoTime() - start) / 1_000_000;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        // nothing from the server yet
                    }
                }
                out.write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
            return Long.MAX_VALUE;
        } catch (SocketException reset) {
            return (System.nanoTime() - start) / 1_000_000;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
