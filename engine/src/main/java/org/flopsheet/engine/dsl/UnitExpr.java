package org.flopsheet.engine.dsl;

/** The syntax of a unit as written: {@code FLOP/(param*token)}, {@code GB}, {@code s^-1}. */
public sealed interface UnitExpr {
    Pos pos();

    record Name(String name, Pos pos) implements UnitExpr {}

    /** The number 1, as in {@code 1/s}. */
    record One(Pos pos) implements UnitExpr {}

    record Product(UnitExpr left, UnitExpr right, Pos pos) implements UnitExpr {}

    record Quotient(UnitExpr left, UnitExpr right, Pos pos) implements UnitExpr {}

    /** {@code base ^ (numerator/denominator)}. */
    record Power(UnitExpr base, int numerator, int denominator, Pos pos) implements UnitExpr {}

    /** Canonical text of a unit expression, with parentheses only where needed. */
    static String text(UnitExpr u) {
        return switch (u) {
            case Name n -> n.name();
            case One o -> "1";
            case Product p -> text(p.left()) + "*" + text(p.right());
            case Quotient q -> text(q.left()) + "/" + (q.right() instanceof Name || q.right() instanceof Power
                    ? text(q.right()) : "(" + text(q.right()) + ")");
            case Power p -> (p.base() instanceof Name ? text(p.base()) : "(" + text(p.base()) + ")") + "^"
                    + (p.denominator() == 1 ? String.valueOf(p.numerator())
                       : "(" + p.numerator() + "/" + p.denominator() + ")");
        };
    }
}
