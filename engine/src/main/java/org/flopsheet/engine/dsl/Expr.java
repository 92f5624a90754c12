package org.flopsheet.engine.dsl;

import java.util.List;

/** The syntax tree of a formula. Every node knows where it starts in the source. */
public sealed interface Expr {
    /** Where the node's own token is: the operator of a binary expression, the name of a call. */
    Pos pos();

    /** Where the expression's text begins (its leftmost token). */
    default Pos start() {
        Expr e = this;
        while (true) {
            switch (e) {
                case Binary b -> e = b.left();
                case Convert c -> e = c.inner();
                default -> { return e.pos(); }
            }
        }
    }

    /** The direct sub-expressions, left to right. */
    default List<Expr> children() {
        return switch (this) {
            case Num n -> List.of();
            case Bool b -> List.of();
            case Ref r -> List.of();
            case Unary u -> List.of(u.operand());
            case Binary b -> List.of(b.left(), b.right());
            case Call c -> c.args();
            case Convert c -> List.of(c.inner());
        };
    }

    /**
     * The number of levels of the tree, measured without recursion. The compiler, the evaluator and the
     * formula writers recurse over trees, so a formula deeper than {@link #MAX_DEPTH} is refused when read.
     */
    static int depth(Expr root) {
        int deepest = 0;
        java.util.ArrayDeque<Expr> nodes = new java.util.ArrayDeque<>(List.of(root));
        java.util.ArrayDeque<Integer> levels = new java.util.ArrayDeque<>(List.of(1));
        while (!nodes.isEmpty()) {
            Expr e = nodes.pop();
            int level = levels.pop();
            deepest = Math.max(deepest, level);
            for (Expr child : e.children()) {
                nodes.push(child);
                levels.push(level + 1);
            }
        }
        return deepest;
    }

    /** The deepest formula tree accepted: a sum of 1,000 terms; Excel's own formulas stop at 8,192 characters. */
    int MAX_DEPTH = 1000;

    /** A number as written ({@code text}), optionally carrying a unit: {@code 48 GB}. */
    record Num(double value, String text, UnitExpr unit, Pos pos) implements Expr {}

    record Bool(boolean value, Pos pos) implements Expr {}

    /** A reference to another quantity by name. */
    record Ref(String name, Pos pos) implements Expr {}

    record Unary(UnaryOp op, Expr operand, Pos pos) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Pos pos) implements Expr {}

    /** A function call; {@code name} as written, looked up case-insensitively. */
    record Call(String name, List<Expr> args, Pos pos) implements Expr {}

    /**
     * An exact unit conversion the unit checker inserted: {@code inner * numerator / denominator}.
     * It is unparsed as that multiplication, so exported workbooks show the conversion.
     */
    record Convert(Expr inner, double numerator, double denominator, String fromUnit, String toUnit, Pos pos)
            implements Expr {}

    enum UnaryOp {
        NEG("-"), PLUS("+");
        public final String symbol;
        UnaryOp(String symbol) { this.symbol = symbol; }
    }

    enum BinaryOp {
        ADD("+", 2), SUB("-", 2), MUL("*", 3), DIV("/", 3), POW("^", 5),
        EQ("=", 1), NE("<>", 1), LT("<", 1), LE("<=", 1), GT(">", 1), GE(">=", 1);

        public final String symbol;
        /** Binding strength in the DSL (and in Excel, where unary minus is the exception). */
        public final int precedence;

        BinaryOp(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public boolean isComparison() { return precedence == 1; }
    }
}
