package org.flopsheet.app.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.flopsheet.engine.compile.Bounds;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.ValueType;

/**
 * Which inputs the benchmark's generated rows set, and how each is drawn: for the Finveden sheet the
 * ranges its bench has always used; for any other model every number input, log-uniformly within a
 * factor of 2 of its default (uniformly in [0, 1] for a default of 0), kept within its declared bounds.
 */
record BenchSweep(String labelColumn, List<String> inputs, List<String> outputs, List<Draw> draws) {

    /** How one input's value is drawn. */
    interface Draw { double next(SplittableRandom random); }

    static boolean isFinveden(Sheet sheet) {
        return java.util.stream.Stream.concat(FinvedenByHand.INPUTS.stream(), FinvedenByHand.OUTPUTS.stream())
                .allMatch(name -> sheet.quantity(name) != null);
    }

    static BenchSweep finveden() {
        return new BenchSweep("label", FinvedenByHand.INPUTS, FinvedenByHand.OUTPUTS, List.of(
                r -> Math.pow(10, r.nextDouble(22, 33)),
                r -> r.nextDouble(1, 3),
                r -> r.nextDouble(10, 40),
                r -> r.nextDouble(1, 3),
                r -> Math.pow(10, r.nextDouble(5.8, 8)),
                r -> r.nextDouble(1, 100)));
    }

    /** Every number input of {@code sheet} around its default; the outputs are its number formulas. */
    static BenchSweep around(Sheet sheet) {
        List<String> inputs = new ArrayList<>();
        List<Draw> draws = new ArrayList<>();
        double[] defaults = sheet.defaults();
        for (Quantity q : sheet.inputs()) {
            if (q.type() != ValueType.NUMBER) continue;
            inputs.add(q.name());
            draws.add(around(defaults[q.index()], q.bounds()));
        }
        List<String> outputs = sheet.outputs().stream().filter(q -> q.type() == ValueType.NUMBER).map(Quantity::name).toList();
        String label = "label";
        while (sheet.quantity(label) != null) label = "_" + label; // a column that names no quantity passes through
        return new BenchSweep(label, List.copyOf(inputs), outputs, List.copyOf(draws));
    }

    private static Draw around(double value, Bounds bounds) {
        return r -> {
            double v = value == 0 ? r.nextDouble() : value * Math.pow(2, r.nextDouble(-1, 1));
            return bounds.brokenBy(v) == null ? v : value; // outside a bound: the default, which keeps them all
        };
    }
}
