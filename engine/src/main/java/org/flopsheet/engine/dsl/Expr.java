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
                case Num n -> { return n.pos(); }
                case Bool b -> { return b.pos(); }
                case Text t -> { return t.pos(); }
                case ArrayOf a -> { return a.pos(); }
                case Missing m -> { return m.pos(); }
                case Ref r -> { return r.pos(); }
                case Unary u -> { return u.pos(); }
                case Call c -> { return c.pos(); }
            }
        }
    }

    /** The node's direct sub-expressions, left to right: the one walk every pass over a tree uses. */
    default List<Expr> children() {
        return switch (this) {
            case Num n -> List.of();
            case Bool b -> List.of();
            case Text t -> List.of();
            case Missing m -> List.of();
            case Ref r -> List.of();
            case ArrayOf a -> a.rows().stream().flatMap(List::stream).toList();
            case Unary u -> List.of(u.operand());
            case Binary b -> List.of(b.left(), b.right());
            case Call c -> c.args();
            case Convert c -> List.of(c.inner());
        };
    }

    /** Every node of the tree, parents before children, walked without recursion (trees may be deep). */
    default List<Expr> descendantsAndSelf() {
        List<Expr> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Expr> stack = new java.util.ArrayDeque<>();
        stack.push(this);
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            out.add(e);
            List<Expr> kids = e.children();
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        return out;
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

    /** Text in double quotes, as in Excel: {@code "H100"}. */
    record Text(String value, Pos pos) implements Expr {}

    /**
     * An array constant, Excel's {@code {312, 989; 80, 141}}: rows of equal length, ';' between rows.
     * Its elements are constants (signed numbers, text, logicals); one unit after the closing brace
     * is the unit of all its numbers: {@code {1e9, 7e9, 70e9} param}.
     */
    record ArrayOf(List<List<Expr>> rows, UnitExpr unit, Pos pos) implements Expr {
        public int height() { return rows.size(); }
        public int width() { return rows.get(0).size(); }
    }

    /** An argument left empty, as Excel allows: {@code ROUND(x,)} is {@code ROUND(x,0)}. */
    record Missing(Pos pos) implements Expr {}

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
        ADD("+", 3), SUB("-", 3), MUL("*", 4), DIV("/", 4), POW("^", 6), CONCAT("&", 2),
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
