package org.flopsheet.engine.whatif;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;

/** Whether an output's formulas reach an input at all, through the quantities they use. */
final class Chain {
    private Chain() {}

    static boolean reaches(Sheet sheet, Quantity output, Quantity input) {
        Deque<Integer> todo = new ArrayDeque<>();
        Set<Integer> seen = new HashSet<>();
        todo.push(output.index());
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (i == input.index()) return true;
            if (!seen.add(i)) continue;
            for (int dep : sheet.quantities().get(i).dependsOn()) todo.push(dep);
        }
        return false;
    }
}
