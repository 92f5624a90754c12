package org.flopsheet.engine.eval.functions;

import java.util.ArrayList;
import java.util.Collection;
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

    static {
        List<ExcelFunction> all = new ArrayList<>();
        all.addAll(MathFunctions.all());
        all.addAll(AggregateFunctions.all());
        all.addAll(RoundingFunctions.all());
        all.addAll(LogicalFunctions.all());
        for (ExcelFunction f : all) BY_NAME.put(f.name(), f);
    }

    private FunctionLibrary() {}

    /** The function named {@code name} in any letter case, or null. */
    public static ExcelFunction lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("_XLFN.")) upper = upper.substring(6);
        return BY_NAME.get(upper);
    }

    public static Collection<ExcelFunction> all() { return BY_NAME.values(); }

    /** The function {@code call} calls, checked for its number of arguments; a FlopError at the call otherwise. */
    public static ExcelFunction resolve(SourceFile file, Expr.Call call) {
        ExcelFunction f = lookup(call.name());
        if (f == null) {
            String guess = Suggestions.closest(call.name().toUpperCase(Locale.ROOT), all().stream().map(ExcelFunction::name).toList());
            throw new FlopError(file, call.pos(), "unknown function '" + call.name() + "'",
                    guess != null ? "did you mean " + guess + "?" : "see the README for the list of functions");
        }
        int n = call.args().size();
        if (n < f.minArgs() || n > f.maxArgs()) {
            throw new FlopError(file, call.pos(), f.name() + " takes " + f.arity() + ", but " + n + (n == 1 ? " was" : " were") + " given",
                    f.name() + ": " + f.description());
        }
        return f;
    }
}
