package org.flopsheet.engine.unparse;

import java.util.stream.Collectors;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.UnitExpr;

/**
 * Writes a syntax tree back as .flop text, with parentheses only where the DSL's grammar needs them,
 * so that parsing the text gives the same tree. Numbers keep the text they were written with.
 */
public final class DslFormula {
    private static final int COMPARISON = 1, CONCAT = 2, ADDITIVE = 3, MULTIPLICATIVE = 4, UNARY = 5, POWER = 6, PRIMARY = 7;

    private DslFormula() {}

    public static String of(Expr e) {
        if (e instanceof Expr.Num n && n.unit() != null) return n.text() + " " + UnitExpr.text(n.unit());
        if (e instanceof Expr.ArrayOf a && a.unit() != null) return elements(a) + " " + UnitExpr.text(a.unit());
        return write(e);
    }

    /** Inside a formula a number with a unit stands in parentheses, so the unit cannot be read as the quantity's. */
    private static String write(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.unit() == null ? n.text() : "(" + n.text() + " " + UnitExpr.text(n.unit()) + ")";
            case Expr.Bool b -> b.value() ? "TRUE" : "FALSE";
            case Expr.Text t -> text(t.value());
            case Expr.Missing m -> "";
            case Expr.ArrayOf a -> a.unit() == null ? elements(a) : "(" + elements(a) + " " + UnitExpr.text(a.unit()) + ")";
            case Expr.Ref r -> r.name();
            case Expr.Call c -> c.name() + "(" + c.args().stream().map(DslFormula::write).collect(Collectors.joining(", ")) + ")";
            case Expr.Unary u -> u.op().symbol + wrap(u.operand(), UNARY);
            case Expr.Convert c -> write(c.inner());
            case Expr.Binary b -> binary(b);
        };
    }

    /** Text in quotes as the DSL reads it: a quote doubled, as in Excel; backslash and line breaks escaped. */
    public static String text(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\"\"").replace("\n", "\\n") + "\"";
    }

    private static String elements(Expr.ArrayOf a) {
        return a.rows().stream().map(row -> row.stream().map(DslFormula::write).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ", "{", "}"));
    }

    private static String binary(Expr.Binary b) {
        int level = level(b);
        String op = switch (b.op()) {
            case EQ -> "==";
            case NE -> "!=";
            case ADD, SUB, MUL, DIV, POW, LT, LE, GT, GE, CONCAT -> b.op().symbol;
        };
        if (b.op() == Expr.BinaryOp.POW) {
            return wrap(b.left(), PRIMARY) + "^" + wrap(b.right(), UNARY);
        }
        String spaced = level == MULTIPLICATIVE ? op : " " + op + " ";
        int leftMinimum = level == COMPARISON ? COMPARISON + 1 : level; // comparisons do not chain
        return wrap(b.left(), leftMinimum) + spaced + wrap(b.right(), level + 1);
    }

    /** {@code e} as text, in parentheses when it binds looser than {@code minimum}. */
    private static String wrap(Expr e, int minimum) {
        String text = write(e);
        return level(e) < minimum ? "(" + text + ")" : text;
    }

    private static int level(Expr e) {
        return switch (e) {
            case Expr.Binary b -> switch (b.op()) {
                case ADD, SUB -> ADDITIVE;
                case MUL, DIV -> MULTIPLICATIVE;
                case POW -> POWER;
                case CONCAT -> CONCAT;
                case EQ, NE, LT, LE, GT, GE -> COMPARISON;
            };
            case Expr.Unary u -> UNARY;
            case Expr.Convert c -> level(c.inner());
            case Expr.Num n -> PRIMARY;
            case Expr.Bool b -> PRIMARY;
            case Expr.Text t -> PRIMARY;
            case Expr.Missing m -> PRIMARY;
            case Expr.ArrayOf a -> PRIMARY;
            case Expr.Ref r -> PRIMARY;
            case Expr.Call c -> PRIMARY;
        };
    }
}
