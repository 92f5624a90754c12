package org.flopsheet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flopsheet simulate` and the uncertainty column of `flopsheet eval`, as a user runs them. */
class SimulateCommandTest {
    static final String MODEL = "../workbooks/finveden-uncertain.flop";

    @Test
    void jsonIsTheSameForAnyNumberOfThreads() throws Exception {
        CliRun one = CliRun.of("simulate", MODEL, "--samples", "300000", "--seed", "9", "--threads", "1", "--json");
        CliRun two = CliRun.of("simulate", MODEL, "--samples", "300000", "--seed", "9", "--threads", "2", "--json");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(one.out(), two.out(), "byte for byte");
        JsonNode doc = new ObjectMapper().readTree(one.out());
        for (String key : List.of("mean", "sd", "p5", "p50", "p95")) {
            assertTrue(doc.at("/quantities/parallel_tasks/" + key).isNumber(), key);
        }
        assertTrue(doc.at("/quantities/parallel_tasks/p5").asDouble() < doc.at("/quantities/parallel_tasks/p95").asDouble());
    }

    @Test
    void samplesCsvHasEveryRowAndReadsBackToTheStatistics(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("samples.csv");
        CliRun run = CliRun.of("simulate", MODEL, "--samples", "1001", "--seed", "3", "--out", csv.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1002, lines.size());
        assertTrue(lines.get(0).startsWith("sample,training_flop,k,m,h,duration,task_rate,p,"), lines.get(0));
        int column = List.of(lines.get(0).split(",")).indexOf("parallel_tasks");
        double[] tasks = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[column])).sorted().toArray();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(tasks[500], doc.at("/quantities/parallel_tasks/p50").asDouble(), 0, "the median of 1,001 samples is the 501st");
    }

    @Test
    void tableHistogramAndProbability() {
        CliRun run = CliRun.of("simulate", MODEL, "--samples", "50000", "--prob", "parallel_tasks>1e7", "--histogram", "parallel_tasks,k");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("P(parallel_tasks>1e7) = 0.0"), run.out());
        assertTrue(run.out().contains("parallel_tasks, between its 1st and 99th percentiles, log scale:"), run.out());
        assertTrue(run.out().contains("k (FLOP/(param*token)), between its 1st and 99th percentiles:"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+\\S+ \\.\\. \\S+\\s+#+\\s+\\d+\\.\\d%")), run.out());
    }

    @Test
    void errorsAreReportedPerQuantity(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("errors.flop");
        Files.writeString(file, "input x = normal(0, 1)\nroot = sqrt(x)\n");
        JsonNode doc = new ObjectMapper().readTree(CliRun.of("simulate", file.toString(), "--samples", "10000", "--json").out());
        long errors = doc.at("/quantities/root/errors/#NUM!").asLong();
        assertEquals(5000, errors, 300);
        assertEquals(10000, errors + doc.at("/quantities/root/valid").asLong());
    }

    @Test
    void evalShowsMedianAndNinetyPercentInterval() {
        CliRun run = CliRun.of("eval", MODEL);
        assertEquals(0, run.exitCode(), run.err());
        String row = run.out().lines().filter(l -> l.startsWith("~  training_flop")).findFirst().orElseThrow();
        assertTrue(row.matches(".*1\\.00E\\+26\\s+\\S+ \\[\\S+, \\S+\\]$"), row);
        assertTrue(run.out().contains("from 10,000 samples (seed 1)"), run.out());
    }

    @Test
    void aModelWithoutDistributionsIsRefused() {
        CliRun run = CliRun.of("simulate", EvalCommandTest.FINVEDEN);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no uncertain inputs"), run.err());
    }

    /** A % quantity holds the fraction; the table shows it in %, as eval's does (0.6 would read as 0.6 %). */
    @Test
    void percentQuantitiesAreShownInPercent(@TempDir Path dir) throws Exception {
        Path model = java.nio.file.Files.writeString(dir.resolve("share.flop"), """
                input u = 60 %
                input x = 1 to 2
                y = x * u %
                """);
        CliRun run = CliRun.of("simulate", model.toString(), "--samples", "1000", "--seed", "1");
        assertEquals(0, run.exitCode(), run.err());
        String uLine = run.out().lines().filter(l -> l.contains(" u ")).findFirst().orElseThrow();
        assertTrue(uLine.matches(".*%\\s+60\\s+0\\s+60\\s+60\\s+60\\s+60\\s+60.*"), uLine);
        String yLine = run.out().lines().filter(l -> l.contains(" y ")).findFirst().orElseThrow();
        assertTrue(yLine.matches(".*%\\s+(8\\d|9\\d)(\\.\\d+)?\\s.*"), "the mean of y is near 60 % x 1.45: " + yLine);
    }
}
