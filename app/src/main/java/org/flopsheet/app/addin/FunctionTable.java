package org.flopsheet.app.addin;

import java.util.Collection;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.Parameter;

/**
 * The add-in runtime's table of Excel functions, {@code var fn = {...}}, generated from the same
 * declarations the Java engine runs: each entry is the declaration's JavaScript body behind the
 * runtime's {@code guard}, which lets errors in the arguments flow as the parameters' kinds say.
 */
final class FunctionTable {
    private FunctionTable() {}

    static String of(Collection<ExcelFunction> functions) {
        StringBuilder js = new StringBuilder("  var fn = {\n");
        int i = 0;
        for (ExcelFunction f : functions) {
            js.append("    ").append(CustomFunctions.quote(f.name())).append(": guard(\"").append(kinds(f)).append("\", ")
                    .append(f.javaScript().replace("\n", "\n    ")).append(")").append(++i < functions.size() ? "," : "").append("\n");
        }
        return js.append("  };\n").toString();
    }

    /**
     * One letter per parameter, "N" when an error in it is the result before the body runs, "A" when
     * the body sees it; the runtime repeats the last letter, so the repeating group and what follows
     * it must share one letter.
     */
    static String kinds(ExcelFunction f) {
        StringBuilder letters = new StringBuilder();
        for (Parameter p : f.parameters()) letters.append(p.propagatesErrors() ? 'N' : 'A');
        if (letters.isEmpty()) return "A";
        if (f.maxArgs() == ExcelFunction.VARIADIC) {
            int start = 0;
            while (!f.parameters().get(start).repeats()) start++;
            String tail = letters.substring(start);
            if (tail.chars().distinct().count() > 1) {
                throw new IllegalStateException(f.name() + ": the repeating parameters and those after them must all pass errors, or none");
            }
            letters.setLength(start + 1);
        }
        return letters.toString();
    }
}
