package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flopsheet.app.addin.CustomFunctions;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on a real loopback server, checked against the Java engine. */
class ApiTest {
    @TempDir Path dir;
    TestServer server;
    Sheet finveden;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dir);
        finveden = Compiler.compile(dir.resolve("finveden.flop"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void health() {
        TestServer.Response r = server.get("/health");
        assertEquals(200, r.status());
        assertEquals("ok", r.json().get("status").asText());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    }

    @Test
    void listsEverySheetWithItsInputsAndOutputs() {
        JsonNode sheets = server.get("/api/sheets").json().get("sheets");
        JsonNode sheet = find(sheets, "finveden");
        assertEquals(finveden.title(), sheet.get("title").asText());
        List<String> inputs = new ArrayList<>();
        sheet.get("inputs").forEach(i -> inputs.add(i.get("name").asText() + "|" + i.get("label").asText() + "|" + i.get("unit").asText() + "|" + i.get("default").asDouble()));
        List<String> expected = new ArrayList<>();
        double[] defaults = finveden.defaults();
        for (Quantity q : finveden.inputs()) expected.add(q.name() + "|" + q.title() + "|" + q.unitText() + "|" + defaults[q.index()]);
        assertEquals(expected, inputs);
        List<String> outputs = new ArrayList<>();
        sheet.get("outputs").forEach(o -> outputs.add(o.get("name").asText() + "|" + o.get("unit").asText()));
        assertEquals(finveden.outputs().stream().map(q -> q.name() + "|" + q.unitText()).toList(), outputs);
    }

    @Test
    void oneSheetHasItsScenarios() {
        JsonNode sheet = server.get("/api/sheets/finveden").json();
        assertEquals("finveden", sheet.get("id").asText());
        assertEquals(finveden.scenarios().size(), sheet.get("scenarios").size());
        assertEquals(finveden.scenarios().get(1).inputs().get("training_flop"),
                sheet.get("scenarios").get(1).get("inputs").get("training_flop").asDouble());
    }

    @Test
    void evaluatesOneRowLikeTheEngine() {
        JsonNode row = server.post("/api/sheets/finveden/evaluate", "{\"inputs\": {\"training_flop\": 3e27}}").json().get("rows").get(0);
        assertEquals(finveden.evaluate(Map.of("training_flop", 3e27)).number("parallel_tasks"), row.get("parallel_tasks").asDouble());
        assertEquals("4.24E+06", org.flopsheet.engine.eval.NumberText.significant(row.get("parallel_tasks").asDouble(), 3));
        assertEquals(finveden.quantities().size(), row.size(), "every quantity has a value");
    }

    @Test
    void evaluatesManyRowsWithUnitsAndErrors() {
        JsonNode rows = server.post("/api/sheets/finveden/evaluate",
                "{\"rows\": [{}, {\"duration\": \"4 month\", \"m\": 10}, {\"task_rate\": 0}, {\"training_flop\": -1}]}").json().get("rows");
        assertEquals(4, rows.size());
        assertEquals(finveden.evaluate().number("parallel_tasks"), rows.get(0).get("parallel_tasks").asDouble());
        double fourMonths = InputValues.parse(finveden, "duration", "4 month");
        assertEquals(finveden.evaluate(Map.of("duration", fourMonths, "m", 10.0)).number("parallel_tasks"), rows.get(1).get("parallel_tasks").asDouble());
        assertEquals(fourMonths, rows.get(1).get("duration").asDouble());
        assertEquals("#DIV/0!", rows.get(2).get("parallel_tasks").asText());
        assertEquals("#NUM!", rows.get(3).get("p").asText());
    }

    @Test
    void textAndArraysGoInAndComeOutAsJson() throws IOException {
        Files.copy(Path.of("..", "docs", "gpus.flop"), dir.resolve("gpus.flop"));
        TestServer.awaitSettled();
        JsonNode row = server.post("/api/sheets/gpus/evaluate",
                "{\"inputs\": {\"chosen\": \"B200\", \"sizes\": [1e9, 2e9]}}").json().get("rows").get(0);
        assertEquals(2250.0, row.get("peak").asDouble());
        assertEquals("GPU: B200, 2,250 TFLOP/s", row.get("name_line").asText());
        assertEquals(4e10, row.get("tokens").get(1).asDouble());
        assertEquals(989.0, row.get("gpu_peak").get(1).get(0).asDouble());
        JsonNode gpus = server.get("/api/sheets/gpus").json();
        assertEquals("text", gpus.get("inputs").get(0).get("type").asText());
        assertEquals("H100", gpus.get("inputs").get(0).get("default").asText());
        assertEquals("array", gpus.get("inputs").get(1).get("type").asText());
        TestServer.Response wrong = server.post("/api/sheets/gpus/evaluate", "{\"inputs\": {\"chosen\": 5}}");
        assertEquals(400, wrong.status(), wrong.body());
        assertTrue(wrong.body().contains("inputs.chosen: expected text"), wrong.body());
        String functions = server.get("/functions/functions.js").body();
        assertTrue(functions.contains("functions[\"GPUS.PEAK\"] = defineRemote(\"gpus\", \"peak\""),
                "a sheet with text or arrays is computed by the server in the add-in");
        JsonNode tokens = null;
        for (JsonNode f : server.get("/functions/functions.json").json().get("functions")) {
            if (f.get("id").asText().equals("GPUS.TOKENS")) tokens = f;
        }
        assertEquals("matrix", tokens.get("result").get("dimensionality").asText(), "an array result is a matrix");
        assertEquals("string", tokens.get("parameters").get(0).get("type").asText(), "a text input is a string");
    }

    @Test
    void anEditedFileIsPickedUpWithoutARestart() throws IOException {
        Path file = dir.resolve("finveden.flop");
        Files.writeString(file, Files.readString(file).replace("input task_rate = 10 token/s", "input task_rate = 20 token/s"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        JsonNode row = server.post("/api/sheets/finveden/evaluate", "{}").json().get("rows").get(0);
        assertEquals(20.0, row.get("task_rate").asDouble());
        assertEquals(finveden.evaluate().number("parallel_tasks") / 2, row.get("parallel_tasks").asDouble(), 1e-9);

        Files.writeString(dir.resolve("tiny.flop"), "sheet tiny \"A new sheet\"\ninput a = 2\ntwice = 2 * a\n");
        TestServer.awaitSettled();
        assertEquals(4.0, server.post("/api/sheets/tiny/evaluate", "{}").json().get("rows").get(0).get("twice").asDouble());
        assertTrue(server.get("/functions/functions.js").body().contains("\"TINY.TWICE\""), "custom functions follow the folder");

        Files.writeString(dir.resolve("broken.flop"), "input a = 2\nb = a +\n");
        TestServer.awaitSettled();
        JsonNode listing = server.get("/api/sheets").json();
        assertEquals("broken.flop", listing.get("broken").get(0).get("file").asText());
        assertTrue(listing.get("broken").get(0).get("error").asText().contains("broken.flop:2:"), listing.toString());
        assertEquals(200, server.get("/api/sheets/finveden").status(), "the other sheets are still served");
        TestServer.Response broken = server.get("/api/sheets/broken");
        assertEquals(409, broken.status());
        assertTrue(broken.json().get("error").asText().contains("does not compile"), broken.body());
    }

    @Test
    void servesTheAddinFromTheSameOrigin() {
        TestServer.Response page = server.get("/taskpane/taskpane.html");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        TestServer.Response js = server.get("/functions/functions.js");
        assertEquals(CustomFunctions.of(everySheetIn(dir)).javaScript(), js.body());
        assertEquals(200, server.get("/functions/functions.json").status());
        assertEquals(404, server.get("/taskpane/nothing.html").status());
        assertEquals(404, server.get("/../pom.xml").status());
    }

    @Test
    void servesTheLiveWorkbookOfTheSheetAsItIsNow() throws Exception {
        HttpResponse<byte[]> r = server.client.send(HttpRequest.newBuilder(URI.create(server.url("/api/sheets/finveden/workbook.xlsx"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"finveden.xlsx\"", r.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook served = new XSSFWorkbook(new ByteArrayInputStream(r.body()));
             XSSFWorkbook exported = WorkbookExporter.build(finveden)) {
            assertEquals(formulas(exported), formulas(served), "the same formulas as flopsheet export");
            assertTrue(formulas(served).stream().anyMatch(f -> f.contains("training_flop")), "formulas use defined names: " + formulas(served));
            assertTrue(served.getName("parallel_tasks") != null, "a defined name per quantity");
        }
    }

    private static List<String> formulas(XSSFWorkbook workbook) {
        List<String> out = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Sheet s : workbook) {
            for (Row row : s) for (Cell cell : row) if (cell.getCellType() == CellType.FORMULA) out.add(s.getSheetName() + "!" + cell.getAddress() + "=" + cell.getCellFormula());
        }
        return out;
    }

    private static JsonNode find(JsonNode sheets, String id) {
        for (JsonNode s : sheets) if (s.get("id").asText().equals(id)) return s;
        throw new AssertionError("no sheet " + id + " in " + sheets);
    }

    /** Every sheet the server serves, in file-name order, as `flopsheet addin` reads them. */
    private static List<Sheet> everySheetIn(Path folder) {
        try (var files = Files.list(folder)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".flop")).sorted().toList();
            List<Sheet> sheets = new ArrayList<>();
            for (Path source : sources) sheets.add(Compiler.compile(source));
            return sheets;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
