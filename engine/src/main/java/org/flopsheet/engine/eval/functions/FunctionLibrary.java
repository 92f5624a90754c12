package org.flopsheet.engine.eval.functions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flopsheet.engine.compile.Suggestions;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;

/** Every function a formula may call, by upper-case name. A new family is a new file listed here. */
public final class FunctionLibrary {
    private static final Map<String, ExcelFunction> BY_NAME = new TreeMap<>();
    private static final Map<String, List<ExcelFunction>> BY_CATEGORY = new LinkedHashMap<>();

    static {
        category("Math", MathFunctions.all(), RoundingFunctions.all(), TrigonometryFunctions.all(), CombinatoricsFunctions.all());
        category("Statistics", AggregateFunctions.all(), StatisticsFunctions.all());
        category("Distributions", DistributionFunctions.all());
        category("Logical", LogicalFunctions.all());
        category("Information", InformationFunctions.all());
        category("Lookup and arrays", LookupFunctions.all());
        category("Text", TextFunctions.all());
        category("Criteria", CriteriaFunctions.all());
    }

    @SafeVarargs
    private static void category(String name, List<ExcelFunction>... families) {
        List<ExcelFunction> all = new ArrayList<>();
        for (List<ExcelFunction> family : families) all.addAll(family);
        all.sort(Comparator.comparing(ExcelFunction::name));
        BY_CATEGORY.put(name, List.copyOf(all));
        for (ExcelFunction f : all) {
            if (BY_NAME.put(f.name(), f) != null) throw new IllegalStateException(f.name() + " is declared twice");
        }
    }

    private FunctionLibrary() {}

    /** The function named {@code name} in any letter case, with or without Excel's {@code _xlfn.} prefix, or null. */
    public static ExcelFunction lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("_XLFN.")) upper = upper.substring(6);
        if (upper.startsWith("_XLWS.")) upper = upper.substring(6);
        return BY_NAME.get(upper);
    }

    /** Every function, in alphabetical order. */
    public static Collection<ExcelFunction> all() { return BY_NAME.values(); }

    /** The functions by category (Math, Statistics, ...), each list alphabetical, as the README lists them. */
    public static Map<String, List<ExcelFunction>> byCategory() { return BY_CATEGORY; }

    /** The function {@code call} calls, checked for its number of arguments; a FlopError at the call otherwise. */
    public static ExcelFunction resolve(SourceFile file, Expr.Call call) {
        ExcelFunction f = lookup(call.name());
        if (f == null) {
            String guess = Suggestions.closest(call.name().toUpperCase(Locale.ROOT), all().stream().map(ExcelFunction::name).toList());
            throw new FlopError(file, call.pos(), "unknown function '" + call.name() + "'",
                    guess != null ? "did you mean " + guess + "?" : "see the README for the list of functions");
        }
        String wrongCount = f.whyNot(call.args().size());
        if (wrongCount != null) throw new FlopError(file, call.pos(), wrongCount, f.signature() + ": " + f.description());
        return f;
    }
}
