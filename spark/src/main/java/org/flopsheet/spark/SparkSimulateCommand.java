package org.flopsheet.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.spark.sql.SparkSession;
import org.flopsheet.app.simulate.SimulationArguments;
import org.flopsheet.app.simulate.SimulationRequest;
import org.flopsheet.engine.simulate.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Monte Carlo as a Spark job: the samples are drawn on the executors, block by block, from the seed;"
                + " the figures are those of `flopsheet simulate` with the same seed and sample count, bit for bit.",
            "Prints the same table (or --json document) and writes the JSON document to DIR/simulation.json.",
            "Exit status: 0 done; 1 an error in the model; 2 a bad command line or input."})
final class SparkSimulateCommand implements Callable<Integer> {
    static final String FIGURES = "simulation.json";

    @Parameters(paramLabel = "MODEL", description = "the .flop source (read here and shipped to the executors)")
    Path model;

    @Mixin
    SimulationArguments arguments;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (any Hadoop path); it must not exist yet")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[*])")
    String master;

    @Override
    public Integer call() throws Exception {
        ModelSource source = ModelSource.read(model);
        SimulationRequest request = arguments.request(source.sheet());
        long start = System.nanoTime();
        try (SparkSession spark = Sessions.start(master)) {
            double startup = (System.nanoTime() - start) / 1e9;
            PartFiles.requireNew(spark, out);
            long job = System.nanoTime();
            SimulationResult result = SparkSimulation.run(spark, source, request);
            double seconds = (System.nanoTime() - job) / 1e9;
            writeFigures(spark, result);
            arguments.print(result, seconds, "on " + spark.sparkContext().master(), System.out);
            System.err.printf("simulate: %,d samples in %.2f s on %s (and %.1f s to start Spark); figures in %s/%s%n",
                    request.samples(), seconds, spark.sparkContext().master(), startup, out, FIGURES);
            return 0;
        }
    }

    private void writeFigures(SparkSession spark, SimulationResult result) throws Exception {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out, FIGURES);
        try (FSDataOutputStream stream = file.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(file, false)) {
            stream.write((SimulationArguments.json(result) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
