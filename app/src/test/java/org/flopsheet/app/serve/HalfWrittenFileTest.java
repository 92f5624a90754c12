package org.flopsheet.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor that saves in place writes a file in pieces. Until the file has settled, the server
 * serves the last complete version of it (or nothing, for a new file), never the first half as a
 * valid, shorter sheet.
 */
class HalfWrittenFileTest {
    @TempDir Path dir;

    @Test
    void aFileBeingWrittenIsNotServedHalfRead() throws IOException {
        try (TestServer server = new TestServer(dir)) {
            Path finveden = dir.resolve("finveden.flop");
            String full = Files.readString(finveden);
            String firstHalf = full.substring(0, full.indexOf("\np = sqrt") + 1);
            Path tiny = dir.resolve("tiny.flop");
            for (int i = 0; i < 20; i++) server.get("/api/sheets/finveden");
            long written = System.nanoTime();
            try (OutputStream rewriting = Files.newOutputStream(finveden); OutputStream creating = Files.newOutputStream(tiny)) {
                rewriting.write(firstHalf.getBytes(StandardCharsets.UTF_8));
                rewriting.flush();
                creating.write("sheet tiny\ninput a = 2\n".getBytes(StandardCharsets.UTF_8));
                creating.flush();

                JsonNode listing = server.get("/api/sheets").json();
                assertFalse(listing.toString().contains("\"tiny\""), "the new file's first half is not a sheet yet: " + listing);
                assertEquals(0, listing.get("broken").size(), listing.toString());
                JsonNode sheet = server.get("/api/sheets/finveden").json();
                assertTrue(sheet.toString().contains("\"parallel_tasks\""), "the last complete version is served: " + sheet);
                assertEquals(200, server.post("/api/sheets/finveden/evaluate", "{}").status());
                long millis = (System.nanoTime() - written) / 1_000_000;
                assertTrue(millis < SheetDirectory.SETTLE.toMillis(), "the checks took " + millis + " ms, longer than the settling time: they proved nothing");

                rewriting.write(full.substring(firstHalf.length()).getBytes(StandardCharsets.UTF_8));
                creating.write("twice = 2 * a\n".getBytes(StandardCharsets.UTF_8));
            }
            TestServer.awaitSettled();
            JsonNode row = server.post("/api/sheets/tiny/evaluate", "{}").json().get("rows").get(0);
            assertEquals(4.0, row.get("twice").asDouble(), "the whole new file, once settled: " + row);
            assertTrue(server.get("/api/sheets/finveden").body().contains("\"parallel_tasks\""));
        }
    }
}
