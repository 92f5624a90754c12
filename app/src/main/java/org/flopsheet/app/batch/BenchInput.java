package org.flopsheet.app.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A reproducible Finveden sweep for the benchmark: a label column and every input, drawn log-uniformly
 * (training FLOP 1e22..1e33, duration a week to three years) or uniformly around the defaults.
 */
final class BenchInput {
    private BenchInput() {}

    static void write(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder text = new StringBuilder();
            CsvLine line = new CsvLine(text);
            line.text("label");
            for (String input : FinvedenByHand.INPUTS) line.text(input);
            line.end();
            for (int r = 1; r <= rows; r++) {
                line.text("case " + r)
                        .number(Math.pow(10, random.nextDouble(22, 33)))
                        .number(random.nextDouble(1, 3))
                        .number(random.nextDouble(10, 40))
                        .number(random.nextDouble(1, 3))
                        .number(Math.pow(10, random.nextDouble(5.8, 8)))
                        .number(random.nextDouble(1, 100))
                        .end();
                if (text.length() > 1 << 16) {
                    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                }
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
