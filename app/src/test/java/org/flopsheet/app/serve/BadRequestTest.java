package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refused request gets a 4xx and a JSON error that says what was wrong. */
class BadRequestTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"inputs": {"training_flop": 3e27           | 400 | malformed JSON
            {"inputs": {"trainng_flop": 1}}             | 400 | no quantity 'trainng_flop'; did you mean 'training_flop'?
            {"inputs": {"p": 1}}                        | 400 | 'p' is a formula
            {"inputs": {"training_flop": "lots"}}       | 400 | inputs.training_flop: bad value 'lots'
            {"inputs": {"duration": "4 FLOP"}}          | 400 | inputs.duration
            {"inputs": {"training_flop": [1]}}          | 400 | expected a number or text
            {"inputs": {"training_flop": null}}         | 400 | expected a number or text
            {"inputs": {"training_flop": 1e999}}        | 400 | too large
            [1, 2]                                      | 400 | must be a JSON object
            {"inputs": 5}                               | 400 | inputs must be an object
            {"rows": {"a": 1}}                          | 400 | "rows" must be a list
            {"rows": [{"h": 1}, 7]}                     | 400 | rows[1] must be an object
            {"inputs": {}, "rows": []}                  | 400 | not both
            {"input": {"h": 1}}                         | 400 | unknown field 'input'
            {"inputs": {"h": 1}} {"more": 1}            | 400 | malformed JSON
            {"inputs": {"h": 1, "h": 2}}                | 400 | malformed JSON
            """)
    void evaluateRefuses(String body, int status, String message) {
        assertError(server.post("/api/sheets/finveden/evaluate", body), status, message);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/sheets/nosuch                   | 404 | no sheet 'nosuch'; the sheets are: accelerators, chinchilla, finveden_uncertain, finveden,
            POST   | /api/sheets/nosuch/evaluate          | 404 | no sheet 'nosuch'
            GET    | /api/sheets/finveden/evaluate        | 405 | use POST
            DELETE | /api/sheets/finveden                 | 405 | use GET
            GET    | /api/nothing                         | 404 | no such API endpoint
            GET    | /nothing.html                        | 404 | no such file
            """)
    void routesRefuse(String method, String path, int status, String message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody()).build();
        assertError(server.send(request), status, message);
    }

    @Test
    void anOversizedBodyIsRefusedWithoutReadingItAll() {
        String huge = "{\"rows\": [" + "{\"h\": 1.5},".repeat(200_000) + "{}]}";
        assertError(server.post("/api/sheets/finveden/evaluate", huge), 413, "larger than");
        assertEquals(200, server.get("/health").status());
    }

    @Test
    void tooManyRowsAreRefused() {
        String many = "{\"rows\": [" + "{},".repeat(Limits.DEFAULT.maxRows()) + "{}]}";
        assertError(server.post("/api/sheets/finveden/evaluate", many), 413, "too many rows");
    }

    private static void assertError(TestServer.Response r, int status, String message) {
        assertEquals(status, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals(status, json.get("status").asInt());
        assertTrue(json.get("error").asText().contains(message), "'" + json.get("error").asText() + "' should say: " + message);
    }
}
