package org.flopsheet.engine.simulate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.NodeCompiler;
import org.flopsheet.engine.units.UnitChecker;

/** A question such as {@code parallel_tasks>1e7}: the share of samples where it holds. */
public record Threshold(String text, Quantity quantity, Comparison comparison, double value) {
    public enum Comparison {
        GT(">"), GE(">="), LT("<"), LE("<=");
        public final String symbol;
        Comparison(String symbol) { this.symbol = symbol; }
    }

    private static final Pattern FORM = Pattern.compile("\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(>=|<=|>|<)\\s*(.+)");

    boolean holds(double x) {
        return switch (comparison) {
            case GT -> x > value;
            case GE -> x >= value;
            case LT -> x < value;
            case LE -> x <= value;
        };
    }

    /** Reads {@code NAME>VALUE} (also >=, <, <=); the value may carry a unit of the quantity's dimension. */
    public static Threshold parse(Sheet sheet, String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad --prob '" + text + "': write NAME>VALUE, e.g. parallel_tasks>1e7 (also >=, <, <=)");
        }
        Quantity q = sheet.quantity(m.group(1));
        if (q == null) sheet.inputSlot(m.group(1));
        Comparison c = switch (m.group(2)) {
            case ">" -> Comparison.GT;
            case ">=" -> Comparison.GE;
            case "<" -> Comparison.LT;
            default -> Comparison.LE;
        };
        SourceFile src = SourceFile.of("threshold", m.group(3));
        try {
            Expr value = Parser.parseValue(src, sheet.units()::contains);
            UnitChecker checker = new UnitChecker(src, sheet.units(), n -> {
                throw new FlopError(src, value.pos(), "'" + n + "' is not a number", "write a number, optionally with a unit");
            });
            double v = new NodeCompiler(n -> 0).compile(checker.convertConstant(value, q.unit(), q.name())).eval(new double[0]);
            if (!Double.isFinite(v)) throw new IllegalArgumentException("bad --prob '" + text + "': the threshold is not a number");
            return new Threshold(text.strip(), q, c, v);
        } catch (FlopError e) {
            throw new IllegalArgumentException("bad --prob '" + text + "': " + e.problem(), e);
        }
    }
}
