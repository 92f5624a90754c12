package org.flopsheet.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: the master given, else the one spark-submit set, else every local core. */
final class Sessions {
    private Sessions() {}

    static SparkSession start(String master) {
        SparkConf conf = new SparkConf().setAppName("flopsheet");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        conf.setIfMissing("spark.ui.enabled", "false");
        // simulate's exact percentiles bring every sample to the driver (what a local run holds in memory too,
        // at most 1,000,000 per quantity): the driver's memory is the limit, not Spark's 1 GB default.
        conf.setIfMissing("spark.driver.maxResultSize", "0");
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
