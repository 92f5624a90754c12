package org.flopsheet.engine.eval.functions;

import static org.flopsheet.engine.eval.functions.Arguments.*;
import static org.flopsheet.engine.eval.functions.ExcelFunction.define;
import static org.flopsheet.engine.eval.functions.Parameter.any;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.eval.Coercion;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Value;

/**
 * Lookups and arrays: CHOOSE INDEX MATCH XMATCH VLOOKUP HLOOKUP XLOOKUP ROWS COLUMNS TRANSPOSE SORT
 * UNIQUE FILTER SEQUENCE, with Excel's documented errors (#N/A when a key is absent, #REF! for a
 * position outside the array, #VALUE! for a position below 1, #CALC! for an empty FILTER).
 */
final class LookupFunctions {
    private LookupFunctions() {}

    static List<ExcelFunction> all() {
        return List.of(
            define("CHOOSE", "CHOOSE(k, value1, value2, ...): the k-th value")
                .parameters(Parameter.number("index_num"), any("value").unit("x").repeating().asResult())
                .result(ResultType.LIKE_RESULTS).unit("x").javaValues(guarded(LookupFunctions::choose)).javaOnly(),
            define("INDEX", "INDEX(array, row, [column]): the element at a position; 0 takes a whole row or column")
                .parameters(any("array").unit("x"), any("row_num").unit(""), any("column_num").unit("").orAbsent())
                .result(ResultType.ANY).unit("x").javaValues(guarded(LookupFunctions::index)).javaOnly(),
            define("MATCH", "MATCH(key, array, [type]): the position of the key; type 0 exact, 1 (default) largest not above, -1 smallest not below")
                .parameters(any("lookup_value").unit("k"), any("lookup_array").unit("k"), any("match_type").unit("").orAbsent())
                .javaValues(guarded(LookupFunctions::match)).javaOnly(),
            define("XMATCH", "XMATCH(key, array, [match_mode], [search_mode]): the position of the key; exact by default")
                .parameters(any("lookup_value").unit("k"), any("lookup_array").unit("k"), any("match_mode").unit("").orAbsent(),
                        any("search_mode").unit("").orAbsent())
                .xlfn().javaValues(guarded(LookupFunctions::xmatch)).javaOnly(),
            define("VLOOKUP", "VLOOKUP(key, table, column, [approximate]): finds the key in the first column, returns that row's value in a column")
                .parameters(any("lookup_value"), any("table_array").unit("x"), any("col_index_num").unit(""), any("range_lookup").orAbsent())
                .result(ResultType.ANY).unit("x").javaValues(guarded(args -> tableLookup(args, true))).javaOnly(),
            define("HLOOKUP", "HLOOKUP(key, table, row, [approximate]): finds the key in the first row, returns that column's value in a row")
                .parameters(any("lookup_value"), any("table_array").unit("x"), any("row_index_num").unit(""), any("range_lookup").orAbsent())
                .result(ResultType.ANY).unit("x").javaValues(guarded(args -> tableLookup(args, false))).javaOnly(),
            define("XLOOKUP", "XLOOKUP(key, keys, results, [if_not_found], [match_mode], [search_mode]): the result beside the key")
                .parameters(any("lookup_value").unit("k"), any("lookup_array").unit("k"), any("return_array").unit("x"),
                        any("if_not_found").unit("x").orAbsent(), any("match_mode").unit("").orAbsent(), any("search_mode").unit("").orAbsent())
                .result(ResultType.ANY).unit("x").xlfn().javaValues(guarded(LookupFunctions::xlookup)).javaOnly(),
            define("ROWS", "ROWS(array): the number of rows")
                .parameters(any("array")).javaValues(guarded(args -> new Value.Num(array(present(args[0])).rows()))).javaOnly(),
            define("COLUMNS", "COLUMNS(array): the number of columns")
                .parameters(any("array")).javaValues(guarded(args -> new Value.Num(array(present(args[0])).columns()))).javaOnly(),
            define("TRANSPOSE", "TRANSPOSE(array): rows become columns")
                .parameters(any("array").unit("x")).result(ResultType.ANY).unit("x").javaValues(guarded(LookupFunctions::transpose)).javaOnly(),
            define("SORT", "SORT(array, [by_index], [order], [by_column]): the rows sorted by one column (1 ascending, -1 descending)")
                .parameters(any("array").unit("x"), any("sort_index").unit("").orAbsent(), any("sort_order").unit("").orAbsent(),
                        any("by_col").orAbsent())
                .result(ResultType.ANY).unit("x").xlws().javaValues(guarded(LookupFunctions::sort)).javaOnly(),
            define("UNIQUE", "UNIQUE(array, [by_column], [exactly_once]): the distinct rows, in order of first appearance")
                .parameters(any("array").unit("x"), any("by_col").orAbsent(), any("exactly_once").orAbsent())
                .result(ResultType.ANY).unit("x").xlfn().javaValues(guarded(LookupFunctions::unique)).javaOnly(),
            define("FILTER", "FILTER(array, include, [if_empty]): the rows (or columns) whose include value is TRUE; #CALC! when none is")
                .parameters(any("array").unit("x"), any("include"), any("if_empty").unit("x").orAbsent())
                .result(ResultType.ANY).unit("x").xlws().javaValues(guarded(LookupFunctions::filter)).javaOnly(),
            define("SEQUENCE", "SEQUENCE(rows, [columns], [start], [step]): an array of evenly spaced numbers")
                .parameters(any("rows").unit(""), any("columns").unit("").orAbsent(), any("start").unit("").orAbsent(),
                        any("step").unit("").orAbsent())
                .result(ResultType.ANY).xlfn().javaValues(guarded(LookupFunctions::sequence)).javaOnly()
        );
    }

    private static Value present(Value v) {
        if (v == null) throw fail(ExcelError.VALUE);
        if (v instanceof Value.Err e) throw new Failed(e);
        return v;
    }

    private static Value choose(Value[] args) {
        int k = (int) number(present(args[0]));
        if (k < 1 || k >= args.length) throw fail(ExcelError.VALUE);
        Value v = args[k];
        return v == null ? new Value.Num(0) : v;
    }

    private static Value index(Value[] args) {
        Value.Array a = array(present(args[0]));
        int row = integer(args, 1, 0);
        Value columnArg = optional(args, 2);
        int column = integer(args, 2, 0);
        if (row < 0 || column < 0) throw fail(ExcelError.VALUE);
        if (columnArg == null && a.rows() == 1 && a.columns() > 1) { // INDEX({1,2,3}, 2): a single row is indexed along it
            column = row;
            row = 1;
        }
        if (row > a.rows() || column > a.columns()) throw fail(ExcelError.REF);
        if (row == 0 && column == 0) return a;
        if (row == 0) return result(a.rows(), 1, column(a, column - 1));
        if (column == 0) {
            if (a.columns() == 1) return a.at(row - 1, 0);
            return result(1, a.columns(), Arguments.row(a, row - 1));
        }
        return a.at(row - 1, column - 1);
    }

    private static Value match(Value[] args) {
        Value key = present(args[0]);
        List<Value> values = vector(array(present(args[1])));
        int type = (int) Math.signum(number(args, 2, 1));
        int i = switch (type) {
            case 0 -> Matching.exact(key, values, true, false);
            case 1 -> Matching.lastNotAbove(key, values);
            default -> Matching.lastNotBelow(key, values);
        };
        if (i < 0) throw fail(ExcelError.NA);
        return new Value.Num(i + 1);
    }

    private static Value xmatch(Value[] args) {
        Value key = present(args[0]);
        List<Value> values = vector(array(present(args[1])));
        int i = xfind(key, values, integer(args, 2, 0), integer(args, 3, 1));
        if (i < 0) throw fail(ExcelError.NA);
        return new Value.Num(i + 1);
    }

    /** XMATCH and XLOOKUP: match mode 0 exact, -1 or next smaller, 1 or next larger, 2 wildcards; search 1 or 2 forward, -1 or -2 backward. */
    private static int xfind(Value key, List<Value> values, int matchMode, int searchMode) {
        if (matchMode < -1 || matchMode > 2 || searchMode == 0 || Math.abs(searchMode) > 2) throw fail(ExcelError.VALUE);
        boolean backwards = searchMode < 0;
        if (matchMode == 2) return Matching.exact(key, values, true, backwards);
        return Matching.nearest(key, values, matchMode, backwards);
    }

    private static Value tableLookup(Value[] args, boolean vertical) {
        Value key = present(args[0]);
        Value.Array table = array(present(args[1]));
        int n = integer(args, 2, 0);
        boolean approximate = logical(args, 3, true);
        if (n < 1) throw fail(ExcelError.VALUE);
        if (n > (vertical ? table.columns() : table.rows())) throw fail(ExcelError.REF);
        List<Value> keys = vertical ? column(table, 0) : Arguments.row(table, 0);
        int i = approximate ? Matching.lastNotAbove(key, keys) : Matching.exact(key, keys, true, false);
        if (i < 0) throw fail(ExcelError.NA);
        return vertical ? table.at(i, n - 1) : table.at(n - 1, i);
    }

    private static Value xlookup(Value[] args) {
        Value key = present(args[0]);
        Value.Array keys = array(present(args[1]));
        Value.Array results = array(present(args[2]));
        boolean byRow = keys.columns() == 1;
        if (keys.rows() != 1 && keys.columns() != 1) throw fail(ExcelError.VALUE);
        int length = keys.elements().size();
        if (byRow ? results.rows() != length : results.columns() != length) throw fail(ExcelError.VALUE);
        int i = xfind(key, keys.elements(), integer(args, 4, 0), integer(args, 5, 1));
        if (i < 0) {
            Value ifNotFound = optional(args, 3);
            if (ifNotFound == null) throw fail(ExcelError.NA);
            return ifNotFound;
        }
        return byRow ? result(1, results.columns(), Arguments.row(results, i)) : result(results.rows(), 1, column(results, i));
    }

    private static Value transpose(Value[] args) {
        Value.Array a = array(present(args[0]));
        List<Value> out = new ArrayList<>();
        for (int c = 0; c < a.columns(); c++) out.addAll(column(a, c));
        return result(a.columns(), a.rows(), out);
    }

    /** Excel's sort order: numbers, then text (ignoring case), then logicals, then errors. */
    static final Comparator<Value> SORT_ORDER = (x, y) -> {
        boolean ex = x instanceof Value.Err, ey = y instanceof Value.Err;
        if (ex || ey) return Boolean.compare(ex, ey);
        return Coercion.compare(x, y);
    };

    private static Value sort(Value[] args) {
        Value.Array a = array(present(args[0]));
        int by = integer(args, 1, 1);
        int order = integer(args, 2, 1);
        boolean byColumn = logical(args, 3, false);
        if (order != 1 && order != -1) throw fail(ExcelError.VALUE);
        Value.Array lines = byColumn ? (Value.Array) transposed(a) : a;
        if (by < 1 || by > lines.columns()) throw fail(ExcelError.VALUE);
        List<List<Value>> rows = new ArrayList<>();
        for (int r = 0; r < lines.rows(); r++) rows.add(Arguments.row(lines, r));
        Comparator<List<Value>> cmp = Comparator.comparing(row -> row.get(by - 1), SORT_ORDER);
        rows.sort(order == 1 ? cmp : cmp.reversed());
        Value.Array sorted = new Value.Array(lines.rows(), lines.columns(), rows.stream().flatMap(List::stream).toList());
        return byColumn ? transposed(sorted) : result(sorted.rows(), sorted.columns(), sorted.elements());
    }

    private static Value transposed(Value.Array a) {
        List<Value> out = new ArrayList<>();
        for (int c = 0; c < a.columns(); c++) out.addAll(column(a, c));
        return new Value.Array(a.columns(), a.rows(), out);
    }

    private static Value unique(Value[] args) {
        Value.Array a = array(present(args[0]));
        boolean byColumn = logical(args, 1, false);
        boolean exactlyOnce = logical(args, 2, false);
        Value.Array lines = byColumn ? (Value.Array) transposed(a) : a;
        Map<List<Object>, List<Value>> firstOf = new LinkedHashMap<>();
        Map<List<Object>, Integer> count = new LinkedHashMap<>();
        for (int r = 0; r < lines.rows(); r++) {
            List<Value> row = Arguments.row(lines, r);
            List<Object> key = row.stream().map(LookupFunctions::identity).toList();
            firstOf.putIfAbsent(key, row);
            count.merge(key, 1, Integer::sum);
        }
        List<Value> out = new ArrayList<>();
        int kept = 0;
        for (Map.Entry<List<Object>, List<Value>> e : firstOf.entrySet()) {
            if (exactlyOnce && count.get(e.getKey()) != 1) continue;
            out.addAll(e.getValue());
            kept++;
        }
        if (kept == 0) throw fail(ExcelError.CALC);
        Value.Array u = new Value.Array(kept, lines.columns(), out);
        return byColumn ? transposed(u) : result(u.rows(), u.columns(), u.elements());
    }

    /** What makes two values the same for UNIQUE: text ignoring case, numbers by value (0 and -0 alike). */
    private static Object identity(Value v) {
        return switch (v) {
            case Value.Text t -> "t" + Matching.lower(t.value());
            case Value.Num n -> n.value() == 0 ? 0.0 : n.value();
            case Value.Bool b -> b.value();
            case Value.Err e -> e.error();
            case Value.Array a -> a;
        };
    }

    private static Value filter(Value[] args) {
        Value.Array a = array(present(args[0]));
        Value.Array include = array(present(args[1]));
        boolean byRow;
        if (include.columns() == 1 && include.rows() == a.rows()) byRow = true;
        else if (include.rows() == 1 && include.columns() == a.columns()) byRow = false;
        else throw fail(ExcelError.VALUE);
        List<Value> out = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < include.elements().size(); i++) {
            Value flag = include.elements().get(i);
            if (flag instanceof Value.Err e) throw new Failed(e);
            Value b = Coercion.logical(flag);
            if (b instanceof Value.Err e) throw new Failed(e);
            if (!((Value.Bool) b).value()) continue;
            kept++;
            out.addAll(byRow ? Arguments.row(a, i) : column(a, i));
        }
        if (kept == 0) {
            Value ifEmpty = optional(args, 2);
            if (ifEmpty == null) throw fail(ExcelError.CALC);
            return ifEmpty;
        }
        if (byRow) return result(kept, a.columns(), out);
        Value.Array columns = new Value.Array(kept, a.rows(), out);
        return transposed(columns) instanceof Value.Array t ? result(t.rows(), t.columns(), t.elements()) : columns;
    }

    private static Value sequence(Value[] args) {
        int rows = integer(args, 0, 1), columns = integer(args, 1, 1);
        double start = number(args, 2, 1), step = number(args, 3, 1);
        if (rows < 1 || columns < 1) throw fail(ExcelError.VALUE); // SEQUENCE(0) too, as Excel's saved results show
        if ((long) rows * columns > 1_048_576) throw fail(ExcelError.VALUE);
        List<Value> out = new ArrayList<>(rows * columns);
        for (int i = 0; i < rows * columns; i++) out.add(new Value.Num(start + i * step));
        return result(rows, columns, out);
    }
}
