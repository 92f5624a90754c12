package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API refuses an input outside its declared bounds (400, with the bound) and lists the bounds of each input. */
class BoundsApiTest {
    static final String MODEL = """
            input price = 2.5 dollar/h, >= 0
            input share = 40 %, >= 0, <= 100 %
            cost = price * share * 100 h dollar
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # inputs                        | status | body contains
        {"price": -1}                   | 400    | price = -1 dollar/h is outside its bounds: it must be >= 0
        {"price": "-1 $/h"}             | 400    | price = -1 dollar/h is outside its bounds: it must be >= 0
        {"share": 1.5}                  | 400    | share = 150 % is outside its bounds: it must be <= 100 %
        {"share": "150%"}               | 400    | share = 150 % is outside its bounds: it must be <= 100 %
        {"share": 1, "price": 0}        | 200    | "cost"
        """)
    void evaluateChecksTheBounds(String inputs, int status, String contains) throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Files.writeString(dir.resolve("bounded.flop"), MODEL);
            TestServer.awaitSettled();
            TestServer.Response r = server.post("/api/sheets/bounded/evaluate", "{\"inputs\": " + inputs + "}");
            assertEquals(status, r.status(), r.body());
            assertTrue(r.body().contains(contains), r.body());
        }
    }

    @Test
    void theSheetListsEachInputsBounds() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Files.writeString(dir.resolve("bounded.flop"), MODEL);
            TestServer.awaitSettled();
            var share = server.get("/api/sheets/bounded").json().get("inputs").get(1);
            assertEquals("share", share.get("name").asText());
            assertEquals("<=", share.at("/bounds/1/comparison").asText());
            assertEquals(1.0, share.at("/bounds/1/value").asDouble());
            assertEquals("<= 100 %", share.at("/bounds/1/written").asText());
        }
    }
}
