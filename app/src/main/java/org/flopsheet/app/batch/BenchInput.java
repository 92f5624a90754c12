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
 * A reproducible Finveden sweep for the benchmark: a label column and every input, drawn log-uniformly
 * (training FLOP 1e22..1e33, duration a week to three years) or uniformly around the defaults, written
 * in full (17 significant digits, the hardest case for number parsing) or rounded as people type them.
 */
final class BenchInput {
    private BenchInput() {}

    /** The same values as {@link #write} with the same seed: {@code rows} rows of the inputs, one after another. */
    static double[] values(int rows, long seed, int digits) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = FinvedenByHand.INPUTS.size();
        double[] values = new double[rows * width];
        double[] row = new double[width];
        for (int r = 0; r < rows; r++) {
            next(random, row, digits);
            System.arraycopy(row, 0, values, r * width, width);
        }
        return values;
    }

    /** One row of inputs, in the order of {@link FinvedenByHand#INPUTS}, rounded to {@code digits} significant digits (17: as drawn). */
    private static void next(SplittableRandom random, double[] row, int digits) {
        row[0] = Math.pow(10, random.nextDouble(22, 33));
        row[1] = random.nextDouble(1, 3);
        row[2] = random.nextDouble(10, 40);
        row[3] = random.nextDouble(1, 3);
        row[4] = Math.pow(10, random.nextDouble(5.8, 8));
        row[5] = random.nextDouble(1, 100);
        if (digits < 17) {
            for (int i = 0; i < row.length; i++) row[i] = new BigDecimal(row[i]).round(new MathContext(digits)).doubleValue();
        }
    }

    static void write(Path file, int rows, long seed, int digits) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder text = new StringBuilder();
            CsvLine line = new CsvLine(text);
            line.text("label");
            for (String input : FinvedenByHand.INPUTS) line.text(input);
            line.end();
            double[] row = new double[FinvedenByHand.INPUTS.size()];
            for (int r = 1; r <= rows; r++) {
                next(random, row, digits);
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
