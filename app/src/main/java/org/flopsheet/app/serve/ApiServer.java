package org.flopsheet.app.serve;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The add-in backend: the JSON API over a folder of sheets and the add-in's files, from one origin,
 * on the JDK's HTTP server with a bounded pool of worker threads.
 */
public final class ApiServer implements AutoCloseable {
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final String origin;

    /**
     * @param host where to listen (127.0.0.1 unless the user asks for more)
     * @param port 0 for any free port
     * @param tls  null for plain HTTP
     */
    public static ApiServer start(String host, int port, Path sheetDir, SSLContext tls) throws IOException {
        return new ApiServer(host, port, new SheetDirectory(sheetDir), tls, Limits.DEFAULT);
    }

    private ApiServer(String host, int port, SheetDirectory sheets, SSLContext tls, Limits limits) throws IOException {
        sheets.snapshot();
        // The JDK server reads these once, when it is first used: a client that trickles a request
        // or never reads its answer is cut off instead of holding a worker forever.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", String.valueOf(limits.requestSeconds())));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", String.valueOf(limits.requestSeconds())));
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (tls != null) {
            HttpsServer https = HttpsServer.create(address, 128);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        } else {
            server = HttpServer.create(address, 128);
        }
        AtomicInteger count = new AtomicInteger();
        // A full queue makes the accepting thread run the request itself: that slows clients down instead of dropping them.
        workers = new ThreadPoolExecutor(limits.threads(), limits.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queue()), r -> {
                    Thread t = new Thread(r, "flopsheet-http-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(workers);
        server.createContext("/", new Routes(sheets, limits, tls != null));
        server.start();
        String shownHost = address.getAddress().isAnyLocalAddress() ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        origin = (tls != null ? "https" : "http") + "://" + shownHost + ":" + server.getAddress().getPort();
    }

    public int port() { return server.getAddress().getPort(); }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String origin() { return origin; }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
