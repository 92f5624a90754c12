package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bounds declared on inputs are checked by --set and in every batch row (the row's error column names the bound). */
class BoundedInputsCommandTest {
    static final String MODEL = """
            input price = 2.5 dollar/h, >= 0             "GPU-hour price"
            input share = 40 %, >= 0, <= 100 %           "Share of compute"
            input hours = 100 h
            cost = price * hours * share dollar
            """;

    @TempDir
    Path dir;

    Path model() throws Exception {
        return Files.writeString(dir.resolve("bounded.flop"), MODEL);
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', textBlock = """
        # --set          | exit | stderr contains (or the cost)
        price=-1         | 2    | price = -1 dollar/h is outside its bounds: it must be >= 0
        share=1.01       | 2    | share = 101 % is outside its bounds: it must be <= 100 %
        share=-1%        | 2    | share = -1 % is outside its bounds: it must be >= 0
        price=3          | 0    | 120
        share=100%       | 0    | 250
        """)
    void setChecksTheBounds(String setting, int exit, String expected) throws Exception {
        CliRun run = CliRun.of("eval", model().toString(), "--set", setting, "--json");
        assertEquals(exit, run.exitCode(), run.err());
        if (exit == 0) assertEquals(Double.parseDouble(expected), new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).at("/base/cost").asDouble(), 1e-9);
        else assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void aBatchRowOutsideTheBoundsFailsAloneWithTheBoundInItsErrorColumn() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "price,share\n2,0.5\n-1,0.5\n2,1.5\n2,150 %\n0,1\n");
        CliRun run = CliRun.of("batch", model().toString(), "--in", in.toString(), "--outputs", "cost");
        assertEquals(4, run.exitCode(), run.err());
        List<List<String>> rows = BatchCommandTest.csv(run.out());
        assertEquals(List.of("price", "share", "cost", "error"), rows.get(0));
        assertEquals(List.of("2", "0.5", "100", ""), rows.get(1));
        assertEquals("row 3 (line 3 of the file), column price: price = -1 dollar/h is outside its bounds: it must be >= 0", rows.get(2).get(3));
        assertTrue(rows.get(3).get(3).endsWith("column share: share = 150 % is outside its bounds: it must be <= 100 % (declared: >= 0, <= 100 %)"), rows.get(3).toString());
        assertTrue(rows.get(4).get(3).endsWith("column share: share = 150 % is outside its bounds: it must be <= 100 % (declared: >= 0, <= 100 %)"), rows.get(4).toString());
        assertEquals(List.of("0", "1", "0", ""), rows.get(5));
    }
}
