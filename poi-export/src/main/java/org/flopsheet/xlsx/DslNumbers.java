package org.flopsheet.xlsx;

import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.UnitExpr;
import org.flopsheet.engine.eval.NumberText;

/** Numbers as a .flop source writes them: shortest digits that read back to the same double, {@code 3e27} style. */
final class DslNumbers {
    private DslNumbers() {}

    static String of(double v) {
        return NumberText.source(v);
    }

    /**
     * A new value for quantity {@code q} as its source should read, keeping the unit the old text carried:
     * {@code 3e25 FLOP} becomes {@code 3e27 FLOP}; with a declared unit after the value only the number changes.
     */
    static String valueText(Quantity q, double v) {
        if (q.unit().isPercent()) return percent(v) + (q.decl().unit() != null ? "" : " %");
        if (q.decl().unit() != null) return of(v);
        if (q.source() instanceof Expr.Num n && n.unit() != null) return of(v) + " " + UnitExpr.text(n.unit());
        return q.unit().isDimensionless() && q.unit().scale().isOne() ? of(v) : of(v) + " " + q.unitText();
    }

    /** A new value as the list of changes reports it: {@code 3e27}, or {@code 65 %} for a percentage. */
    static String shown(Quantity q, double v) {
        return q.unit().isPercent() ? percent(v) + " %" : of(v);
    }

    /**
     * A fraction as the number of percent a source writes before %: the cell's 0.65 (typed 65% in a
     * spreadsheet) is 65, moving the decimal point of its shortest digits so that no binary error shows.
     */
    static String percent(double fraction) {
        return NumberText.percent(fraction);
    }
}
