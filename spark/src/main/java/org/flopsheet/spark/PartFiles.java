package org.flopsheet.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Spark's text writer names its parts *.txt; the parts are CSV, so they are renamed *.csv once the job has committed. */
final class PartFiles {
    private PartFiles() {}

    /** Refuses, before any job runs, an output folder that exists: Spark would fail late, or overwrite results. */
    static void requireNew(SparkSession spark, String folder) {
        try {
            Path dir = new Path(folder);
            if (dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
                throw new org.flopsheet.app.UserError("--out " + folder + " already exists; name a new folder (or remove that one)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checking the output folder " + folder, e);
        }
    }

    static void nameAsCsv(SparkSession spark, String folder) {
        try {
            Path dir = new Path(folder);
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus part : fs.listStatus(dir, p -> p.getName().startsWith("part-") && p.getName().endsWith(".txt"))) {
                String name = part.getPath().getName();
                fs.rename(part.getPath(), new Path(dir, name.substring(0, name.length() - 4) + ".csv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("renaming the part files of " + folder, e);
        }
    }
}
