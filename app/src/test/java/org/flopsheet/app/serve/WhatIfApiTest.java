package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Solve and sensitivity over HTTP, on every shipped model. */
class WhatIfApiTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void solveGivesTheClosedFormForFinveden() {
        TestServer.Response r = server.post("/api/sheets/finveden/solve",
                "{\"output\": \"parallel_tasks\", \"target\": 1e8, \"vary\": \"training_flop\"}");
        assertEquals(200, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals("exact", json.get("method").asText());
        double closedForm = Math.pow(1e8 * 1e7 * 10, 2) * 1.5 / (3 * 1.5 * 20);
        assertEquals(closedForm, json.get("value").asDouble(), 1e-14 * closedForm);
    }

    @Test
    void aTargetWithAUnitAndAScenario() {
        TestServer.Response r = server.post("/api/sheets/finveden/solve",
                "{\"output\": \"tokens_per_s\", \"target\": \"345.6e9 token/day\", \"vary\": \"duration\", \"scenario\": \"training_flop=3e27\"}");
        assertEquals(200, r.status(), r.body());
        double tokensPerSecond = Math.sqrt(3 * 3e27 * 1.5 * 20 / 1.5) / 1e7;
        assertEquals(1e7 * tokensPerSecond / 4e6, r.json().get("value").asDouble(), 1e-6);
    }

    @Test
    void noSolutionIsAnAnswerNotAnError() {
        TestServer.Response r = server.post("/api/sheets/finveden/solve",
                "{\"output\": \"parallel_tasks\", \"target\": -5, \"vary\": \"training_flop\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("none", r.json().get("method").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"output\": \"parallel_task\", \"target\": 1, \"vary\": \"k\"}           | did you mean 'parallel_tasks'?",
        "{\"output\": \"parallel_tasks\", \"vary\": \"k\"}                         | \"target\" is missing",
        "{\"output\": \"parallel_tasks\", \"target\": 1, \"vary\": \"k\", \"x\": 1} | unknown field 'x'",
        "{\"output\": \"parallel_tasks\", \"target\": [1], \"vary\": \"k\"}        | must be a number or text",
        "[1, 2]                                                                    | must be a JSON object",
    })
    void badQuestionsAre400sThatSayWhatToWrite(String body, String message) {
        TestServer.Response r = server.post("/api/sheets/finveden/solve", body);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.json().get("error").asText().contains(message), r.body());
    }

    @ParameterizedTest
    @CsvSource({"finveden, parallel_tasks", "chinchilla, loss", "laptop_training_time, training_core", "training_dynamics, training_time"})
    void sensitivityOnEveryShippedModel(String sheet, String output) {
        TestServer.Response r = server.get("/api/sheets/" + sheet + "/sensitivity?output=" + output);
        assertEquals(200, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals(1, json.get("elasticities").size());
        assertTrue(json.at("/tornado/bars").size() > 0, r.body());
        assertEquals(output, json.at("/tornado/output").asText());
    }

    @Test
    void finvedenElasticitiesOverHttp() {
        JsonNode json = server.get("/api/sheets/finveden/sensitivity").json();
        assertEquals(0.5, json.at("/elasticities/parallel_tasks/training_flop").asDouble(), 0);
        assertEquals(-1, json.at("/elasticities/parallel_tasks/duration").asDouble(), 0);
        assertEquals(405, server.post("/api/sheets/finveden/sensitivity", "{}").status());
    }
}
