package org.flopsheet.engine.compile;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.dist.Uncertainty;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.Node;
import org.flopsheet.engine.units.UnitRegistry;

/**
 * A compiled sheet: quantities in source order, checked and ordered, ready to evaluate many times.
 * It is immutable and thread-safe; each evaluation works on its own array of slots.
 */
public final class Sheet {
    private final String name;
    private final String title;
    private final List<String> notes;
    private final SourceFile source;
    private final List<Quantity> quantities;
    private final List<Scenario> scenarios;
    private final List<Grid> grids;
    private final UnitRegistry units;
    private final Map<String, Quantity> byName = new HashMap<>();
    private final int[] formulaOrder;
    private final Node[] formulaNodes;
    private final double[] defaults;
    private final Uncertainty uncertainty;

    Sheet(String name, String title, List<String> notes, SourceFile source, List<Quantity> quantities,
          List<Scenario> scenarios, List<Grid> grids, UnitRegistry units, int[] order, Node[] nodesBySlot, double[] defaults,
          Uncertainty uncertainty) {
        this.name = name;
        this.title = title;
        this.notes = List.copyOf(notes);
        this.source = source;
        this.quantities = List.copyOf(quantities);
        this.scenarios = List.copyOf(scenarios);
        this.grids = List.copyOf(grids);
        this.units = units;
        for (Quantity q : quantities) byName.put(q.name(), q);
        int formulas = 0;
        for (int i : order) if (!quantities.get(i).input()) formulas++;
        this.formulaOrder = new int[formulas];
        this.formulaNodes = new Node[formulas];
        int k = 0;
        for (int i : order) {
            if (quantities.get(i).input()) continue;
            formulaOrder[k] = i;
            formulaNodes[k++] = nodesBySlot[i];
        }
        this.defaults = defaults;
        this.uncertainty = uncertainty;
    }

    private Sheet(Sheet from, double[] defaults) {
        this.name = from.name;
        this.title = from.title;
        this.notes = from.notes;
        this.source = from.source;
        this.quantities = from.quantities;
        this.scenarios = from.scenarios;
        this.grids = from.grids;
        this.units = from.units;
        this.byName.putAll(from.byName);
        this.formulaOrder = from.formulaOrder;
        this.formulaNodes = from.formulaNodes;
        this.defaults = defaults;
        this.uncertainty = from.uncertainty;
    }

    /** The same sheet with some inputs' defaults replaced, e.g. by a scenario's values: what batch rows start from. */
    public Sheet withDefaults(Map<String, Double> inputs) {
        double[] changed = defaults();
        inputs.forEach((input, value) -> changed[inputSlot(input)] = value);
        return new Sheet(this, changed);
    }

    /** The inputs written as distributions (their default is the median), and their correlations. */
    public Uncertainty uncertainty() { return uncertainty; }

    public String name() { return name; }
    public String title() { return title; }
    public List<String> notes() { return notes; }
    public SourceFile source() { return source; }
    public List<Quantity> quantities() { return quantities; }
    public List<Scenario> scenarios() { return scenarios; }
    /** The grids of scenarios; their scenarios are also in {@link #scenarios()}. */
    public List<Grid> grids() { return grids; }
    public UnitRegistry units() { return units; }

    /** The quantity called {@code name}, or null. */
    public Quantity quantity(String name) { return byName.get(name); }

    public List<Quantity> inputs() { return quantities.stream().filter(Quantity::input).toList(); }

    public List<Quantity> outputs() { return quantities.stream().filter(q -> !q.input()).toList(); }

    /** The formulas in the order they are evaluated: each after everything it uses (the compiler's one dependency order). */
    public List<Quantity> formulasInOrder() {
        List<Quantity> order = new java.util.ArrayList<>(formulaOrder.length);
        for (int i : formulaOrder) order.add(quantities.get(i));
        return order;
    }

    public Scenario scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    /** A fresh slot array holding every input's default value (formula slots are 0 until run). */
    public double[] defaults() { return defaults.clone(); }

    /**
     * Evaluates every formula into {@code slots}, whose input slots the caller has filled.
     * This is the hot path of batch runs: no allocation beyond what variadic functions need.
     */
    public void run(double[] slots) {
        for (int k = 0; k < formulaOrder.length; k++) slots[formulaOrder[k]] = formulaNodes[k].eval(slots);
    }

    public Evaluation evaluate() { return evaluate(Map.of()); }

    /** Evaluates with some inputs replaced (values in each input's own unit). */
    public Evaluation evaluate(Map<String, Double> overrides) {
        double[] slots = defaults();
        overrides.forEach((input, value) -> slots[inputSlot(input)] = value);
        run(slots);
        return new Evaluation(this, slots);
    }

    public Evaluation evaluate(Scenario scenario) { return evaluate(scenario.inputs()); }

    /** The slot of input {@code name}; an IllegalArgumentException that says what is wrong otherwise. */
    public int inputSlot(String name) {
        Quantity q = byName.get(name);
        if (q == null) {
            String guess = Suggestions.closest(name, byName.keySet());
            throw new IllegalArgumentException("sheet '" + this.name + "' has no quantity '" + name + "'"
                    + (guess != null ? "; did you mean '" + guess + "'?" : ""));
        }
        if (!q.input()) {
            throw new IllegalArgumentException("'" + name + "' is a formula in sheet '" + this.name
                    + "', not an input; only inputs can be set");
        }
        return q.index();
    }

    public Map<String, Quantity> byName() { return Collections.unmodifiableMap(byName); }
}
