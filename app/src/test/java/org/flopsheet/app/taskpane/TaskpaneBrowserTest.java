package org.flopsheet.app.taskpane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flopsheet.app.addin.JavaScriptDifferential;
import org.flopsheet.app.addin.ProjectFiles;
import org.flopsheet.app.serve.Access;
import org.flopsheet.app.serve.ApiServer;
import org.flopsheet.app.serve.EditedWorkbook;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task pane in headless Chromium against a running server, as a person uses it: it loads
 * (without Office.js, which cannot load here), lists the sheets, a new value is typed into an
 * input, and the new output appears. The screenshot is saved to target/taskpane.png, and also
 * to the path in the system property {@code flopsheet.screenshot} when given (the README's picture).
 */
class TaskpaneBrowserTest {
    @TempDir Path dir;

    /**
     * Excel runs custom functions in a browser engine (V8 on the web and in WebView2), so the
     * functions.js the page loads is also checked there against the Java engine, on the same
     * random inputs as in GraalJS.
     */
    @Test
    void theCustomFunctionsInChromiumMatchTheJavaEngine() throws Exception {
        Files.copy(ProjectFiles.workbooks().resolve("finveden.flop"), dir.resolve("finveden.flop"));
        Files.copy(ProjectFiles.excelRules().get(0), dir.resolve("excel_rules.flop"));
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, dir, null);
             DevTools browser = DevTools.open(server.origin() + "/", 420, 1000)) {
            browser.waitFor("typeof flopsheetFunctions !== 'undefined'", "the custom functions loaded");
            String driver = JavaScriptDifferential.driver("flopsheetFunctions");
            for (String file : List.of("finveden.flop", "excel_rules.flop")) {
                Sheet sheet = Compiler.compile(dir.resolve(file));
                JavaScriptDifferential.Comparison c = JavaScriptDifferential.compare(sheet, JavaScriptDifferential.randomInputs(sheet, 400),
                        (ids, lists) -> browser.evaluate("(" + driver + ")(" + quote(ids) + ", " + quote(lists) + ")").asText());
                System.out.println("Chromium, " + c);
                assertEquals(List.of(), c.mismatches(), "JavaScript in Chromium and Java disagree");
            }
            assertEquals(List.of(), browser.exceptions(), "script errors in the page");
        }
    }

    /** {@code text} as a JavaScript string literal (a JSON string is one). */
    private static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void typingAnInputShowsTheNewOutput() throws Exception {
        Files.copy(ProjectFiles.workbooks().resolve("finveden.flop"), dir.resolve("finveden.flop"));
        Files.writeString(dir.resolve("tiny.flop"), "sheet tiny \"A second sheet\"\ninput a = 2\ntwice = 2 * a\n");
        Sheet finveden = Compiler.compile(dir.resolve("finveden.flop"));
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, dir, null);
             DevTools browser = DevTools.open(server.origin() + "/", 420, 1000)) {
            browser.waitFor("document.querySelectorAll('#sheet option').length === 2", "the list of sheets");
            assertEquals(List.of("finveden", "tiny"), List.of(
                    browser.evaluate("document.querySelectorAll('#sheet option')[0].value").asText(),
                    browser.evaluate("document.querySelectorAll('#sheet option')[1].value").asText()));
            String output = "document.getElementById('out-parallel_tasks')";
            browser.waitFor(output + ".textContent === '4.24E+05'", "parallel_tasks at the default inputs (4.24E+05)");

            browser.evaluate("(function () { var i = document.getElementById('in-training_flop'); i.focus(); i.select(); })()");
            browser.send("Input.insertText", Map.of("text", "3e27"));
            browser.waitFor(output + ".textContent === '4.24E+06'", "parallel_tasks for training_flop = 3e27 (4.24E+06)");
            assertEquals(finveden.evaluate(Map.of("training_flop", 3e27)).number("parallel_tasks"),
                    Double.parseDouble(browser.evaluate(output + ".title").asText()), "the exact value behind the display");

            browser.evaluate("(function () { var i = document.getElementById('in-duration'); i.focus(); i.select(); })()");
            browser.send("Input.insertText", Map.of("text", "4 month"));
            double fourMonths = org.flopsheet.engine.compile.InputValues.parse(finveden, "duration", "4 month");
            String expected = org.flopsheet.engine.eval.NumberText.significant(
                    finveden.evaluate(Map.of("training_flop", 3e27, "duration", fourMonths)).number("parallel_tasks"), 3);
            browser.waitFor(output + ".textContent === '" + expected + "'", "parallel_tasks with duration = 4 month (" + expected + ")");

            browser.evaluate("(function () { var i = document.getElementById('in-task_rate'); i.focus(); i.select(); })()");
            browser.send("Input.insertText", Map.of("text", "fast"));
            browser.waitFor("document.getElementById('problem-task_rate').textContent.indexOf(\"bad value 'fast'\") >= 0",
                    "the server's message under the bad input");
            browser.evaluate("(function () { var i = document.getElementById('in-task_rate'); i.focus(); i.select(); })()");
            browser.send("Input.insertText", Map.of("text", "10"));
            browser.waitFor("document.getElementById('problem-task_rate').textContent === ''", "the message gone");
            browser.waitFor("document.querySelectorAll('#chart polyline').length === 1", "the log-log chart");
            assertTrue(browser.evaluate("document.getElementById('download').getAttribute('href')").asText()
                    .endsWith("/api/sheets/finveden/workbook.xlsx"));
            assertEquals("200 PK", browser.evaluate("fetch(document.getElementById('download').href).then(function (r) {"
                    + " return r.arrayBuffer().then(function (b) { return r.status + ' ' + String.fromCharCode.apply(null, new Uint8Array(b, 0, 2)); }); })").asText(),
                    "the download link gives a workbook (a zip file)");

            assertEquals(finveden.evaluate(Map.of("training_flop", 3e27)).number("parallel_tasks"),
                    browser.evaluate("flopsheetFunctions['FINVEDEN.PARALLEL_TASKS'](3e27)").asDouble(),
                    "the custom functions also run in Chromium's JavaScript engine, with the engine's result");

            assertEquals(List.of(), browser.exceptions(), "script errors in the page");
            byte[] png = browser.screenshot();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "taskpane.png"), png);
            String readme = System.getProperty("flopsheet.screenshot");
            if (readme != null && !readme.isBlank()) Files.write(ProjectFiles.root().resolve(readme), png);
        }
    }

    /**
     * The task pane imports an edited workbook with the token the server wrote into it; a page of
     * another origin that posts the same workbook (no-cors, text/plain, as any site could) writes nothing.
     */
    @Test
    void thePaneImportsWithItsTokenAndAnotherSiteCannot() throws Exception {
        Path source = dir.resolve("finveden.flop");
        Files.copy(ProjectFiles.workbooks().resolve("finveden.flop"), source);
        String original = Files.readString(source);
        Path edited = Files.createTempDirectory("flopsheet-upload").resolve("edited.xlsx");
        Files.write(edited, EditedWorkbook.of(source, 3e27));
        HttpServer otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] page = "<!DOCTYPE html><title>another site</title><p>another site</p>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, dir, null, Access.loopbackReadOnly().withWrite(true));
             DevTools browser = DevTools.open("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/", 420, 1000)) {
            browser.waitFor("document.readyState === 'complete'", "the other site's page");
            String attack = "fetch('" + server.origin() + "/api/import?sheet=finveden&write=true', {method: 'POST', mode: 'no-cors',"
                    + " headers: {'Content-Type': 'text/plain'}, body: Uint8Array.from(atob('" + Base64.getEncoder().encodeToString(Files.readAllBytes(edited))
                    + "'), function (c) { return c.charCodeAt(0); })}).then(function () { return 'sent'; }, function (e) { return 'failed: ' + e; })";
            assertEquals("sent", browser.evaluate(attack).asText(), "the browser sends a no-cors request (its answer is opaque to the page)");
            assertEquals("failed: TypeError: Failed to fetch", browser.evaluate(attack.replace("mode: 'no-cors'", "mode: 'cors'")).asText(),
                    "a CORS request is sent too, and its answer is not shared with the page");
            assertEquals(original, Files.readString(source), "another site's requests wrote nothing");

            browser.send("Page.navigate", Map.of("url", server.origin() + "/"));
            browser.waitFor("document.querySelectorAll('#sheet option').length === 1", "the list of sheets");
            browser.evaluate("document.getElementById('import-write').click()");
            int root = browser.send("DOM.getDocument", Map.of()).get("root").get("nodeId").asInt();
            int fileInput = browser.send("DOM.querySelector", Map.of("nodeId", root, "selector", "#import-file")).get("nodeId").asInt();
            browser.send("DOM.setFileInputFiles", Map.of("nodeId", fileInput, "files", List.of(edited.toString())));
            browser.waitFor("document.getElementById('import-status').textContent.indexOf('finveden.flop updated: 1 change(s).') === 0",
                    "the import's result");
            assertTrue(browser.evaluate("document.getElementById('import-diff').textContent").asText().contains("+input training_flop = 3e27 FLOP"));
            assertEquals(original.replace("3e25 FLOP ", "3e27 FLOP "), Files.readString(source), "the pane's import wrote the source");
            assertEquals(List.of(), browser.exceptions(), "script errors in the page");
        } finally {
            otherSite.stop(0);
        }
    }
}
