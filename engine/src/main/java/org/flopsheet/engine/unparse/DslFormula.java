package org.flopsheet.engine.unparse;

import java.util.stream.Collectors;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.UnitExpr;

/**
 * Writes a syntax tree back as .flop text, with parentheses only where the DSL's grammar needs them,
 * so that parsing the text gives the same tree. Numbers keep the text they were written with.
 */
public final class DslFormula {
    private static final int COMPARISON = 1, ADDITIVE = 2, MULTIPLICATIVE = 3, UNARY = 4, POWER = 5, PRIMARY = 6;

    private DslFormula() {}

    public static String of(Expr e) {
        return e instanceof Expr.Num n && n.unit() != null ? n.text() + " " + UnitExpr.text(n.unit()) : write(e);
    }

    /** Inside a formula a number with a unit stands in parentheses, so the unit cannot be read as the quantity's. */
    private static String write(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.unit() == null ? n.text() : "(" + n.text() + " " + UnitExpr.text(n.unit()) + ")";
            case Expr.Bool b -> b.value() ? "TRUE" : "FALSE";
            case Expr.Ref r -> r.name();
            case Expr.Call c -> c.name() + "(" + c.args().stream().map(DslFormula::write).collect(Collectors.joining(", ")) + ")";
            case Expr.Unary u -> u.op().symbol + wrap(u.operand(), UNARY);
            case Expr.Convert c -> write(c.inner());
            case Expr.Binary b -> binary(b);
        };
    }

    private static String binary(Expr.Binary b) {
        int level = level(b);
        String op = switch (b.op()) {
            case EQ -> "==";
            case NE -> "!=";
            default -> b.op().symbol;
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
                default -> COMPARISON;
            };
            case Expr.Unary u -> UNARY;
            case Expr.Convert c -> level(c.inner());
            default -> PRIMARY;
        };
    }
}
