package org.flopsheet.app.taskpane;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flopsheet.app.addin.ProjectFiles;
import org.flopsheet.app.serve.ApiServer;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet with text, arrays and a table as Excel custom functions, called in Chromium as Excel calls them:
 * text in and out, an array input as a matrix (rows of values, as Excel passes a range or an array constant),
 * an array result as a matrix, an Excel error as an error. The server computes them with the Java engine.
 */
class ServerComputedFunctionsBrowserTest {
    @TempDir Path dir;

    @Test
    void textArraysAndTableLookupsWorkAsCustomFunctions() throws Exception {
        Files.copy(ProjectFiles.workbooks().resolve("accelerators.flop"), dir.resolve("accelerators.flop"));
        Sheet sheet = Compiler.compile(dir.resolve("accelerators.flop"));
        Map<String, Value> b200 = Map.of("chosen", new Value.Text("B200"));
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, dir, null);
             DevTools browser = DevTools.open(server.origin() + "/", 420, 1000)) {
            browser.waitFor("typeof flopsheetFunctions !== 'undefined'", "the custom functions loaded");
            assertEquals(sheet.evaluateValues(b200).number("peak"),
                    browser.evaluate("flopsheetFunctions['ACCELERATORS.PEAK']('B200')").asDouble());
            assertEquals(sheet.evaluateValues(b200).number("peak_from_table"),
                    browser.evaluate("flopsheetFunctions['ACCELERATORS.PEAK_FROM_TABLE']('B200')").asDouble());
            assertEquals("GPU: B200", browser.evaluate("flopsheetFunctions['ACCELERATORS.NAME_LINE']('B200')").asText());
            assertEquals("GPU: H100", browser.evaluate("flopsheetFunctions['ACCELERATORS.NAME_LINE']()").asText(),
                    "an omitted input takes its default");

            Value.Array sizes = Value.Array.row(List.of(new Value.Num(1e9), new Value.Num(2e9)));
            Value.Array tokens = (Value.Array) sheet.evaluateValues(Map.of("sizes", sizes)).value("tokens");
            JsonNode matrix = browser.evaluate("flopsheetFunctions['ACCELERATORS.TOKENS'](null, null, null, null, null, [[1e9, 2e9]])");
            assertEquals(1, matrix.size(), "one row: " + matrix);
            assertEquals(tokens.at(0, 0).raw(), matrix.get(0).get(0).asDouble());
            assertEquals(tokens.at(0, 1).raw(), matrix.get(0).get(1).asDouble());

            JsonNode column = browser.evaluate("flopsheetFunctions['ACCELERATORS.PEAK_PER_DOLLAR']()");
            Value.Array perDollar = (Value.Array) sheet.evaluate().value("peak_per_dollar");
            assertEquals(3, column.size(), "a column of three rows: " + column);
            for (int i = 0; i < 3; i++) assertEquals(perDollar.at(i, 0).raw(), column.get(i).get(0).asDouble());

            assertEquals("B200", browser.evaluate("flopsheetFunctions['ACCELERATORS.BEST_VALUE']()").asText());
            assertEquals("#N/A", browser.evaluate("flopsheetFunctions['ACCELERATORS.PEAK']('TPU').then(String, function (e) {"
                    + " return e.message; })").asText(), "an Excel error is thrown as an error");
            assertEquals(List.of(), browser.exceptions(), "script errors in the page");
        }
    }
}
