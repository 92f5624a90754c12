package org.flopsheet.app.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A reproducible sweep for the benchmark: a label column and the inputs of a {@link BenchSweep}, written
 * in full (17 significant digits, the hardest case for number parsing) or rounded as people type them.
 */
final class BenchInput {
    private BenchInput() {}

    /** The same values as {@link #write} with the same seed: {@code rows} rows of the inputs, one after another. */
    static double[] values(BenchSweep sweep, int rows, long seed, int digits) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = sweep.inputs().size();
        double[] values = new double[rows * width];
        double[] row = new double[width];
        for (int r = 0; r < rows; r++) {
            next(sweep, random, row, digits);
            System.arraycopy(row, 0, values, r * width, width);
        }
        return values;
    }

    /** One row of inputs, in the order of the sweep's inputs, rounded to {@code digits} significant digits (17: as drawn). */
    private static void next(BenchSweep sweep, SplittableRandom random, double[] row, int digits) {
        for (int i = 0; i < row.length; i++) row[i] = sweep.draws().get(i).next(random);
        if (digits < 17) {
            for (int i = 0; i < row.length; i++) row[i] = new BigDecimal(row[i]).round(new MathContext(digits)).doubleValue();
        }
    }

    static void write(BenchSweep sweep, Path file, int rows, long seed, int digits) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder text = new StringBuilder();
            CsvLine line = new CsvLine(text);
            line.text(sweep.labelColumn());
            for (String input : sweep.inputs()) line.text(input);
            line.end();
            double[] row = new double[sweep.inputs().size()];
            for (int r = 1; r <= rows; r++) {
                next(sweep, random, row, digits);
                line.text("case " + r);
                for (double v : row) line.number(v);
                line.end();
                if (text.length() > 1 << 16) {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                }
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
