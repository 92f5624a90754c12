package org.flopsheet.engine.adopt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flopsheet.engine.eval.NumberText;

/**
 * One attempt at the model: which cells are written as quantities and which are copies of them,
 * their names, labels and notes, the scenarios the copies become, and the text.
 */
final class Draft {
    private static final int RANGES_LISTED = 3;

    private final SourceWorkbook book;
    private final String modelName;
    private final FormulaCells formulas;
    private final Map<CellRef, FormulaCells.Read> reads;
    private final List<Adoption.Skipped> skipped;
    private final List<CellRef> written = new ArrayList<>();
    private final Map<CellRef, CellRef> baseOf = new HashMap<>();
    private final Map<CellRef, String> names = new HashMap<>();
    private final Map<CellRef, Adoption.Placement> placements = new HashMap<>();
    private final List<String> scenarioLines = new ArrayList<>();
    private final List<String> recognised = new ArrayList<>();
    private final CellLabels labels;
    private final List<String> notices;
    /** Inputs whose value differs between the copies of a block: scenarios set them. */
    private final Set<CellRef> varied = new HashSet<>();

    Draft(SourceWorkbook book, String modelName, FormulaCells formulas, List<CellRef> adopted,
          Map<CellRef, FormulaCells.Read> reads, List<Adoption.Skipped> skipped, List<String> notices, boolean scenarios) {
        this.notices = notices;
        this.book = book;
        this.modelName = modelName;
        this.formulas = formulas;
        this.reads = reads;
        this.skipped = skipped;
        List<CellRef> cells = new ArrayList<>(Adopter.quantityCells(adopted, reads));
        cells.sort(book.readingOrder());
        // an input read through $B$2 or a defined name is shared by every block that reads it, not part of one
        Map<CellRef, List<CellRef>> links = new HashMap<>();
        Set<CellRef> shared = new HashSet<>();
        for (CellRef f : adopted) {
            FormulaCells.Read read = reads.get(f);
            links.put(f, read.reads().stream().filter(r -> !read.anchored().contains(r) || book.at(r) instanceof CellContent.Formula).toList());
            shared.addAll(read.anchored());
        }
        List<Blocks.Repeated> repeated = scenarios ? Blocks.find(cells, links, this::shape, shared) : List.of();
        for (Blocks.Repeated r : repeated) {
            for (Blocks.Block copy : r.copies()) {
                for (int k = 0; k < copy.cells().size(); k++) baseOf.put(copy.cells().get(k), r.base().cells().get(k));
            }
        }
        for (CellRef c : cells) if (!baseOf.containsKey(c)) written.add(c);
        labels = new CellLabels(book, written);
        name();
        for (CellRef c : written) placements.put(c, new Adoption.Placement(names.get(c), null));
        for (Blocks.Repeated r : repeated) scenarios(r);
    }

    Map<CellRef, Adoption.Placement> placements() { return placements; }

    List<String> recognised() { return recognised; }

    /** The written cell a copy's cell stands for (itself when it is written). */
    CellRef baseOf(CellRef cell) { return baseOf.getOrDefault(cell, cell); }

    /**
     * The model's text, with {@code remarks} (by written cell) as comments above their quantities, and
     * the units labels suggest as comments, or, with {@code guessUnits}, written after the inputs.
     */
    ModelText.Written write(Map<CellRef, String> remarks, boolean guessUnits) {
        List<ModelText.Entry> entries = new ArrayList<>();
        for (CellRef cell : written) {
            CellContent content = book.at(cell);
            boolean input = !(content instanceof CellContent.Formula);
            String expression = content instanceof CellContent.Formula f
                    ? Adopter.expression(formulas, cell, f.text(), names) : valueText(content);
            CellLabels.Words words = labels.of(cell);
            String comment = cell.address() + (content == null ? " (empty in the workbook)" : "");
            UnitGuesses.Guess unit = UnitGuesses.of(book.numberFormats().get(cell), words == null ? null : words.label());
            boolean percent = unit != null && unit.unit().equals("%");
            // a percentage is written times 100 (0.65 is 65 %); scenario values of the input are written as the workbook holds them
            boolean applied = unit != null && guessUnits && input && unit.asWritten()
                    && (!percent || (content instanceof CellContent.Num || content == null) && !varied.contains(cell));
            if (applied) expression = (percent ? percentText(content) : expression) + " " + unit.unit();
            else if (unit != null) comment += "; unit? " + unit.unit();
            entries.add(new ModelText.Entry(cell, names.get(cell), input, expression,
                    words == null ? null : words.label(), words == null ? null : words.note(), comment, remarks.get(cell)));
        }
        List<String> header = new ArrayList<>();
        header.add("Adopted from " + book.fileName() + " by flopsheet adopt.");
        for (String r : recognised) header.add("Recognised: " + r);
        for (String n : notices) header.add("Note: " + n);
        return ModelText.write(modelName, book.fileName(), header, sheetNotes(), entries, scenarioLines, skipped);
    }

    private String shape(CellRef cell) {
        return switch (book.at(cell)) {
            case CellContent.Formula f -> "F" + reads.get(cell).relative();
            case CellContent.Num n -> "N";
            case CellContent.Logical l -> "L";
            case CellContent.Text t -> "T";
            case CellContent.ErrorValue e -> "E";
            case null -> "B";
        };
    }

    /** Defined names first, then labels, then sheet and address, so that a name someone chose is never displaced. */
    private void name() {
        QuantityNames taken = new QuantityNames();
        Map<CellRef, String> defined = new HashMap<>();
        book.definedNames().forEach((name, cell) -> defined.putIfAbsent(cell, name.substring(name.indexOf('!') + 1)));
        for (CellRef c : written) if (defined.containsKey(c)) names.put(c, taken.claim(defined.get(c)));
        for (CellRef c : written) {
            CellLabels.Words words = labels.of(c);
            String fromLabel = words == null || words.label() == null ? null : QuantityNames.fromLabel(words.label());
            if (!names.containsKey(c) && fromLabel != null) names.put(c, taken.claim(fromLabel));
        }
        for (CellRef c : written) if (!names.containsKey(c)) names.put(c, taken.claim(QuantityNames.fromCell(c)));
    }

    /** The copies of a block become scenarios: a sweep when they vary one input, else one named scenario each. */
    private void scenarios(Blocks.Repeated r) {
        List<Integer> inputs = new ArrayList<>();
        List<CellRef> base = r.base().cells();
        for (int k = 0; k < base.size(); k++) if (!(book.at(base.get(k)) instanceof CellContent.Formula)) inputs.add(k);
        List<Map<Integer, String>> changes = new ArrayList<>();
        for (Blocks.Block copy : r.copies()) {
            Map<Integer, String> changed = new LinkedHashMap<>();
            for (int k : inputs) {
                String value = valueText(book.at(copy.cells().get(k)));
                if (!value.equals(valueText(book.at(base.get(k))))) changed.put(k, value);
            }
            changes.add(changed);
        }
        Set<Integer> varied = new LinkedHashSet<>();
        changes.forEach(c -> varied.addAll(c.keySet()));
        for (int k : varied) this.varied.add(base.get(k));
        Set<String> sweepValues = new LinkedHashSet<>();
        if (varied.size() == 1) {
            int k = varied.iterator().next();
            sweepValues.add(valueText(book.at(base.get(k))));
            for (Map<Integer, String> c : changes) if (c.containsKey(k)) sweepValues.add(c.get(k));
        }
        boolean sweep = varied.size() == 1 && sweepValues.size() == r.copies().size() + 1;
        String describe;
        if (sweep) {
            String input = names.get(base.get(varied.iterator().next()));
            scenarioLines.add("scenarios " + input + " = " + String.join(", ", sweepValues));
            for (int i = 0; i < r.copies().size(); i++) {
                place(r, i, input + "=" + changes.get(i).values().iterator().next());
            }
            describe = "the scenarios of " + input;
        } else {
            int named = 0;
            for (int i = 0; i < r.copies().size(); i++) {
                if (changes.get(i).isEmpty()) {
                    place(r, i, null);
                    continue;
                }
                String name = scenarioName(r.base().anchor(), r.copies().get(i).anchor());
                List<String> settings = new ArrayList<>();
                changes.get(i).forEach((k, v) -> settings.add(names.get(base.get(k)) + " = " + v));
                scenarioLines.add("scenario " + ModelText.quoted(name) + " " + String.join(", ", settings));
                place(r, i, name);
                named++;
            }
            describe = named + " named scenarios";
        }
        List<String> where = new ArrayList<>();
        for (Blocks.Block copy : r.copies().subList(0, Math.min(RANGES_LISTED, r.copies().size()))) where.add(range(copy));
        if (r.copies().size() > RANGES_LISTED) where.add("and " + (r.copies().size() - RANGES_LISTED) + " more");
        recognised.add(r.base().anchor().sheet() + "!" + range(r.base()) + ": " + r.formulas() + " formula(s) over "
                + inputs.size() + " input(s), repeated at " + String.join(", ", where) + "; written once, the copies are " + describe);
    }

    private void place(Blocks.Repeated r, int copy, String scenario) {
        List<CellRef> cells = r.copies().get(copy).cells();
        for (int k = 0; k < cells.size(); k++) {
            placements.put(cells.get(k), new Adoption.Placement(names.get(r.base().cells().get(k)), scenario));
        }
    }

    private static String scenarioName(CellRef base, CellRef copy) {
        return copy.sheet().equals(base.sheet()) ? copy.address() : copy.sheet() + " " + copy.address();
    }

    private static String range(Blocks.Block block) {
        int top = Integer.MAX_VALUE, left = Integer.MAX_VALUE, bottom = 0, right = 0;
        for (CellRef c : block.cells()) {
            top = Math.min(top, c.row());
            bottom = Math.max(bottom, c.row());
            left = Math.min(left, c.column());
            right = Math.max(right, c.column());
        }
        String from = new CellRef("", left, top).address(), to = new CellRef("", right, bottom).address();
        return from.equals(to) ? from : from + ":" + to;
    }

    /** Text cells above the model's first quantity that label nothing: notes on the whole sheet. */
    private List<String> sheetNotes() {
        if (written.isEmpty()) return List.of();
        String sheet = written.get(0).sheet();
        int top = Integer.MAX_VALUE, left = Integer.MAX_VALUE, right = 0;
        for (CellRef c : written) {
            if (!c.sheet().equals(sheet)) continue;
            CellLabels.Words w = labels.of(c);
            top = Math.min(top, w != null && w.labelCell() != null ? Math.min(c.row(), w.labelCell().row()) : c.row());
            left = Math.min(left, c.column());
            right = Math.max(right, c.column());
        }
        List<CellRef> found = new ArrayList<>();
        for (var e : book.cells().entrySet()) {
            CellRef c = e.getKey();
            if (c.sheet().equals(sheet) && c.row() < top && c.column() >= left && c.column() <= right
                    && e.getValue() instanceof CellContent.Text t && !t.text().isBlank() && !labels.used(c)) {
                found.add(c);
            }
        }
        found.sort(book.readingOrder());
        return found.stream().map(c -> ((CellContent.Text) book.at(c)).text().strip()).toList();
    }

    /** A number the workbook holds as a fraction, written in percent: 0.65 is 65. */
    private static String percentText(CellContent content) {
        if (content == null) return "0";
        return NumberText.source(new java.math.BigDecimal(NumberText.source(((CellContent.Num) content).value())).movePointRight(2).doubleValue());
    }

    /** An input's value as the model writes it (text in quotes); an empty cell that a formula reads is 0, as in Excel. */
    static String valueText(CellContent content) {
        return switch (content) {
            case CellContent.Num n -> NumberText.source(n.value());
            case CellContent.Logical l -> l.value() ? "TRUE" : "FALSE";
            case null -> "0";
            case CellContent.Text t -> ModelText.quoted(t.text());
            case CellContent.ErrorValue e -> throw new IllegalStateException("an error is never an input");
            case CellContent.Formula f -> throw new IllegalStateException("a formula is never an input");
        };
    }
}
