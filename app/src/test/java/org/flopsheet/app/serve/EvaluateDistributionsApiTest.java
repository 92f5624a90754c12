package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /api/sheets/{id}/evaluate with distributions as input values ("1e25 to 1e27"): point values are medians, and the row's percentiles come along. */
class EvaluateDistributionsApiTest {
    @TempDir Path dir;
    TestServer server;

    @BeforeEach
    void start() throws IOException { server = new TestServer(dir); }

    @AfterEach
    void stop() { server.close(); }

    @Test
    void aRowWithADistributionGivesItsMedianAndTheEnginesPercentiles() throws Exception {
        Sheet sheet = Compiler.compile(dir.resolve("finveden.flop"));
        JsonNode doc = server.post("/api/sheets/finveden/evaluate",
                "{\"rows\": [{\"training_flop\": 3e27}, {\"training_flop\": \"1e25 to 1e27\", \"duration\": \"4 month\"}], \"seed\": 7}").json();
        SimulationResult engine = Simulation.run(sheet, new SimulationOptions(10_000, 7, 1, Map.of("duration", InputValues.parse(sheet, "duration", "4 month")),
                List.of(), Map.of("training_flop", InputValues.distribution(sheet, "training_flop", "1e25 to 1e27"))));
        assertTrue(doc.at("/percentiles/0").isNull(), "a row of plain values is not simulated: " + doc.get("percentiles"));
        assertEquals(1e26, doc.at("/rows/1/training_flop").asDouble(), 1e26 * 1e-15, "the point value of 1e25 to 1e27 is its median");
        for (String key : List.of("p5", "p50", "p95")) {
            double p = Double.parseDouble(key.substring(1)) / 100;
            assertEquals(engine.of("parallel_tasks").percentile(p), doc.at("/percentiles/1/parallel_tasks/" + key).asDouble(), 0, key);
        }
        assertEquals(10_000, doc.get("samples").asLong());
        assertEquals(7, doc.get("seed").asLong());
    }

    @Test
    void samplesSimulatesEveryRowAndASheetsOwnDistributions() throws Exception {
        JsonNode doc = server.post("/api/sheets/finveden_uncertain/evaluate", "{\"inputs\": {}, \"samples\": 5000}").json();
        JsonNode tasks = doc.at("/percentiles/0/parallel_tasks");
        assertTrue(tasks.get("p5").asDouble() < tasks.get("p50").asDouble() && tasks.get("p50").asDouble() < tasks.get("p95").asDouble(), tasks.toString());
        JsonNode plain = server.post("/api/sheets/finveden/evaluate", "{\"inputs\": {\"training_flop\": 3e27}, \"samples\": 100}").json();
        double value = plain.at("/rows/0/parallel_tasks").asDouble();
        for (String key : List.of("p5", "p50", "p95")) assertEquals(value, plain.at("/percentiles/0/parallel_tasks/" + key).asDouble(), 0, "nothing uncertain: " + key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # body                                                              | status | message contains
        {"inputs": {"training_flop": "1 s to 2 s"}}                         | 400    | is in s
        {"inputs": {"training_flop": "normal(1,"}}                          | 400    | inputs.training_flop: bad distribution
        {"inputs": {}, "samples": 1}                                        | 400    | must be a whole number from 2 to 1000000
        {"rows": [{"training_flop": "1 to 2"}, {"k": "1 to 2"}], "samples": 600000} | 413 | more than 1000000 samples in one request
        """)
    void refusals(String body, int status, String message) {
        TestServer.Response r = server.post("/api/sheets/finveden/evaluate", body);
        assertEquals(status, r.status(), r.body());
        assertTrue(r.body().contains(message), r.body());
    }
}
