package org.flopsheet.engine.adopt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds formulas written more than once: the cells connected by references fall into blocks, and
 * blocks with the same shape (the same formulas in relative form at the same places, inputs at the
 * same places) are one block copied, whatever their inputs hold. Four side-by-side copies of a model,
 * or a formula filled down a column over rows of inputs, are each one repeated block.
 */
final class Blocks {
    private Blocks() {}

    /** Cells connected by references, on one sheet, in reading order. */
    record Block(List<CellRef> cells) {
        CellRef anchor() { return cells.get(0); }
    }

    /** A block and its copies; {@code copies.get(i).cells().get(k)} is the copy of {@code base.cells().get(k)}. */
    record Repeated(Block base, List<Block> copies, int formulas) {}

    /**
     * @param cells every quantity's cell, in reading order
     * @param reads the cells each formula cell reads, those that tie it into one block with them
     * @param shape a cell's kind and, for a formula, its relative form
     * @param shared cells read through anchored references: a block that holds one is never a copy,
     *               since its copies would read the one cell where the sheet means each its own
     */
    static List<Repeated> find(List<CellRef> cells, Map<CellRef, List<CellRef>> reads, Function<CellRef, String> shape,
                               Set<CellRef> shared) {
        Map<CellRef, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) index.put(cells.get(i), i);
        int[] parent = new int[cells.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        reads.forEach((cell, read) -> {
            Integer from = index.get(cell);
            if (from == null) return;
            for (CellRef r : read) {
                Integer to = index.get(r);
                if (to != null) parent[root(parent, from)] = root(parent, to);
            }
        });
        Map<Integer, List<CellRef>> components = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) components.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(cells.get(i));

        Map<String, List<Block>> byShape = new LinkedHashMap<>();
        for (List<CellRef> component : components.values()) {
            String sheet = component.get(0).sheet();
            if (component.stream().anyMatch(c -> !c.sheet().equals(sheet))) continue;
            Block block = new Block(component.stream()
                    .sorted(Comparator.comparingInt(CellRef::row).thenComparingInt(CellRef::column)).toList());
            byShape.computeIfAbsent(signature(block, shape), k -> new ArrayList<>()).add(block);
        }
        List<Repeated> out = new ArrayList<>();
        for (List<Block> same : byShape.values()) {
            if (same.size() < 2) continue;
            Block base = same.get(0);
            long formulas = base.cells().stream().filter(c -> shape.apply(c).startsWith("F")).count();
            if (formulas == 0 || formulas == base.cells().size()) continue; // without inputs copies are the same numbers again
            if (same.stream().anyMatch(b -> b.cells().stream().anyMatch(shared::contains))) continue;
            out.add(new Repeated(base, List.copyOf(same.subList(1, same.size())), (int) formulas));
        }
        return out;
    }

    private static String signature(Block block, Function<CellRef, String> shape) {
        CellRef a = block.cells().get(0);
        StringBuilder s = new StringBuilder();
        for (CellRef c : block.cells()) {
            s.append(c.row() - a.row()).append(',').append(c.column() - a.column()).append(':').append(shape.apply(c)).append('\n');
        }
        return s.toString();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
