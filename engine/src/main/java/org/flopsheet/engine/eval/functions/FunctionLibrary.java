package org.flopsheet.engine.eval.functions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every function a formula may call, by upper-case name. A new family is a new file listed here. */
public final class FunctionLibrary {
    private static final Map<String, ExcelFunction> BY_NAME = new TreeMap<>();

    static {
        List<ExcelFunction> all = new ArrayList<>();
        all.addAll(MathFunctions.all());
        all.addAll(AggregateFunctions.all());
        all.addAll(RoundingFunctions.all());
        all.addAll(LogicalFunctions.all());
        all.addAll(LookupFunctions.all());
        all.addAll(TextFunctions.all());
        all.addAll(CriteriaFunctions.all());
        for (ExcelFunction f : all) BY_NAME.put(f.name(), f);
    }

    private FunctionLibrary() {}

    /** The function named {@code name} in any letter case, or null. */
    public static ExcelFunction lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("_XLFN.")) upper = upper.substring(6);
        if (upper.startsWith("_XLWS.")) upper = upper.substring(6);
        return BY_NAME.get(upper);
    }

    public static Collection<ExcelFunction> all() { return BY_NAME.values(); }
}
