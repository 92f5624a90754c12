package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Errors.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.any;
import static org.flopsheet.engine.eval.functions.Parameter.logical;

import java.util.List;
import java.util.function.Predicate;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.Elementwise;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ExcelMath;
import org.flopsheet.engine.eval.Node;

/**
 * IF, IFS, SWITCH, IFERROR, IFNA, AND, OR, XOR, NOT, TRUE, FALSE. Logical values are 1 and 0; any
 * non-zero number counts as TRUE. Branches are lazy in Java as in Excel (only the chosen one runs);
 * the JavaScript twins get every argument evaluated, which gives the same values since nothing has
 * side effects.
 */
final class LogicalFunctions {
    private LogicalFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("IF", "IF(test, then, else): else defaults to FALSE; only an error in the test or the chosen branch shows")
                .parameters(logical("logical_test"), branch("value_if_true"), branch("value_if_false").orAbsent())
                .result(ResultType.LIKE_RESULTS).unit("x")
                .java((ExcelFunction.Lazy) (args, slots) -> {
                    double test = args[0].eval(slots);
                    if (Double.isNaN(test)) return test;
                    return test != 0 ? args[1].eval(slots) : args.length > 2 ? args[2].eval(slots) : 0;
                })
                .onValues(LogicalFunctions::conditional)
                .js("(test, a, b) => isErr(test) ? test : test !== 0 ? a : b === undefined ? 0 : b"),
            define("IFS", "IFS(test1, value1, test2, value2, ...): the value of the first TRUE test; #N/A when none is")
                .parameters(logical("logical_test").lazily().repeating(), branch("value_if_true").repeating())
                .result(ResultType.LIKE_RESULTS).unit("x").xlfn()
                .java((ExcelFunction.Lazy) LogicalFunctions::ifs)
                .onValues(LogicalFunctions::ifs)
                .js("""
                    (...args) => {
                      for (let i = 0; i < args.length; i += 2) {
                        if (isErr(args[i])) return args[i];
                        if (args[i] !== 0) return args[i + 1];
                      }
                      return NA;
                    }"""),
            define("SWITCH", "SWITCH(expression, value1, result1, ..., [default]): the result of the first value equal to the expression")
                .parameters(Parameter.number("expression").unit("k"), any("value").unit("k").lazily().repeating(),
                        branch("result").repeating(), branch("default").orAbsent())
                .result(ResultType.LIKE_RESULTS).unit("x").xlfn()
                .java((ExcelFunction.Lazy) LogicalFunctions::switchCase)
                .onValues(LogicalFunctions::switchCase)
                .js("""
                    (x, ...args) => {
                      if (isErr(x)) return x;
                      for (let i = 0; i + 1 < args.length; i += 2) {
                        if (isErr(args[i])) return args[i];
                        if (approxEqual(x, args[i])) return args[i + 1];
                      }
                      return args.length % 2 === 1 ? args[args.length - 1] : NA;
                    }"""),
            define("IFERROR", "IFERROR(value, fallback): the fallback when the value is any error (#DIV/0!, #NUM!, ...)")
                .parameters(any("value").unit("x").asResult(), branch("value_if_error"))
                .result(ResultType.LIKE_RESULTS).unit("x")
                .java((ExcelFunction.Lazy) (args, slots) -> {
                    double v = args[0].eval(slots);
                    return Double.isNaN(v) ? args[1].eval(slots) : v;
                })
                .onValues(args -> orElse(args, v -> v instanceof Value.Err))
                .js("(v, fallback) => isErr(v) ? fallback : v"),
            define("IFNA", "IFNA(value, fallback): the fallback when the value is #N/A; other errors stay")
                .parameters(any("value").unit("x").asResult(), branch("value_if_na"))
                .result(ResultType.LIKE_RESULTS).unit("x").xlfn()
                .java((ExcelFunction.Lazy) (args, slots) -> {
                    double v = args[0].eval(slots);
                    return Double.isNaN(v) && ExcelError.of(v) == ExcelError.NA ? args[1].eval(slots) : v;
                })
                .onValues(args -> orElse(args, v -> v instanceof Value.Err e && e.error() == ExcelError.NA))
                .js("(v, fallback) => v === NA ? fallback : v"),
            define("AND", "TRUE when every argument is TRUE")
                .parameters(logical("logical").repeating()).logical()
                .javaMany(args -> {
                    for (double a : args) if (a == 0) return 0;
                    return 1;
                })
                .js("(...xs) => xs.every(x => x !== 0) ? 1 : 0"),
            define("OR", "TRUE when any argument is TRUE")
                .parameters(logical("logical").repeating()).logical()
                .javaMany(args -> {
                    for (double a : args) if (a != 0) return 1;
                    return 0;
                })
                .js("(...xs) => xs.some(x => x !== 0) ? 1 : 0"),
            define("XOR", "TRUE when an odd number of the arguments are TRUE")
                .parameters(logical("logical").repeating()).logical().xlfn()
                .javaMany(args -> {
                    int trues = 0;
                    for (double a : args) if (a != 0) trues++;
                    return trues % 2;
                })
                .js("(...xs) => xs.filter(x => x !== 0).length % 2"),
            define("NOT", "TRUE for FALSE and FALSE for TRUE")
                .parameters(logical("logical")).logical()
                .java(x -> x == 0 ? 1 : 0)
                .js("x => x === 0 ? 1 : 0"),
            define("TRUE", "The logical value TRUE")
                .logical()
                .javaMany(args -> 1)
                .js("() => 1"),
            define("FALSE", "The logical value FALSE")
                .logical()
                .javaMany(args -> 0)
                .js("() => 0")
        );
    }

    /** A branch: any value of the result's unit, evaluated only when chosen, possibly the result itself. */
    private static Parameter branch(String name) {
        return any(name).unit("x").lazily().asResult();
    }

    private static double ifs(Node[] args, double[] slots) {
        for (int i = 0; i < args.length; i += 2) {
            double test = args[i].eval(slots);
            if (Double.isNaN(test)) return test;
            if (test != 0) return args[i + 1].eval(slots);
        }
        return NA;
    }

    private static double switchCase(Node[] args, double[] slots) {
        double x = args[0].eval(slots);
        if (Double.isNaN(x)) return x;
        int pairs = (args.length - 1) / 2;
        for (int i = 0; i < pairs; i++) {
            double value = args[1 + 2 * i].eval(slots);
            if (Double.isNaN(value)) return value;
            if (ExcelMath.approxEqual(x, value)) return args[2 + 2 * i].eval(slots);
        }
        return args.length % 2 == 0 ? args[args.length - 1].eval(slots) : NA;
    }

    /** IF on values: an omitted else is FALSE, an empty branch 0; an array of tests picks element by element. */
    private static Value conditional(Value[] args) {
        Value test = args[0] == null ? Value.Bool.FALSE : args[0];
        Value then = orZero(args[1]);
        Value otherwise = args.length > 2 ? orZero(args[2]) : Value.Bool.FALSE;
        if (!(test instanceof Value.Array)) return pick(test, then, otherwise);
        return Elementwise.zipAll(new Value[] {test, then, otherwise}, v -> pick(v[0], v[1], v[2]));
    }

    private static Value pick(Value test, Value then, Value otherwise) {
        Value t = Coercion.logical(test);
        if (t instanceof Value.Err) return t;
        return ((Value.Bool) t).value() ? then : otherwise;
    }

    private static Value ifs(Value[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            Value t = Coercion.logical(orZero(args[i]));
            if (t instanceof Value.Err) return t;
            if (((Value.Bool) t).value()) return orZero(args[i + 1]);
        }
        return new Value.Err(ExcelError.NA);
    }

    private static Value switchCase(Value[] args) {
        Value x = orZero(args[0]);
        if (x instanceof Value.Err) return x;
        int pairs = (args.length - 1) / 2;
        for (int i = 0; i < pairs; i++) {
            Value value = orZero(args[1 + 2 * i]);
            if (value instanceof Value.Err) return value;
            if (value.getClass() == x.getClass() && Coercion.compare(x, value) == 0) return orZero(args[2 + 2 * i]);
        }
        return args.length % 2 == 0 ? orZero(args[args.length - 1]) : new Value.Err(ExcelError.NA);
    }

    /**
     * IFERROR and IFNA on values: the fallback where the value failed. An array value is checked element by
     * element against the fallback's matching element (a single row or column of it repeated).
     */
    private static Value orElse(Value[] args, Predicate<Value> failed) {
        Value value = orZero(args[0]), fallback = orZero(args[1]);
        if (!(value instanceof Value.Array)) return failed.test(value) ? fallback : value;
        return Elementwise.zip(value, fallback, (v, f) -> failed.test(v) ? f : v);
    }

    private static Value orZero(Value v) {
        return v == null ? new Value.Num(0) : v;
    }
}
