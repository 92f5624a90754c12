package org.flopsheet.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.flopsheet.app.simulate.SimulationRequest;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.simulate.PartialStatistics;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationResult;

/**
 * {@code flopsheet simulate} as a Spark job: each task runs a range of the simulation's blocks (each
 * block's samples drawn on the executor from the seed and the block index) into partial statistics;
 * the driver merges them and the engine combines them in block order, exactly as a local run does.
 */
public final class SparkSimulation {
    /** Tasks per core the driver asks for: enough to even out slow tasks, few enough that results stay small. */
    static final int TASKS_PER_CORE = 4;

    private SparkSimulation() {}

    /** The ranges of blocks each task runs: contiguous, in order, as even as they can be. */
    record BlockRange(long first, long end) implements java.io.Serializable {}

    public static SimulationResult run(SparkSession spark, ModelSource model, SimulationRequest request) {
        Sheet sheet = model.sheet();  // a model that does not compile is refused here, before any job starts
        Simulation driver = Simulation.of(sheet, request.options(sheet, 1));  // and so are bad settings
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<BlockRange> ranges = ranges(driver.blocks(), (long) jsc.defaultParallelism() * TASKS_PER_CORE);
        List<PartialStatistics> partials = jsc.parallelize(ranges, ranges.size())
                .map(range -> {
                    Sheet compiled = model.sheet();
                    return Simulation.of(compiled, request.options(compiled, 1)).runBlocks(range.first(), range.end());
                })
                .collect();
        PartialStatistics all = partials.get(0);
        for (PartialStatistics p : partials.subList(1, partials.size())) all.merge(p);
        return driver.result(all);
    }

    static List<BlockRange> ranges(long blocks, long tasks) {
        long n = Math.max(1, Math.min(blocks, tasks));
        List<BlockRange> out = new ArrayList<>();
        for (long i = 0; i < n; i++) out.add(new BlockRange(blocks * i / n, blocks * (i + 1) / n));
        return out;
    }
}
