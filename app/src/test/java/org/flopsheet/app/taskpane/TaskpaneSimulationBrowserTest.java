package org.flopsheet.app.taskpane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flopsheet.app.addin.ProjectFiles;
import org.flopsheet.app.serve.ApiServer;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uncertainty in the add-in, in headless Chromium against a running server: a distribution typed
 * into an input of the task pane gives every output's percentiles, and the custom function
 * FLOPSHEET.FINVEDEN.SIMULATE gives an output's percentiles as one row; both are the engine's
 * figures for the same inputs, samples and seed.
 */
class TaskpaneSimulationBrowserTest {
    @TempDir Path dir;

    private static QuantityStatistics engine(Sheet sheet, long samples, long seed, String distribution, String output) {
        return Simulation.run(sheet, new SimulationOptions(samples, seed, 1, Map.of(), List.of(),
                Map.of("training_flop", InputValues.distribution(sheet, "training_flop", distribution)))).of(output);
    }

    @Test
    void aDistributionTypedIntoAnInputShowsThePercentiles() throws Exception {
        Files.copy(ProjectFiles.workbooks().resolve("finveden.flop"), dir.resolve("finveden.flop"));
        Sheet finveden = Compiler.compile(dir.resolve("finveden.flop"));
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, dir, null);
             DevTools browser = DevTools.open(server.origin() + "/", 420, 1200)) {
            String status = "document.getElementById('simulation-status').textContent";
            browser.waitFor(status + ".indexOf('Every input has one value') === 0", "the hint for a sheet without distributions");

            browser.evaluate("(function () { var i = document.getElementById('in-training_flop'); i.focus(); i.select(); })()");
            browser.send("Input.insertText", Map.of("text", "1e25 to 1e27"));
            browser.waitFor(status + " === '10,000 samples, seed 1.'", "the simulation's status line");
            QuantityStatistics tasks = engine(finveden, 10_000, 1, "1e25 to 1e27", "parallel_tasks");
            for (String key : List.of("p5", "p50", "p95")) {
                double p = Double.parseDouble(key.substring(1)) / 100;
                assertEquals(tasks.percentile(p), browser.evaluate("Number(document.getElementById('pct-parallel_tasks-" + key + "').title)").asDouble(),
                        0, "parallel_tasks " + key + " in the pane is the engine's");
            }
            assertEquals(finveden.evaluate(Map.of("training_flop", 1e26)).number("parallel_tasks"),
                    browser.evaluate("Number(document.getElementById('out-parallel_tasks').title)").asDouble(), 1e-9,
                    "the output's value is at the distribution's median, 1e26");
            assertEquals(List.of(), browser.exceptions(), "script errors in the page");
        }
    }

    @Test
    void theSimulateCustomFunctionGivesOneRowOfPercentiles() throws Exception {
        Files.copy(ProjectFiles.workbooks().resolve("finveden.flop"), dir.resolve("finveden.flop"));
        Sheet finveden = Compiler.compile(dir.resolve("finveden.flop"));
        try (ApiServer server = ApiServer.start("127.0.0.1", 0, dir, null);
             DevTools browser = DevTools.open(server.origin() + "/", 420, 1000)) {
            browser.waitFor("typeof flopsheetFunctions !== 'undefined'", "the custom functions loaded");
            JsonNode row = browser.evaluate("flopsheetFunctions['FINVEDEN.SIMULATE']('parallel_tasks', 20000, 3, '1e25 to 1e27')");
            QuantityStatistics tasks = engine(finveden, 20_000, 3, "1e25 to 1e27", "parallel_tasks");
            assertEquals(1, row.size(), "one row: " + row);
            assertEquals(List.of(tasks.percentile(0.05), tasks.percentile(0.5), tasks.percentile(0.95)),
                    List.of(row.get(0).get(0).asDouble(), row.get(0).get(1).asDouble(), row.get(0).get(2).asDouble()));
            String refused = browser.evaluate("flopsheetFunctions['FINVEDEN.SIMULATE']('parallel_tasks', 100, 1, '1 s to 2 s')"
                    + ".then(function () { return 'no error'; }, function (e) { return e.message; })").asText();
            assertTrue(refused.contains("training_flop") && refused.contains("is in s"), refused);
            String noUncertainty = browser.evaluate("flopsheetFunctions['FINVEDEN.SIMULATE']('parallel_tasks')"
                    + ".then(function () { return 'no error'; }, function (e) { return e.message; })").asText();
            assertTrue(noUncertainty.contains("no uncertain inputs"), noUncertainty);
            assertEquals(List.of(), browser.exceptions(), "script errors in the page");
        }
    }
}
