package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Arguments.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.any;

import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Value;

/**
 * SUMIF SUMIFS COUNTIF COUNTIFS AVERAGEIF AVERAGEIFS MAXIFS MINIFS and SUMPRODUCT. Ranges are arrays
 * (or a single value); every range of one call has the same shape, else #VALUE!. Only numbers are
 * summed, averaged or compared; text and logicals in the summed range are skipped.
 */
final class CriteriaFunctions {
    private CriteriaFunctions() {}

    private enum Fold { SUM, COUNT, AVERAGE, MAX, MIN }

    static List<ExcelFunction> all() {
        return List.of(
            define("SUMIF", "SUMIF(range, criterion, [sum_range]): the sum where the criterion holds")
                .parameters(any("range"), any("criteria"), any("sum_range").orAbsent()).unit(new UnitRule.CriteriaRange())
                .javaValues(guarded(args -> single(args, Fold.SUM))).javaOnly(),
            define("AVERAGEIF", "AVERAGEIF(range, criterion, [average_range]): the mean where the criterion holds")
                .parameters(any("range"), any("criteria"), any("average_range").orAbsent()).unit(new UnitRule.CriteriaRange())
                .javaValues(guarded(args -> single(args, Fold.AVERAGE))).javaOnly(),
            define("COUNTIF", "COUNTIF(range, criterion): how many values meet the criterion")
                .parameters(any("range"), any("criteria")).javaValues(guarded(args -> single(args, Fold.COUNT))).javaOnly(),
            ifs(define("SUMIFS", "SUMIFS(sum_range, range1, criterion1, ...): the sum where every criterion holds"), "sum_range", Fold.SUM),
            ifs(define("AVERAGEIFS", "AVERAGEIFS(average_range, range1, criterion1, ...): the mean where every criterion holds"),
                "average_range", Fold.AVERAGE),
            ifs(define("MAXIFS", "MAXIFS(max_range, range1, criterion1, ...): the largest where every criterion holds (0 if none)").xlfn(),
                "max_range", Fold.MAX),
            ifs(define("MINIFS", "MINIFS(min_range, range1, criterion1, ...): the smallest where every criterion holds (0 if none)").xlfn(),
                "min_range", Fold.MIN),
            define("COUNTIFS", "COUNTIFS(range1, criterion1, ...): how many positions meet every criterion")
                .parameters(any("criteria_range").repeating(), any("criteria").repeating()).javaValues(guarded(CriteriaFunctions::countIfs)).javaOnly(),
            define("SUMPRODUCT", "SUMPRODUCT(array1, array2, ...): the sum of the element-wise products")
                .parameters(any("array").repeating()).unit(new UnitRule.Product()).javaValues(guarded(CriteriaFunctions::sumProduct)).javaOnly()
        );
    }

    private static ExcelFunction ifs(ExcelFunction.Builder declaration, String first, Fold fold) {
        return declaration.parameters(any(first).unit("x"), any("criteria_range").repeating(), any("criteria").repeating()).unit("x")
                .javaValues(guarded(args -> multiple(args, fold))).javaOnly();
    }

    private static Value.Array range(Value v) {
        if (v instanceof Value.Err e) throw new Failed(e);
        return array(v);
    }

    private static void sameShape(Value.Array a, Value.Array b) {
        if (a.rows() != b.rows() || a.columns() != b.columns()) throw fail(ExcelError.VALUE);
    }

    private static Value single(Value[] args, Fold fold) {
        Value.Array range = range(args[0]);
        Criterion criterion = Criterion.of(args[1] == null ? new Value.Num(0) : args[1]);
        Value.Array folded = optional(args, 2) == null ? range : range(args[2]);
        sameShape(range, folded);
        List<Value> picked = new ArrayList<>();
        for (int i = 0; i < range.elements().size(); i++) if (criterion.test(range.elements().get(i))) picked.add(folded.elements().get(i));
        return fold(picked, fold);
    }

    private static Value multiple(Value[] args, Fold fold) {
        Value.Array folded = range(args[0]);
        if ((args.length - 1) % 2 != 0) throw fail(ExcelError.VALUE);
        boolean[] keep = matching(args, 1, folded);
        List<Value> picked = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) if (keep[i]) picked.add(folded.elements().get(i));
        return fold(picked, fold);
    }

    private static Value countIfs(Value[] args) {
        if (args.length % 2 != 0) throw fail(ExcelError.VALUE);
        boolean[] keep = matching(args, 0, range(args[0]));
        int n = 0;
        for (boolean k : keep) if (k) n++;
        return new Value.Num(n);
    }

    /** Which positions meet every (range, criterion) pair from {@code args[from]} on; each range shaped like {@code shape}. */
    private static boolean[] matching(Value[] args, int from, Value.Array shape) {
        boolean[] keep = new boolean[shape.elements().size()];
        java.util.Arrays.fill(keep, true);
        for (int p = from; p + 1 < args.length; p += 2) {
            Value.Array range = range(args[p]);
            sameShape(shape, range);
            Criterion criterion = Criterion.of(args[p + 1] == null ? new Value.Num(0) : args[p + 1]);
            for (int i = 0; i < keep.length; i++) keep[i] &= criterion.test(range.elements().get(i));
        }
        return keep;
    }

    private static Value fold(List<Value> picked, Fold fold) {
        if (fold == Fold.COUNT) return new Value.Num(picked.size());
        double sum = 0, max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
        int n = 0;
        for (Value v : picked) {
            if (v instanceof Value.Err e) throw new Failed(e);
            if (!(v instanceof Value.Num num)) continue;
            sum += num.value();
            max = Math.max(max, num.value());
            min = Math.min(min, num.value());
            n++;
        }
        double result = switch (fold) {
            case SUM -> sum;
            case AVERAGE -> n == 0 ? ExcelError.DIV0.asDouble() : sum / n;
            case MAX -> n == 0 ? 0 : max;
            case MIN -> n == 0 ? 0 : min;
            case COUNT -> throw new IllegalStateException("counted above");
        };
        return Double.isNaN(result) ? new Value.Err(ExcelError.of(result)) : new Value.Num(Errors.checked(result));
    }

    private static Value sumProduct(Value[] args) {
        Value.Array first = range(args[0]);
        double[] products = new double[first.elements().size()];
        java.util.Arrays.fill(products, 1);
        for (Value arg : args) {
            Value.Array a = range(arg);
            sameShape(first, a);
            for (int i = 0; i < products.length; i++) {
                Value v = a.elements().get(i);
                if (v instanceof Value.Err e) throw new Failed(e);
                products[i] *= v instanceof Value.Num n ? n.value() : 0;
            }
        }
        double sum = 0;
        for (double p : products) sum += p;
        return new Value.Num(Errors.checked(sum));
    }
}
