package org.flopsheet.app.addin;

import java.util.ArrayList;
import java.util.List;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/** A sheet's formulas in an order where each comes after everything it uses (the compiler has ruled out cycles). */
final class FormulaOrder {
    private FormulaOrder() {}

    static List<Quantity> of(Sheet sheet) {
        List<Quantity> order = new ArrayList<>();
        boolean[] placed = new boolean[sheet.quantities().size()];
        for (Quantity q : sheet.quantities()) place(sheet, q, placed, order);
        return order;
    }

    private static void place(Sheet sheet, Quantity q, boolean[] placed, List<Quantity> order) {
        if (placed[q.index()]) return;
        placed[q.index()] = true;
        for (int dependency : q.dependsOn()) place(sheet, sheet.quantities().get(dependency), placed, order);
        if (!q.input()) order.add(q);
    }
}
