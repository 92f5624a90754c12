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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/sheets/{id}/simulate gives the engine's figures, takes distributions as text, and refuses what it must. */
class SimulateApiTest {
    @TempDir Path dir;
    TestServer server;

    @BeforeEach
    void start() throws IOException { server = new TestServer(dir); }

    @AfterEach
    void stop() { server.close(); }

    @Test
    void figuresAreTheEngines() throws Exception {
        Sheet sheet = Compiler.compile(dir.resolve("finveden-uncertain.flop"));
        JsonNode doc = server.post("/api/sheets/finveden_uncertain/simulate",
                "{\"samples\": 20000, \"seed\": 5, \"inputs\": {\"duration\": \"4 month\"}, \"prob\": [\"parallel_tasks>1e7\"]}").json();
        SimulationResult engine = Simulation.run(sheet, new SimulationOptions(20_000, 5, 2, Map.of("duration", 4.0),
                List.of(org.flopsheet.engine.simulate.Threshold.parse(sheet, "parallel_tasks>1e7"))));
        for (String key : new String[] {"p5", "p50", "p95"}) {
            double p = Double.parseDouble(key.substring(1)) / 100;
            assertEquals(engine.of("parallel_tasks").percentile(p), doc.at("/quantities/parallel_tasks/" + key).asDouble(), 0, key);
        }
        assertEquals(engine.of("parallel_tasks").mean(), doc.at("/quantities/parallel_tasks/mean").asDouble(), 0);
        assertEquals(4.0, doc.at("/quantities/duration/p5").asDouble());
        assertEquals(engine.probability(0), doc.at("/probabilities/parallel_tasks>1e7").asDouble(), 0);
    }

    @Test
    void aDistributionGivenAsText() throws Exception {
        Sheet sheet = Compiler.compile(dir.resolve("finveden.flop"));
        JsonNode doc = server.post("/api/sheets/finveden/simulate", "{\"inputs\": {\"training_flop\": \"1e25 to 1e27\"}}").json();
        double p5 = doc.at("/quantities/training_flop/p5").asDouble(), p95 = doc.at("/quantities/training_flop/p95").asDouble();
        assertEquals(1e25, p5, 1e25 * 0.15, "10,000 samples: the 5th percentile within five standard errors (3% each)");
        assertEquals(1e27, p95, 1e27 * 0.15);
        assertEquals(InputValues.parse(sheet, "k", "1.5"), doc.at("/quantities/k/p50").asDouble());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # body                                                   | message contains
        {"samples": 5000000}                                     | must be a whole number from 2 to 1000000
        {"inputs": {"nope": "1 to 2"}}                           | has no quantity 'nope'
        {"inputs": {"training_flop": "1 s to 2 s"}}              | is in s
        {"inputs": {"p": "1 to 2"}}                              | is a formula
        {"prob": ["parallel_tasks=3"]}                           | write NAME>VALUE
        {"color": 1}                                             | unknown field 'color'
        """)
    void refusals(String body, String message) {
        TestServer.Response r = server.post("/api/sheets/finveden/simulate", body);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains(message), r.body());
    }
}
