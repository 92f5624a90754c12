package org.flopsheet.engine.eval.functions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
        return BY_NAME.get(upper);
    }

    /** Every function, in alphabetical order. */
    public static Collection<ExcelFunction> all() { return BY_NAME.values(); }

    /** The functions by category (Math, Statistics, ...), each list alphabetical, as the README lists them. */
    public static Map<String, List<ExcelFunction>> byCategory() { return BY_CATEGORY; }
}
