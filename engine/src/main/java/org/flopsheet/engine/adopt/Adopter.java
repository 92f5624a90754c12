package org.flopsheet.engine.adopt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.DependencyOrder;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.unparse.DslFormula;

/**
 * Turns a workbook that flopsheet never wrote into a model: every formula cell, and every cell a
 * formula reads, becomes a quantity; repeated blocks become scenarios; what cannot be adopted is
 * kept as a comment with its reason; and the model is evaluated against every value the workbook
 * cached. The one public entry point of adopt.
 */
public final class Adopter {
    /** How many cells the compiler may reject one by one before adopt gives up. */
    private static final int MAX_COMPILER_REJECTIONS = 1_000;

    private final SourceWorkbook book;
    private final String modelName;
    private final FormulaCells formulas;
    private final List<CellRef> formulaCells = new ArrayList<>();
    private final Map<CellRef, FormulaCells.Read> reads = new HashMap<>();
    private final Map<CellRef, List<CellRef>> readers = new HashMap<>();
    private final Map<CellRef, String> skipped = new HashMap<>();
    private final List<String> notices = new ArrayList<>();
    private boolean guessUnits;
    private boolean scenarios = true;

    private Adopter(SourceWorkbook book, String modelName, boolean guessUnits) {
        this.book = book;
        this.modelName = modelName;
        this.formulas = new FormulaCells(book);
        this.guessUnits = guessUnits;
        this.notices.addAll(book.notices());
    }

    /** Adopts {@code book} as a model called {@code modelName} (a legal quantity-style name); units labels suggest become comments. */
    public static Adoption adopt(SourceWorkbook book, String modelName) {
        return new Adopter(book, modelName, false).run();
    }

    /** As {@link #adopt(SourceWorkbook, String)}, and with {@code guessUnits} inputs get the units their labels state. */
    public static Adoption adopt(SourceWorkbook book, String modelName, boolean guessUnits) {
        return new Adopter(book, modelName, guessUnits).run();
    }

    private Adoption run() {
        book.cells().forEach((cell, content) -> { if (content instanceof CellContent.Formula) formulaCells.add(cell); });
        formulaCells.sort(book.readingOrder());
        for (CellRef cell : formulaCells) {
            FormulaCells.Read read = formulas.read(cell, (CellContent.Formula) book.at(cell));
            reads.put(cell, read);
            if (!read.adoptable()) skipped.put(cell, read.problem());
            for (CellRef r : read.reads()) readers.computeIfAbsent(r, k -> new ArrayList<>()).add(cell);
        }
        for (int rejections = 0; ; rejections++) {
            settle();
            Draft draft = new Draft(book, modelName, formulas, adoptedFormulas(), reads, skippedInOrder(), notices, scenarios);
            ModelText.Written written = draft.write(Map.of(), guessUnits);
            if (draft.placements().isEmpty()) return verify(draft, written, null);
            Sheet sheet;
            try {
                sheet = Compiler.compile(SourceFile.of(modelName + ".flop", written.text()));
            } catch (FlopError e) {
                if (guessUnits) {
                    guessUnits = false;
                    notices.add("the units guessed from number formats and labels do not fit the formulas (" + e.problem() + "); they are comments instead");
                    continue;
                }
                CellRef cell = written.cellOfLine().get(e.line());
                if (cell == null && scenarios) {
                    scenarios = false;
                    notices.add("repeated blocks are written out, not made scenarios: " + e.problem());
                    continue;
                }
                if (cell == null || !(book.at(cell) instanceof CellContent.Formula) || rejections >= MAX_COMPILER_REJECTIONS) {
                    throw new IllegalStateException("the adopted model does not compile: " + e.getMessage(), e);
                }
                skipped.put(cell, e.problem());
                continue;
            }
            return verify(draft, written, sheet);
        }
    }

    /** Leaves out every formula that reads a left-out cell, and breaks circular references, until nothing changes. */
    private void settle() {
        do {
            ArrayList<CellRef> work = new ArrayList<>(skipped.keySet());
            while (!work.isEmpty()) {
                CellRef cell = work.remove(work.size() - 1);
                for (CellRef reader : readers.getOrDefault(cell, List.of())) {
                    if (skipped.containsKey(reader)) continue;
                    skipped.put(reader, "reads " + cell + ", which is not adopted");
                    work.add(reader);
                }
            }
        } while (breakOneCycle());
    }

    private boolean breakOneCycle() {
        List<CellRef> adopted = adoptedFormulas();
        Map<CellRef, Integer> index = new HashMap<>();
        for (int i = 0; i < adopted.size(); i++) index.put(adopted.get(i), i);
        List<int[]> dependsOn = new ArrayList<>(adopted.size());
        for (CellRef cell : adopted) {
            dependsOn.add(reads.get(cell).reads().stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray());
        }
        List<Integer> cycle = DependencyOrder.of(dependsOn).cycle();
        if (cycle.isEmpty()) return false;
        List<String> path = cycle.stream().map(i -> adopted.get(i).toString()).toList();
        String why = "a circular reference: " + String.join(" -> ", path);
        for (int i : cycle) skipped.put(adopted.get(i), why);
        return true;
    }

    private List<CellRef> adoptedFormulas() {
        return formulaCells.stream().filter(c -> !skipped.containsKey(c)).toList();
    }

    private List<Adoption.Skipped> skippedInOrder() {
        return formulaCells.stream().filter(skipped::containsKey)
                .map(c -> new Adoption.Skipped(c, "=" + ((CellContent.Formula) book.at(c)).text(), skipped.get(c))).toList();
    }

    /** Evaluates the model for the base case and each copy's scenario, and compares every cached value. */
    private Adoption verify(Draft draft, ModelText.Written written, Sheet sheet) {
        List<Adoption.Difference> differences = new ArrayList<>();
        Map<CellRef, String> remarks = new LinkedHashMap<>();
        int compared = 0, matched = 0;
        Map<String, List<CellRef>> cellsByScenario = new LinkedHashMap<>();
        for (CellRef cell : draft.placements().keySet()) {
            if (book.at(cell) instanceof CellContent.Formula f && f.cached() != null) {
                cellsByScenario.computeIfAbsent(draft.placements().get(cell).scenario(), k -> new ArrayList<>()).add(cell);
            }
        }
        for (var entry : cellsByScenario.entrySet()) {
            if (sheet == null) break;
            Evaluation evaluation;
            try {
                evaluation = entry.getKey() == null ? sheet.evaluate() : sheet.evaluate(sheet.scenario(entry.getKey()));
            } catch (RuntimeException e) {
                // an evaluator bug must not cost the report: every cell of this case counts as a difference
                String failure = "no value: evaluating the model failed (" + e + ")";
                notices.add((entry.getKey() == null ? "the base case" : "the scenario " + entry.getKey()) + " could not be evaluated: " + e);
                for (CellRef cell : entry.getValue()) {
                    compared++;
                    differences.add(new Adoption.Difference(cell, CachedValues.text(((CellContent.Formula) book.at(cell)).cached()), failure));
                }
                continue;
            }
            for (CellRef cell : entry.getValue()) {
                CellContent cached = ((CellContent.Formula) book.at(cell)).cached();
                var value = inWorkbookScale(sheet, evaluation, draft.placements().get(cell).name());
                compared++;
                if (CachedValues.same(cached, value)) {
                    matched++;
                } else {
                    differences.add(new Adoption.Difference(cell, CachedValues.text(cached), value.text()));
                    remarks.merge(draft.baseOf(cell), "differs from the workbook: " + cell + " shows " + CachedValues.text(cached)
                            + ", this model gives " + value.text(), (a, b) -> a + "; " + b);
                }
            }
        }
        differences.sort((a, b) -> book.readingOrder().compare(a.cell(), b.cell()));
        String source = remarks.isEmpty() ? written.text() : draft.write(remarks, guessUnits).text();
        int adopted = formulaCells.size() - skipped.size();
        Set<CellRef> placed = new TreeSet<>(book.readingOrder());
        placed.addAll(draft.placements().keySet());
        Map<CellRef, Adoption.Placement> placements = new LinkedHashMap<>();
        for (CellRef c : placed) placements.put(c, draft.placements().get(c));
        return new Adoption(source, placements, skippedInOrder(), differences, draft.recognised(), List.copyOf(notices),
                new Adoption.Tally(formulaCells.size(), adopted, compared, matched));
    }

    /** A quantity's value as the workbook holds it: 3 in % is 0.03. */
    private static Value inWorkbookScale(Sheet sheet, Evaluation evaluation, String name) {
        Value value = evaluation.value(name);
        var scale = sheet.quantity(name).unit().scale();
        return value instanceof Value.Num n && !scale.isOne() ? new Value.Num(n.value() * scale.toDouble()) : value;
    }

    static Set<CellRef> quantityCells(List<CellRef> adopted, Map<CellRef, FormulaCells.Read> reads) {
        Set<CellRef> cells = new HashSet<>(adopted);
        for (CellRef f : adopted) cells.addAll(reads.get(f).reads());
        return cells;
    }

    static String expression(FormulaCells formulas, CellRef cell, String text, Map<CellRef, String> names) {
        return DslFormula.of(formulas.parse(cell, text, names::get));
    }
}
