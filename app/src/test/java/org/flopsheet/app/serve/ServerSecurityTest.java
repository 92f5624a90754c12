package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a web page, a rebinding attacker or a program without the token can and cannot do, sent as
 * raw HTTP to two real servers: one started as {@code serve} (writing off) and one as
 * {@code serve --allow-write}. A refused request writes nothing.
 */
class ServerSecurityTest {
    @TempDir static Path readOnlyDir;
    @TempDir static Path writableDir;
    static TestServer readOnly, writable;

    @BeforeAll
    static void start() throws IOException {
        readOnly = new TestServer(readOnlyDir, false);
        writable = new TestServer(writableDir, true);
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        writable.close();
    }

    @ParameterizedTest(name = "{0}: {1} {2} Host={3} Origin={4} Sec-Fetch-Site={5} token={6} -> {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # server | method | path                                 | Host                   | Origin                     | Sec-Fetch-Site | token | status | message                                         | written
            writable | GET    | /health                              | 127.0.0.1:{port}       | -                          | -              | none  | 200    | "status":"ok"                                   | no
            writable | GET    | /health                              | localhost:{port}       | -                          | -              | none  | 200    | "status":"ok"                                   | no
            writable | GET    | /health                              | [::1]:{port}           | -                          | -              | none  | 200    | "status":"ok"                                   | no
            writable | GET    | /health                              | LOCALHOST.:{port}      | -                          | -              | none  | 200    | "status":"ok"                                   | no
            writable | GET    | /api/sheets                          | attacker.example       | -                          | -              | none  | 403    | answers only to the host names                  | no
            writable | GET    | /api/sheets                          | attacker.example:{port}| -                          | -              | none  | 403    | answers only to the host names                  | no
            writable | GET    | /manifest.xml                        | attacker.example:{port}| -                          | -              | none  | 403    | answers only to the host names                  | no
            writable | GET    | /taskpane/taskpane.html              | attacker.example:{port}| -                          | -              | none  | 403    | answers only to the host names                  | no
            writable | GET    | /health                              | -                      | -                          | -              | none  | 403    | answers only to the host names                  | no
            writable | POST   | /api/import?sheet=finveden&write=true| attacker.example:{port}| -                          | -              | token | 403    | answers only to the host names                  | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | https://evil.example       | -              | none  | 403    | requests from another origin                    | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | https://evil.example       | cross-site     | token | 403    | requests from another origin                    | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | null                       | cross-site     | token | 403    | requests from another origin                    | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | http://localhost:{port}    | same-site      | token | 403    | requests from another origin                    | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | -                          | cross-site     | token | 403    | requests from another site                      | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | -                          | -              | none  | 403    | needs the server's token                        | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | -                          | -              | wrong | 403    | needs the server's token                        | no
            writable | POST   | /api/import?sheet=finveden           | 127.0.0.1:{port}       | -                          | -              | none  | 403    | needs the server's token                        | no
            writable | POST   | /api/import?sheet=finveden           | 127.0.0.1:{port}       | http://127.0.0.1:{port}    | same-origin    | token | 200    | "written":false                                 | no
            writable | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | http://127.0.0.1:{port}    | same-origin    | token | 200    | "written":true                                  | yes
            writable | POST   | /api/import?sheet=finveden&write=true| localhost:{port}       | -                          | -              | token | 200    | "written":true                                  | yes
            readOnly | POST   | /api/import?sheet=finveden&write=true| 127.0.0.1:{port}       | http://127.0.0.1:{port}    | same-origin    | token | 403    | writing is off on this server                   | no
            readOnly | POST   | /api/import?sheet=finveden           | 127.0.0.1:{port}       | -                          | -              | token | 200    | "written":false                                 | no
            readOnly | POST   | /api/sheets/finveden/evaluate        | 127.0.0.1:{port}       | https://evil.example       | cross-site     | none  | 403    | requests from another origin                    | no
            readOnly | POST   | /api/sheets/finveden/evaluate        | 127.0.0.1:{port}       | http://127.0.0.1:{port}    | same-origin    | none  | 200    | "parallel_tasks"                                | no
            readOnly | POST   | /api/sheets/finveden/evaluate        | 127.0.0.1:{port}       | -                          | -              | none  | 200    | "parallel_tasks"                                | no
            """)
    void refusesWhatItMustAndServesTheRest(String which, String method, String path, String host, String origin, String fetchSite,
                                           String token, int status, String message, String written) throws IOException {
        TestServer server = which.equals("writable") ? writable : readOnly;
        Path source = server.dir.resolve("finveden.flop");
        Files.copy(Path.of("../workbooks/finveden.flop"), source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String before = Files.readString(source);
        String port = String.valueOf(server.server.port());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host == null ? null : host.replace("{port}", port));
        headers.put("Origin", origin == null ? null : origin.replace("{port}", port));
        headers.put("Sec-Fetch-Site", fetchSite);
        headers.put("X-Flopsheet-Token", switch (token) {
            case "token" -> server.token();
            case "wrong" -> server.token().substring(1) + "0";
            default -> null;
        });
        boolean isImport = path.startsWith("/api/import");
        headers.put("Content-Type", isImport ? "text/plain" : "application/json");
        byte[] body = isImport ? EditedWorkbook.of(source, 3e27) : "{}".getBytes(StandardCharsets.UTF_8);

        RawHttp.Answer answer = RawHttp.send(server.server.port(), method, path, headers, body);
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.body().contains(message), answer.body());
        if (written.equals("yes")) assertTrue(Files.readString(source).contains("input training_flop = 3e27 FLOP"), "written");
        else assertEquals(before, Files.readString(source), "nothing written");
    }

    @Test
    void theTaskPanePageCarriesTheTokenAndTheManifestOnlyAnAllowedHost() throws IOException {
        String page = readOnly.get("/taskpane/taskpane.html").body();
        assertTrue(page.contains("<meta name=\"flopsheet-token\" content=\"" + readOnly.token() + "\">"), page);
        assertFalse(writable.get("/taskpane/taskpane.html").body().contains(readOnly.token()), "each server has its own token");
        int port = readOnly.server.port();
        RawHttp.Answer manifest = RawHttp.send(port, "GET", "/manifest.xml", Map.of("Host", "localhost:" + port), new byte[0]);
        assertEquals(200, manifest.status());
        assertTrue(manifest.body().contains("http://localhost:" + port + "/taskpane/taskpane.html"), manifest.body());
        assertFalse(manifest.body().contains("attacker"));
    }

    @Test
    void errorsNameFilesNotWhereTheyLive() throws IOException {
        Files.writeString(readOnlyDir.resolve("broken.flop"), "input a = 2\nb = a +\n");
        TestServer.awaitSettled();
        String absolute = readOnlyDir.toAbsolutePath().toString();
        String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
        for (String answer : new String[] {
                readOnly.get("/api/sheets").body(),
                readOnly.get("/api/sheets/broken").body(),
                RawHttp.send(readOnly.server.port(), "POST", "/api/import?sheet=finveden",
                        Map.of("Host", "127.0.0.1", "X-Flopsheet-Token", readOnly.token()), "PK not a zip".getBytes(StandardCharsets.UTF_8)).body()}) {
            assertFalse(answer.contains(absolute), answer);
            assertFalse(answer.contains(tmp + "/"), answer);
        }
        assertTrue(readOnly.get("/api/sheets/broken").body().contains("broken.flop:2:"));
        Files.delete(readOnlyDir.resolve("broken.flop"));
    }
}
