package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/import: an edited workbook in, the updated source and its diff out; written only when asked. */
class ImportApiTest {
    @TempDir Path dir;
    TestServer server;
    Path source;
    String original;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dir, true);
        source = dir.resolve("finveden.flop");
        original = Files.readString(source);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anEditedInputComesBackAsADiffAndNothingIsWritten() throws IOException {
        JsonNode answer = importWorkbook("sheet=finveden", workbookWithTrainingFlop(3e27)).json();
        assertTrue(answer.get("changed").asBoolean(), answer.toString());
        assertTrue(answer.get("diff").asText().contains("+input training_flop = 3e27 FLOP"), answer.get("diff").asText());
        assertTrue(answer.get("source").asText().contains("input training_flop = 3e27 FLOP"));
        assertTrue(answer.get("changes").get(0).asText().contains("training_flop = 3e27"), answer.get("changes").toString());
        assertFalse(answer.get("written").asBoolean());
        assertEquals(original, Files.readString(source), "nothing written unless asked");
    }

    @Test
    void writeTrueUpdatesTheSourceWhichTheServerThenUses() throws IOException {
        JsonNode answer = importWorkbook("sheet=finveden&write=true", workbookWithTrainingFlop(3e27)).json();
        assertTrue(answer.get("written").asBoolean(), answer.toString());
        assertEquals(answer.get("source").asText(), Files.readString(source));
        Files.setLastModifiedTime(source, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() + 2000));
        JsonNode row = server.post("/api/sheets/finveden/evaluate", "{}").json().get("rows").get(0);
        assertEquals(3e27, row.get("training_flop").asDouble());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
        }
    }

    /** Clients that all sent a workbook of the same source: one rewrites it, the others get 409 instead of overwriting that edit. */
    @Test
    void concurrentWritesNeverBothUpdateTheSameContent() throws Exception {
        int clients = 6;
        List<byte[]> workbooks = new ArrayList<>();
        for (int i = 0; i < clients; i++) workbooks.add(workbookWithTrainingFlop(Double.parseDouble("3e2" + (6 + i))));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestServer.Response>> answers = new ArrayList<>();
        for (byte[] workbook : workbooks) {
            answers.add(pool.submit(() -> {
                start.await();
                return importWorkbook("sheet=finveden&write=true", workbook);
            }));
        }
        start.countDown();
        Set<String> basesWritten = new HashSet<>();
        int conflicts = 0;
        for (Future<TestServer.Response> f : answers) {
            TestServer.Response r = f.get();
            if (r.status() == 409) {
                assertTrue(r.json().get("error").asText().contains("finveden.flop changed since it was read"), r.body());
                conflicts++;
                continue;
            }
            assertEquals(200, r.status(), r.body());
            assertTrue(r.json().get("written").asBoolean(), r.body());
            Matcher base = Pattern.compile("(?m)^-input training_flop = (\\S+) FLOP").matcher(r.json().get("diff").asText());
            assertTrue(base.find(), r.body());
            assertTrue(basesWritten.add(base.group(1)), "two writes were computed from the same content: one edit was lost");
        }
        pool.shutdown();
        assertTrue(conflicts > 0 || basesWritten.size() == clients, "either the writes overlapped and were refused, or each saw the one before");
    }

    @Test
    void theWorkbookSaysWhichSheetItBelongsTo() throws IOException {
        JsonNode answer = importWorkbook("", workbookWithTrainingFlop(3e27)).json();
        assertEquals("finveden", answer.get("sheet").asText(), answer.toString());
        assertTrue(answer.get("diff").asText().contains("+input training_flop = 3e27 FLOP"), answer.toString());
        assertEquals(original, Files.readString(source));
    }

    @Test
    void anUneditedWorkbookChangesNothing() throws IOException {
        JsonNode answer = importWorkbook("sheet=finveden&write=true", exported(null)).json();
        assertFalse(answer.get("changed").asBoolean(), answer.toString());
        assertEquals("", answer.get("diff").asText());
        assertFalse(answer.get("written").asBoolean());
        assertEquals(original, Files.readString(source));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sheet=finveden               | not a workbook | 422 | import refused, nothing written
            sheet=finveden               |                | 400 | the request body is empty
            ''                           | not a workbook | 422 | import refused, nothing written
            sheet=nosuch                 | not a workbook | 404 | no sheet 'nosuch'
            sheet=finveden&write=maybe   | not a workbook | 400 | 'write' is true or false
            sheet=finveden&sheet=other   | not a workbook | 400 | given twice
            """)
    void refusesWithAReason(String query, String body, int status, String message) throws IOException {
        TestServer.Response r = importWorkbook(query, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        assertEquals(status, r.status(), r.body());
        assertTrue(r.json().get("error").asText().contains(message), r.body());
        assertEquals(original, Files.readString(source));
    }

    @Test
    void onlyPost() {
        assertEquals(405, server.get("/api/import?sheet=finveden").status());
    }

    private TestServer.Response importWorkbook(String query, byte[] workbook) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/api/import" + (query.isEmpty() ? "" : "?" + query))))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("X-Flopsheet-Token", server.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)).build());
    }

    private byte[] workbookWithTrainingFlop(double value) throws IOException {
        return EditedWorkbook.of(source, value);
    }

    private byte[] exported(Double trainingFlop) throws IOException {
        return EditedWorkbook.of(source, trainingFlop);
    }
}
