package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 clients, each with its own connection, send a bounded number of evaluations at once; every
 * answer must be the engine's, none may fail, and the server must be healthy afterwards. The time
 * limit only stops a hang; nothing here measures speed.
 */
class ConcurrentClientsTest {
    private static final int CLIENTS = 50;
    private static final int REQUESTS_PER_CLIENT = 40;

    @TempDir Path dir;

    @Test
    void fiftyClientsGetCorrectAnswers() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Sheet sheet = Compiler.compile(dir.resolve("finveden.flop"));
            assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                try {
                    List<Future<Integer>> results = new ArrayList<>();
                    for (int c = 0; c < CLIENTS; c++) {
                        int seed = c;
                        results.add(clients.submit(() -> client(sheet, server, new Random(seed))));
                    }
                    int checked = 0;
                    for (Future<Integer> f : results) checked += f.get();
                    assertEquals(CLIENTS * REQUESTS_PER_CLIENT * 3, checked);
                } finally {
                    clients.shutdownNow();
                }
            });
            TestServer.Response health = server.get("/health");
            assertEquals(200, health.status());
            assertEquals("ok", health.json().get("status").asText());
        }
    }

    /** Sends this client's requests on its own connection and checks each answer; returns how many rows it checked. */
    private static int client(Sheet sheet, TestServer shared, Random random) throws IOException {
        java.net.http.HttpClient own = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        int checked = 0;
        for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
            List<Map<String, Double>> rows = new ArrayList<>();
            StringBuilder body = new StringBuilder("{\"rows\": [");
            for (int r = 0; r < 3; r++) {
                double flop = Math.pow(10, 20 + 15 * random.nextDouble());
                double rate = random.nextInt(4) == 0 ? 0 : 1 + 99 * random.nextDouble();
                rows.add(Map.of("training_flop", flop, "task_rate", rate));
                body.append(r > 0 ? ", " : "").append("{\"training_flop\": ").append(flop).append(", \"task_rate\": ").append(rate).append("}");
            }
            body.append("]}");
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(shared.url("/api/sheets/finveden/evaluate")))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build();
            String answer;
            try {
                var response = own.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), response.body());
                answer = response.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            JsonNode json = TestServer.JSON.readTree(answer);
            for (int r = 0; r < 3; r++) {
                var expected = sheet.evaluate(rows.get(r)).values();
                JsonNode got = json.get("rows").get(r);
                for (Quantity q : sheet.quantities()) {
                    String text = got.get(q.name()).isNumber() ? org.flopsheet.engine.eval.NumberText.shortest(got.get(q.name()).asDouble()) : got.get(q.name()).asText();
                    assertEquals(expected.get(q.name()).text(), text, q.name() + " in " + rows.get(r));
                }
                checked++;
            }
        }
        return checked;
    }
}
