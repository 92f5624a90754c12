package org.flopsheet.engine.dsl;

import java.util.List;

/** One statement of a .flop file. {@code line} is the 1-based line it starts on. */
public sealed interface Decl {
    Pos pos();

    /** {@code sheet NAME "title"} */
    record SheetHeader(String name, String title, Pos pos) implements Decl {}

    /**
     * {@code note "text"}: before the first quantity it is a note on the sheet; after a quantity it
     * is a note on that quantity.
     */
    record Note(String text, Pos pos, Span textSpan) implements Decl {}

    /**
     * {@code [input] NAME = EXPR [UNIT] ["label"]}. The spans say where each part is written (unit and
     * label spans are null when absent; the label's span includes its quotes); {@code end} is where the
     * statement ends, before any comment. {@code bounds} are the limits written after an input's value.
     */
    record Definition(boolean input, String name, Expr expr, UnitExpr unit, String label, Pos pos,
                      Pos namePos, Span exprSpan, Span unitSpan, Span labelSpan, int end, List<Bound> bounds) implements Decl {
        public Definition {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code , >= 0} after an input's value (and unit): a limit every value of the input must keep. */
    record Bound(Expr.BinaryOp comparison, Expr value, Pos pos, Span valueSpan) {}

    /**
     * {@code table NAME ["label"]}, a header row of column names each with its unit, rows of constants,
     * {@code end}: one array input per column, named {@code NAME_COLUMN}, a column of the table's rows.
     */
    record Table(String name, String label, List<Definition> columns, Pos pos) implements Decl {}

    /** {@code scenarios INPUT = v1, v2, ...}: one scenario per value, each varying one input. */
    record Sweep(String input, Pos inputPos, List<Expr> values, List<Span> valueSpans, Pos pos) implements Decl {}

    /**
     * {@code grid a = 1, 2; b = 10, 20}: one scenario per combination of the axes' values (four here),
     * each axis written like a {@code scenarios} line.
     */
    record Grid(List<Sweep> axes, Pos pos) implements Decl {}

    /** {@code scenario "name" a = 1, b = 2 GB}: one named scenario setting several inputs. */
    record Scenario(String name, List<Setting> settings, Pos pos, int end) implements Decl {}

    record Setting(String input, Expr value, Pos pos, Span valueSpan) {}

    /** {@code correlate A, B = rho}: the rank (Spearman) correlation of two uncertain inputs. */
    record Correlation(String first, Pos firstPos, String second, Pos secondPos, Expr value, Span valueSpan, Pos pos)
            implements Decl {}

    /** {@code unit NAME [= UNIT_EXPRESSION_WITH_FACTOR] ["description"]}: a new base or derived unit. */
    record UnitDecl(String name, double factor, UnitExpr definition, String description, Pos pos) implements Decl {}
}
