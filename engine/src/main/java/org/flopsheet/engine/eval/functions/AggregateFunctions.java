package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.List;
import org.flopsheet.engine.eval.ValueType;

/**
 * MIN, MAX, SUM, AVERAGE over the numbers Excel counts (see {@link ExcelFunction.OverNumbers}):
 * none at all gives 0, and #DIV/0! for AVERAGE.
 */
final class AggregateFunctions {
    private AggregateFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            many("MIN", "Smallest of the numbers", args -> {
                if (args.length == 0) return 0;
                double m = Double.POSITIVE_INFINITY;
                for (double a : args) m = Math.min(m, a);
                return m;
            }),
            many("MAX", "Largest of the numbers", args -> {
                if (args.length == 0) return 0;
                double m = Double.NEGATIVE_INFINITY;
                for (double a : args) m = Math.max(m, a);
                return m;
            }),
            many("SUM", "Sum of the numbers", AggregateFunctions::sum),
            many("AVERAGE", "Arithmetic mean of the numbers", args -> args.length == 0 ? DIV0 : sum(args) / args.length)
        );
    }

    private static double sum(double[] args) {
        double s = 0;
        for (double a : args) s += a;
        return s;
    }

    private static ExcelFunction many(String name, String description, ExcelFunction.OverNumbers f) {
        ExcelFunction.OverNumbers guarded = args -> checked(f.apply(args));
        return new ExcelFunction(name, 1, ExcelFunction.VARIADIC, "", ValueType.NUMBER, UnitRule.SAME_AS_ARGUMENTS,
                guarded, description);
    }
}
