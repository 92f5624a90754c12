package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In the JSON API a % input takes the fraction (as Excel passes a 50%-formatted cell) or a typed "50%"; values come back as fractions. */
class PercentApiTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "utilization: {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # JSON value      | gpus | utilization back
        0.65              | 616  | 0.65
        "65%"             | 616  | 0.65
        "65 %"            | 616  | 0.65
        "0.65"            | 616  | 0.65
        0.5               | 800  | 0.5
        """)
    void aPercentInputIsTheFraction(String json, int gpus, double back) throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Files.writeString(dir.resolve("fleet.flop"), """
                    unit GPU
                    input demand = 1e6 token/s
                    input per_gpu = 2500 token/(s*GPU)
                    input utilization = 60 %
                    gpus = ROUNDUP(demand / (per_gpu * utilization), 0) GPU
                    """);
            TestServer.awaitSettled();
            TestServer.Response r = server.post("/api/sheets/fleet/evaluate", "{\"inputs\": {\"utilization\": " + json + "}}");
            assertEquals(200, r.status(), r.body());
            JsonNode row = r.json().get("rows").get(0);
            assertEquals(gpus, row.get("gpus").asDouble());
            assertEquals(back, row.get("utilization").asDouble(), 1e-15);
            JsonNode input = server.get("/api/sheets/fleet").json().get("inputs").get(2);
            assertEquals("%", input.get("unit").asText());
            assertEquals(0.6, input.get("default").asDouble(), 1e-15);
        }
    }
}
