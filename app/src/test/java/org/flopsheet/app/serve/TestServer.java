package org.flopsheet.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flopsheet.app.addin.ProjectFiles;

/** A real server on a free loopback port over a copy of workbooks/, and a small JSON client for it. */
final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final ApiServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Response(int status, String body, String contentType) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    /** A server as {@code flopsheet serve} starts one: writing off. */
    TestServer(Path dir) throws IOException {
        this(dir, false);
    }

    /** @param allowWrite as {@code serve --allow-write} */
    TestServer(Path dir, boolean allowWrite) throws IOException {
        this.dir = dir;
        try (var files = Files.list(ProjectFiles.workbooks())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".flop")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        server = ApiServer.start("127.0.0.1", 0, dir, null, Access.loopbackReadOnly().withWrite(allowWrite));
    }

    String token() { return server.access().token(); }

    /** Waits until files just written have settled, so that the server reads them. */
    static void awaitSettled() {
        try {
            Thread.sleep(SheetDirectory.SETTLE.toMillis() + 250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url(String path) { return server.origin() + path; }

    Response get(String path) { return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build()); }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
