package org.flopsheet.xlsx;

import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dist.Uncertainty;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;

/**
 * What an edit to the value cell of an uncertain input means. The cell shows the distribution's
 * median. A number typed over it replaces the distribution by that one value, and the change says
 * so (an input correlated with others is refused instead: a value cannot be correlated). Text that
 * reads as a distribution ({@code 1e26 to 1e28}, {@code normal(10, 2)}) becomes the input's
 * distribution, for any number input.
 */
final class UncertainCells {
    private UncertainCells() {}

    /** A distribution typed as text: as it goes into the source, and whether the source already says exactly that. */
    record Typed(String text, boolean sameAsSource) {}

    /**
     * Whether {@code v} is the median an uncertain input's cell was exported with, as saved: LibreOffice
     * writes the values of cells to 15 significant digits (rounding the shortest decimal form, not the
     * exact double), so a median such as sqrt(2) comes back within 1e-14 (relative) of itself. Nobody types
     * a change that small.
     */
    static boolean showsMedian(Sheet model, Quantity q, double v) {
        if (model.uncertainty().input(q.name()) == null) return false;
        double median = model.defaults()[q.index()];
        return Math.abs(v - median) <= 1e-14 * Math.abs(median);
    }

    /** The end of the change note when a number replaces {@code q}'s distribution; "" for an input that had one value. */
    static String replaced(Sheet model, Quantity q, ModelRow row) {
        if (model.uncertainty().input(q.name()) == null) return "";
        for (Uncertainty.Pair pair : model.uncertainty().pairs()) {
            if (pair.first().equals(q.name()) || pair.second().equals(q.name())) {
                String other = pair.first().equals(q.name()) ? pair.second() : pair.first();
                throw new ImportError(row.address() + " (" + q.name() + ") holds a number, but " + q.name() + " is the distribution "
                        + written(model, q) + ", correlated with " + other + ", and one value cannot be correlated: type a distribution"
                        + " as text (e.g. 1e25 to 1e27), or remove the line 'correlate' of " + q.name() + " from the source first");
            }
        }
        return ", one value in place of the distribution " + written(model, q)
                + " (simulate no longer draws it; to keep a distribution, type one as text, e.g. 1e25 to 1e27)";
    }

    static Typed typed(Sheet model, Quantity q, String text, ModelRow row) {
        String typed = text.strip();
        try {
            if (InputValues.distribution(model, q.name(), typed) == null) throw notADistribution(q, text, row, null);
        } catch (IllegalArgumentException e) {
            throw notADistribution(q, text, row, e.getMessage());
        }
        // bare numbers are in the input's unit; where the source writes that unit inside the value (1e25 to 1e27 FLOP), so does the new text
        if (q.decl().unitSpan() == null && !q.unitText().isEmpty() && !hasUnit(model, typed)) typed = typed + " " + q.unitText();
        boolean same = model.uncertainty().input(q.name()) != null && expression(model, q).equals(typed);
        return new Typed(typed, same);
    }

    private static boolean hasUnit(Sheet model, String text) {
        Expr value = Parser.parseValue(SourceFile.of("cell", text), model.units()::contains);
        return value.descendantsAndSelf().stream().anyMatch(e -> e instanceof Expr.Num n && n.unit() != null);
    }

    private static ImportError notADistribution(Quantity q, String text, ModelRow row, String why) {
        return new ImportError(row.address() + " (" + q.name() + ") holds the text '" + text + "', not a number, a formula or a distribution; "
                + q.name() + " is a number input" + (why == null ? "" : " (" + why + ")")
                + "; a distribution is typed as text such as 1e25 to 1e27 or normal(10, 2)");
    }

    /** The input's distribution as the source writes it, with its declared unit: {@code 1e25 to 1e27 FLOP}. */
    private static String written(Sheet model, Quantity q) {
        String unit = q.decl().unitSpan() == null ? "" : " " + q.decl().unitSpan().of(model.source().text());
        return expression(model, q) + unit;
    }

    private static String expression(Sheet model, Quantity q) {
        return q.decl().exprSpan().of(model.source().text()).strip();
    }
}
