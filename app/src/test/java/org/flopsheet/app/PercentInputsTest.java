package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Outside the DSL a plain number for a % input is the fraction, as in a spreadsheet (0.65 is 65 %), and a
 * typed 65% works too: with --set, in CSV cells; eval's table shows the percentage, its JSON the fraction.
 */
class PercentInputsTest {
    static final String FLEET = """
            unit GPU
            input demand = 1e6 token/s
            input per_gpu = 2500 token/(s*GPU)
            input utilization = 60 %
            gpus = ROUNDUP(demand / (per_gpu * utilization), 0) GPU
            """;

    @TempDir
    Path dir;

    Path fleet() throws Exception {
        return Files.writeString(dir.resolve("fleet.flop"), FLEET);
    }

    @ParameterizedTest(name = "--set utilization={0}")
    @CsvSource(delimiter = '|', textBlock = """
        # typed       | gpus | utilization as JSON
        0.65          | 616  | 0.65
        65%           | 616  | 0.65
        65 %          | 616  | 0.65
        0.5           | 800  | 0.5
        1             | 400  | 1
        """)
    void setTakesTheFractionOrATypedPercent(String typed, int gpus, double fraction) throws Exception {
        CliRun run = CliRun.of("eval", fleet().toString(), "--json", "--set", "utilization=" + typed);
        assertEquals(0, run.exitCode(), run.err());
        var base = new ObjectMapper().readTree(run.out()).get("base");
        assertEquals(gpus, base.get("gpus").asDouble());
        assertEquals(fraction, base.get("utilization").asDouble(), 1e-15);
    }

    @Test
    void theTableShowsThePercentage() throws Exception {
        CliRun run = CliRun.of("eval", fleet().toString());
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().lines().filter(l -> l.contains("utilization")).findFirst().orElseThrow();
        assertTrue(line.matches(">\\s+utilization\\s+utilization\\s+%\\s+60"), line);
        String gpus = run.out().lines().filter(l -> l.contains("gpus")).findFirst().orElseThrow();
        assertTrue(gpus.endsWith(" 667"), gpus);
        CliRun shownInPercent = CliRun.of("eval", fleet().toString(), "--to", "utilization=%", "--set", "utilization=0.655");
        assertTrue(shownInPercent.out().lines().anyMatch(l -> l.matches(">\\s+utilization\\s+utilization\\s+%\\s+65.5")), shownInPercent.out());
    }

    @Test
    void csvCellsTakeTheFractionOrATypedPercent() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "label,utilization\na,0.65\nb,65%\nc,65 %\nd,0.5\ne,50%\nf,\n");
        CliRun run = CliRun.of("batch", fleet().toString(), "--in", in.toString(), "--outputs", "gpus");
        assertEquals(0, run.exitCode(), run.err());
        List<String> gpus = BatchCommandTest.csv(run.out()).stream().skip(1).map(r -> r.get(2)).toList();
        assertEquals(List.of("616", "616", "616", "800", "800", "667"), gpus);
    }
}
