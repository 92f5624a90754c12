package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;

import java.util.List;
import org.flopsheet.engine.eval.ValueType;

/** MIN, MAX, SUM, AVERAGE over their arguments; the first error among them wins. */
final class AggregateFunctions {
    private AggregateFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            many("MIN", "Smallest of the numbers", args -> {
                double m = Double.POSITIVE_INFINITY;
                for (double a : args) m = Math.min(m, a);
                return m;
            }),
            many("MAX", "Largest of the numbers", args -> {
                double m = Double.NEGATIVE_INFINITY;
                for (double a : args) m = Math.max(m, a);
                return m;
            }),
            many("SUM", "Sum of the numbers", AggregateFunctions::sum),
            many("AVERAGE", "Arithmetic mean of the numbers", args -> sum(args) / args.length)
        );
    }

    private static double sum(double[] args) {
        double s = 0;
        for (double a : args) s += a;
        return s;
    }

    private static ExcelFunction many(String name, String description, ExcelFunction.ManyArgs f) {
        ExcelFunction.ManyArgs guarded = args -> {
            double err = firstError(args);
            return Double.isNaN(err) ? err : checked(f.apply(args));
        };
        return new ExcelFunction(name, 1, ExcelFunction.VARIADIC, "", ValueType.NUMBER, UnitRule.SAME_AS_ARGUMENTS,
                guarded, description);
    }
}
