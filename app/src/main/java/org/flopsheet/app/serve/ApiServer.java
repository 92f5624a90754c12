package org.flopsheet.app.serve;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * The add-in backend: the JSON API over a folder of sheets and the add-in's files, from one origin,
 * on the JDK's HTTP server. Each connection has a virtual thread, so clients that send their request
 * slowly wait on their own; the work itself (evaluating, importing, building workbooks) runs at most
 * a bounded number at a time.
 */
public final class ApiServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService connections;
    private final String origin;
    private final Access access;

    /** A server with a fresh token, writing off, answering to the loopback names (and {@code host}, when it is an address of its own). */
    public static ApiServer start(String host, int port, Path sheetDir, SSLContext tls) throws IOException {
        return start(host, port, sheetDir, tls, Access.loopbackReadOnly());
    }

    /**
     * @param host   where to listen (127.0.0.1 unless the user asks for more)
     * @param port   0 for any free port
     * @param tls    null for plain HTTP
     * @param access the token, whether writing is allowed, and the host names to answer to
     */
    public static ApiServer start(String host, int port, Path sheetDir, SSLContext tls, Access access) throws IOException {
        return new ApiServer(host, port, new SheetDirectory(sheetDir, SheetDirectory.SETTLE), tls, Limits.DEFAULT, access);
    }

    private ApiServer(String host, int port, SheetDirectory sheets, SSLContext tls, Limits limits, Access access) throws IOException {
        sheets.snapshot();
        // The JDK server reads these once, when it is first used: a client that trickles its request
        // (headers and body) is cut off after a few seconds; one that never reads its answer after a minute.
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", String.valueOf(limits.readSeconds())));
        System.setProperty("sun.net.httpserver.maxRspTime", System.getProperty("sun.net.httpserver.maxRspTime", String.valueOf(limits.requestSeconds())));
        System.setProperty("jdk.httpserver.maxConnections", System.getProperty("jdk.httpserver.maxConnections", String.valueOf(limits.connections())));
        InetSocketAddress address = new InetSocketAddress(host, port);
        InetAddress bound = address.getAddress();
        if (!bound.isAnyLocalAddress()) access = access.withHosts(new TreeSet<>(List.of(bound.getHostAddress(), host)));
        this.access = access;
        if (tls != null) {
            HttpsServer https = HttpsServer.create(address, 128);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        } else {
            server = HttpServer.create(address, 128);
        }
        connections = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("flopsheet-http-", 1).factory());
        server.setExecutor(connections);
        server.createContext("/", new Routes(sheets, limits, tls != null, access));
        server.start();
        String shownHost = bound.isAnyLocalAddress() ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        origin = (tls != null ? "https" : "http") + "://" + shownHost + ":" + server.getAddress().getPort();
    }

    public int port() { return server.getAddress().getPort(); }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String origin() { return origin; }

    /** The token, write permission and host names this server was started with. */
    public Access access() { return access; }

    @Override
    public void close() {
        server.stop(0);
        connections.shutdownNow();
    }
}
