package org.flopsheet.xlsx;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.edit.SourceEditor;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.excel.ExcelReferences;
import org.flopsheet.engine.unparse.DslFormula;
import org.flopsheet.engine.unparse.ExcelFormula;

/**
 * Reads a workbook that a person edited back into the .flop source it was exported from: changed
 * input values (base case and scenarios), changed formulas, new and deleted rows, labels, notes, units
 * and renamed names. Only the lines that changed are rewritten. Anything that cannot be represented is
 * refused with the cell and the reason, and then nothing changes at all.
 */
public final class WorkbookImporter {
    private final Sheet model;
    private final SourceFile source;
    private final RowMatch match;
    private final WorkbookLayout layout;
    private final SourceEditor editor;
    private final List<String> changes = new ArrayList<>();
    /** The array quantities' blocks as the export laid them out: rows and columns, by name. */
    private final Map<String, int[]> blocks = new HashMap<>();
    /** Formulas written into the source, by the quantity's name after the import. */
    private final Map<String, FormulaEdit> formulaEdits = new HashMap<>();

    /**
     * A formula a person wrote: its canonical text, the cell, the Excel text, and the quantity's name in the
     * old source (null for a new row, whose line is written whole).
     */
    private record FormulaEdit(String canonical, String cell, String excel, String sourceName) {}

    private WorkbookImporter(Sheet model, WorkbookContents wb) {
        this.model = model;
        this.source = model.source();
        this.layout = WorkbookLayout.of(wb, model);
        Layout cells = Layout.of(model);
        for (Quantity q : model.quantities()) {
            if (cells.isBlock(q)) blocks.put(q.name(), new int[] {cells.heights()[q.index()], cells.widths()[q.index()]});
        }
        this.match = new RowMatch(model, ModelSheetReader.read(layout.base(), layout.namesByCell(wb), blocks));
        this.editor = new SourceEditor(source, model.units());
    }

    /** Reads {@code workbook} against the source {@code flop}; writes nothing. */
    public static ImportResult read(Path workbook, Path flop) throws IOException {
        SourceFile source = SourceFile.read(flop);
        Sheet model;
        try {
            model = Compiler.compile(source);
        } catch (FlopError e) {
            throw new ImportError("the source itself does not compile; fix it first:\n" + e.getMessage());
        }
        WorkbookContents wb = SafeWorkbook.read(workbook);
        String exportedFrom = recordedModel(wb);
        if (exportedFrom != null && !exportedFrom.equals(model.name())) {
            throw new ImportError(workbook + " was exported from the sheet '" + exportedFrom + "', not from '" + model.name()
                    + "' (" + flop + "); name the right source with --into");
        }
        return new WorkbookImporter(model, wb).run();
    }

    /** The name of the model a workbook was exported from, as its hidden map records it; null when it has none. */
    public static String modelName(Path workbook) throws IOException {
        return recordedModel(SafeWorkbook.read(workbook));
    }

    private static String recordedModel(WorkbookContents wb) {
        Worksheet map = wb.sheet(Metadata.SHEET);
        if (map == null) return null;
        String name = CellContent.text(map.cell(0, 1));
        return name.isEmpty() ? null : name;
    }

    private ImportResult run() {
        match.renamed.forEach((from, to) -> {
            editor.rename(from, to);
            changes.add(match.rowOf.get(from).address() + ": renamed " + from + " to " + to);
        });
        for (Quantity q : model.quantities()) {
            ModelRow row = match.rowOf.get(q.name());
            if (row == null) {
                editor.delete(q.name());
                changes.add("deleted " + q.name() + " (its row is gone)");
            } else {
                compareRow(q, row);
            }
        }
        addRows();
        for (var e : layout.scenarioSheets().entrySet()) compareScenario(model.scenario(e.getKey()), e.getValue());
        for (Worksheet sheet : layout.otherSheets()) newScenario(sheet);

        String updated = editor.result();
        if (!formulaEdits.isEmpty()) updated = verifyFormulas(updated);
        else compile(updated);
        return new ImportResult(updated, diff(source.text(), updated), List.copyOf(changes));
    }

    // ---- the base sheet ----

    private void compareRow(Quantity q, ModelRow row) {
        if (q.input() && row.elements() != null) compareElements(q, row);
        else switch (row.value()) {
            case CellContent.Number n -> {
                if (!q.input()) {
                    editor.setInput(q.name(), true);
                    editor.setFormula(q.name(), DslNumbers.valueText(q, n.value()));
                    changes.add(row.address() + ": " + q.name() + " is now an input = " + DslNumbers.shown(q, n.value())
                            + " (its formula was replaced by a value)");
                } else if (Double.doubleToLongBits(n.value()) != Double.doubleToLongBits(model.defaults()[q.index()])
                        && !UncertainCells.showsMedian(model, q, n.value())) {
                    editor.setFormula(q.name(), DslNumbers.valueText(q, n.value()));
                    changes.add(row.address() + ": " + q.name() + " = " + DslNumbers.shown(q, n.value()) + UncertainCells.replaced(model, q, row));
                }
            }
            case CellContent.Formula f -> {
                String edited = FormulaTranslator.canonical(FormulaTranslator.parse(f.text(), sourceNames(), row.address()));
                if (!q.input() && edited.equals(FormulaTranslator.exported(q, sourceNames(), row.address()))) break;
                if (q.input()) editor.setInput(q.name(), false);
                writeFormula(q, f.text(), row);
            }
            case CellContent.Empty e -> throw new ImportError(row.address() + " (" + q.name() + ") is empty: type a value or a formula,"
                    + " or delete the whole row to delete the quantity");
            case CellContent.Text t when q.input() && q.type() == ValueType.TEXT -> {
                String before = model.defaultValues()[q.index()] instanceof Value.Text d ? d.value() : null;
                if (before == null || !t.value().equals(before.strip())) {
                    editor.setFormula(q.name(), DslFormula.text(t.value()));
                    changes.add(row.address() + ": " + q.name() + " = \"" + t.value() + "\"");
                }
            }
            case CellContent.Text t when q.input() && q.type() == ValueType.NUMBER -> {
                UncertainCells.Typed typed = UncertainCells.typed(model, q, t.value(), row);
                if (!typed.sameAsSource()) {
                    editor.setDistribution(q.name(), typed.text());
                    changes.add(row.address() + ": " + q.name() + " = " + typed.text() + " (a distribution: simulate draws it, eval and the workbook use its median)");
                }
            }
            case CellContent.Text t -> throw new ImportError(row.address() + " (" + q.name() + ") holds the text '" + t.value()
                    + "', not a number or a formula" + (q.input() ? "; " + q.name() + " is a number input" : ""));
            case CellContent.Bool b when q.input() && q.type() == ValueType.BOOLEAN -> {
                if (b.value() != (model.defaults()[q.index()] != 0)) {
                    editor.setFormula(q.name(), b.value() ? "TRUE" : "FALSE");
                    changes.add(row.address() + ": " + q.name() + " = " + (b.value() ? "TRUE" : "FALSE"));
                }
            }
            case CellContent.Bool b -> throw new ImportError(row.address() + " (" + q.name() + ") holds a logical value;"
                    + " write it as a formula (=TRUE) or a number");
            case CellContent.Error err -> throw new ImportError(row.address() + " (" + q.name() + ") holds the error " + err.text()
                    + " as a constant; write the formula that produces it instead");
        }
        if (!row.label().equals(q.title()) && !(row.label().isEmpty() && q.label() == null)) {
            editor.setLabel(q.name(), row.label().isEmpty() ? null : row.label());
            changes.add(row.address() + ": label of " + q.name() + " is now \"" + row.label() + "\"");
        }
        String note = q.note() == null ? "" : q.note();
        if (!row.note().equals(note)) {
            editor.setNote(q.name(), row.note());
            changes.add(row.address() + ": note of " + q.name() + (row.note().isEmpty() ? " removed" : " changed"));
        }
        if (!row.unit().equals(q.unitText())) {
            editor.setUnit(q.name(), row.unit());
            changes.add(row.address() + ": unit of " + q.name() + " is now " + (row.unit().isEmpty() ? "none" : row.unit()));
        }
    }

    /**
     * The block of an array input (a table's column, or an array constant): every element a constant of the
     * kind the source holds there; each changed element is rewritten in place, in the table's row or the braces.
     */
    private void compareElements(Quantity q, ModelRow row) {
        Value.Array before = (Value.Array) model.defaultValues()[q.index()];
        for (int i = 0; i < before.rows(); i++) {
            for (int j = 0; j < before.columns(); j++) {
                CellContent cell = row.elements().get(i).get(j);
                String address = layout.base().name() + "!" + new org.apache.poi.ss.util.CellReference(row.row() + i, row.column() + j)
                        .formatAsString(false);
                Value old = before.at(i, j);
                String literal = switch (cell) {
                    case CellContent.Number n when old instanceof Value.Num o -> Double.doubleToLongBits(n.value())
                            == Double.doubleToLongBits(o.value()) ? null
                            : q.unit().isPercent() ? DslNumbers.percent(n.value()) : DslNumbers.of(n.value());
                    case CellContent.Text t when old instanceof Value.Text o -> t.value().equals(o.value().strip()) ? null : DslFormula.text(t.value());
                    case CellContent.Bool b when old instanceof Value.Bool o -> b.value() == o.value() ? null : b.value() ? "TRUE" : "FALSE";
                    case CellContent.Formula f -> throw new ImportError(address + " (element " + (i + 1) + ", " + (j + 1) + " of " + q.name()
                            + ") holds a formula; an element of an array input is a constant: type a value");
                    case CellContent.Empty e -> throw new ImportError(address + " (element " + (i + 1) + ", " + (j + 1) + " of " + q.name()
                            + ") is empty; type a value");
                    default -> throw new ImportError(address + " (element " + (i + 1) + ", " + (j + 1) + " of " + q.name() + ") holds "
                            + CellContent.text(cell) + "; the source has " + old.literal() + " there, so type a value of that kind");
                };
                if (literal == null) continue;
                editor.setElement(q.name(), i, j, literal);
                changes.add(address + ": " + q.name() + " element " + (i + 1) + ", " + (j + 1) + " = " + literal);
            }
        }
    }

    private void writeFormula(Quantity q, String excel, ModelRow row) {
        var tree = FormulaTranslator.parse(excel, finalNames(), row.address());
        String name = match.finalName(q.name());
        editor.setFormula(q.name(), DslFormula.of(FormulaTranslator.withoutConversions(tree, q)));
        formulaEdits.put(name, new FormulaEdit(FormulaTranslator.canonical(tree), row.address(), excel, q.name()));
        changes.add(row.address() + ": formula of " + name + " is now =" + excel);
    }

    private void addRows() {
        String anchor = null;
        for (ModelRow row : match.rows) {
            String known = match.sourceNameOf(row);
            if (known != null) {
                anchor = known;
                continue;
            }
            String name = match.addedName.get(row);
            StringBuilder line = new StringBuilder();
            String unit = row.unit().isEmpty() ? "" : " " + row.unit();
            switch (row.value()) {
                case CellContent.Number n -> line.append("input ").append(name).append(" = ")
                        .append(row.unit().strip().equals("%") ? DslNumbers.percent(n.value()) : DslNumbers.of(n.value())).append(unit);
                case CellContent.Formula f -> {
                    var tree = FormulaTranslator.parse(f.text(), finalNames(), row.address());
                    String formula = DslFormula.of(tree);
                    line.append(name).append(" = ").append(unit.isEmpty() ? formula : SourceEditor.beforeUnit(formula)).append(unit);
                    formulaEdits.put(name, new FormulaEdit(FormulaTranslator.canonical(tree), row.address(), f.text(), null));
                }
                default -> throw new ImportError(row.address() + ": the new row '" + row.label() + "' has no value;"
                        + " type a number or a formula in the Value column");
            }
            if (!row.label().isEmpty()) line.append("  ").append(SourceEditor.quote(row.label()));
            line.append('\n');
            if (!row.note().isEmpty()) for (String n : row.note().split("\n", -1)) line.append("note ").append(SourceEditor.quote(n)).append('\n');
            editor.addLines(anchor, line.toString());
            changes.add(row.address() + ": new quantity " + name);
        }
    }

    // ---- scenario sheets ----

    private void compareScenario(Scenario scenario, Worksheet sheet) {
        for (ModelRow row : ModelSheetReader.read(sheet, Map.of(), blocks)) {
            Quantity q = model.quantity(row.name());
            if (q == null || match.finalName(q.name()) == null) continue;
            Double set = scenario.inputs().get(q.name());
            switch (row.value()) {
                case CellContent.Number n when q.input() && row.elements() == null -> {
                    if (set != null && Double.doubleToLongBits(set) == Double.doubleToLongBits(n.value())) break;
                    if (set == null && Double.doubleToLongBits(n.value()) == Double.doubleToLongBits(model.defaults()[q.index()])) break;
                    refuseGridEdit(scenario, row);
                    try {
                        editor.setScenarioValue(scenario.name(), q.name(), DslNumbers.valueText(q, n.value()));
                    } catch (IllegalArgumentException e) {
                        throw new ImportError(row.address() + ": scenario '" + scenario.name() + "' varies only "
                                + String.join(", ", scenario.inputs().keySet()) + "; to set " + q.name()
                                + " there too, make it a named scenario in the source (scenario \"name\" a = 1, b = 2)");
                    }
                    changes.add(row.address() + ": scenario " + scenario.name() + " sets " + q.name() + " = " + DslNumbers.shown(q, n.value()));
                }
                case CellContent.Formula f when !q.input() -> requireBaseFormula(q, row, f);
                default -> { }
            }
        }
    }

    /** A grid's value is shared by a whole row or column of its scenarios: one sheet cannot change it alone. */
    private void refuseGridEdit(Scenario scenario, ModelRow row) {
        for (org.flopsheet.engine.compile.Grid grid : model.grids()) {
            if (grid.scenarios().contains(scenario.name())) {
                throw new ImportError(row.address() + ": scenario '" + scenario.name() + "' comes from the grid on line " + grid.pos().line()
                        + " of the source, whose values several scenarios share; change the grid line in the source, or copy this sheet"
                        + " under a new name to make a named scenario of it");
            }
        }
    }

    /**
     * A model sheet the export did not write (a copy of the base or a scenario sheet, with inputs
     * changed) is a new named scenario: it sets every input whose value differs from the default.
     */
    private void newScenario(Worksheet sheet) {
        List<ModelRow> rows;
        try {
            rows = ModelSheetReader.read(sheet, Map.of(), blocks);
        } catch (ImportError notAModelSheet) {
            return; // the side-by-side view, or a sheet of the person's own
        }
        List<String> settings = new ArrayList<>();
        for (ModelRow row : rows) {
            Quantity q = model.quantity(row.name());
            if (q == null || match.finalName(q.name()) == null) continue;
            if (q.input() && row.elements() == null && row.value() instanceof CellContent.Number n
                    && Double.doubleToLongBits(n.value()) != Double.doubleToLongBits(model.defaults()[q.index()])) {
                settings.add(match.finalName(q.name()) + " = " + DslNumbers.valueText(q, n.value()));
            } else if (!q.input() && row.value() instanceof CellContent.Formula f) {
                requireBaseFormula(q, row, f);
            }
        }
        if (settings.isEmpty()) return;
        if (model.scenario(sheet.name()) != null) {
            throw new ImportError("sheet '" + sheet.name() + "' looks like a new scenario, but a scenario of that name exists; rename the sheet");
        }
        editor.addScenario("scenario " + SourceEditor.quote(sheet.name()) + " " + String.join(", ", settings));
        changes.add(sheet.name() + ": new scenario \"" + sheet.name() + "\" sets " + String.join(", ", settings));
    }

    /**
     * A formula on a scenario sheet (or a copy of one) must be the base sheet's: as exported, or as the
     * person changed it there. A quantity has one formula in every scenario.
     */
    private void requireBaseFormula(Quantity q, ModelRow row, CellContent.Formula f) {
        String edited = FormulaTranslator.canonical(FormulaTranslator.parse(f.text(), sourceNames(), row.address()));
        if (edited.equals(FormulaTranslator.exported(q, sourceNames(), row.address()))) return;
        FormulaEdit baseEdit = formulaEdits.get(match.finalName(q.name()));
        if (baseEdit != null && FormulaTranslator.canonical(
                FormulaTranslator.parse(f.text(), finalNames(), row.address())).equals(baseEdit.canonical())) return;
        throw new ImportError(row.address() + ": the formula of " + q.name() + " differs from the base sheet's;"
                + " a quantity has one formula in every scenario, so edit it on sheet '" + layout.base().name() + "'");
    }

    // ---- checking the result ----

    /**
     * Compiles the updated source and checks that every changed formula, as flopsheet now writes it,
     * is the formula the person wrote. Where the unit checker needs a conversion the person's formula
     * lacks (or has typed by hand), the model would compute another number than the workbook: refused.
     */
    private String verifyFormulas(String updated) {
        Sheet sheet = compile(updated);
        for (var entry : formulaEdits.entrySet()) {
            String name = entry.getKey();
            FormulaEdit edit = entry.getValue();
            if (writtenAs(sheet, name, edit).equals(edit.canonical())) continue;
            if (edit.sourceName() != null) {
                // the export's factors were not all conversions the checker makes: keep the formula as written
                editor.setFormula(edit.sourceName(), DslFormula.of(FormulaTranslator.parse(edit.excel(), finalNames(), edit.cell())));
                String asWritten = editor.result();
                if (writtenAs(compile(asWritten), name, edit).equals(edit.canonical())) {
                    updated = asWritten;
                    continue;
                }
                editor.setFormula(edit.sourceName(), DslFormula.of(FormulaTranslator.withoutConversions(
                        FormulaTranslator.parse(edit.excel(), finalNames(), edit.cell()), model.quantity(edit.sourceName()))));
            }
            Quantity q = sheet.quantity(name);
            throw new ImportError(edit.cell() + ": =" + edit.excel() + " cannot be taken as it is: with units, flopsheet computes "
                    + name + (q.unitText().isEmpty() ? "" : " (" + q.unitText() + ")") + " as =" + ExcelFormula.of(q.formula())
                    + ", which differs from what the workbook computes, so the model and the workbook would show different numbers."
                    + " flopsheet converts units itself (GB and GiB, s and h, token and Mtoken): write the formula without hand-made"
                    + " conversion factors, or give the quantity the unit your formula computes");
        }
        return updated;
    }

    /** The canonical text of the formula flopsheet writes for {@code name} in {@code sheet}. */
    private static String writtenAs(Sheet sheet, String name, FormulaEdit edit) {
        return FormulaTranslator.canonical(FormulaTranslator.parse(ExcelFormula.of(sheet.quantity(name).formula()), byName(sheet), edit.cell()));
    }

    private Sheet compile(String text) {
        try {
            return Compiler.compile(SourceFile.of(source.name(), text));
        } catch (FlopError e) {
            String where = cellOfLine(text, e.line());
            throw new ImportError("the edited workbook does not make a valid model" + (where == null ? "" : " (" + where + ")")
                    + ":\n" + e.getMessage());
        }
    }

    /** The workbook cell of the quantity defined on {@code line} of the updated source, if there is one. */
    private String cellOfLine(String text, int line) {
        try {
            var decls = new org.flopsheet.engine.dsl.Parser(SourceFile.of(source.name(), text), model.units()::contains).parse();
            for (var d : decls) {
                if (d instanceof org.flopsheet.engine.dsl.Decl.Definition def && def.pos().line() == line) {
                    for (var e : match.rowOf.entrySet()) if (def.name().equals(match.finalName(e.getKey()))) return e.getValue().address();
                    for (var e : match.addedName.entrySet()) if (def.name().equals(e.getValue())) return e.getKey().address();
                }
            }
        } catch (FlopError ignored) {
            // the message of the compile error says enough
        }
        return null;
    }

    // ---- name resolution ----

    /** Names and cells of the base sheet as the source calls them (for comparing with what was exported). */
    private ExcelReferences sourceNames() {
        Map<String, String> byNewName = new HashMap<>();
        match.renamed.forEach((from, to) -> byNewName.put(to, from));
        return resolver(n -> model.quantity(n) != null ? n : byNewName.getOrDefault(n, match.addedName.containsValue(n) ? n : null),
                row -> {
                    String known = match.sourceNameOf(row);
                    return known != null ? known : match.addedName.get(row);
                });
    }

    /** Names and cells of the base sheet as the updated source calls them. */
    private ExcelReferences finalNames() {
        return resolver(n -> {
            if (model.quantity(n) != null) {
                String f = match.finalName(n);
                if (f == null) throw new ImportError("a formula uses " + n + ", whose row was deleted");
                return f;
            }
            return match.renamed.containsValue(n) || match.addedName.containsValue(n) ? n : null;
        }, row -> {
            String known = match.sourceNameOf(row);
            return known != null ? match.finalName(known) : match.addedName.get(row);
        });
    }

    private ExcelReferences resolver(java.util.function.UnaryOperator<String> name, java.util.function.Function<ModelRow, String> ofRow) {
        String base = layout.base().name();
        return new ExcelReferences() {
            @Override
            public String definedName(String n) { return name.apply(n); }

            @Override
            public String cell(String sheet, int column, int row) {
                if (sheet != null && !sheet.equals(base)) return null;
                ModelRow r = match.rowAt(row - 1, column - 1);
                return r == null ? null : ofRow.apply(r);
            }
        };
    }

    private static ExcelReferences byName(Sheet sheet) {
        return new ExcelReferences() {
            @Override
            public String definedName(String n) { return sheet.quantity(n) != null ? n : null; }

            @Override
            public String cell(String s, int column, int row) { return null; }
        };
    }

    private String diff(String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = before.lines().toList(), b = after.lines().toList();
        String name = Path.of(source.name()).getFileName().toString();
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, a, DiffUtils.diff(a, b), 3)) + "\n";
    }
}
