package org.flopsheet.engine.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.dsl.Decl;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.dsl.Span;
import org.flopsheet.engine.units.UnitRegistry;

/**
 * Rewrites parts of a .flop source and leaves every other byte as it was: comments, order, blank
 * lines and spacing. Edits name the quantity (or scenario) they change; they are collected and
 * applied at once by {@link #result()}.
 */
public final class SourceEditor {
    private record Replacement(int start, int end, String text) {}

    private final String text;
    private final List<Decl> decls;
    private final List<Replacement> edits = new ArrayList<>();
    /** Where each definition, named scenario and sweep value is in {@link #decls}: every edit finds its place at once. */
    private final Map<String, Integer> definitionAt = new HashMap<>();
    private final Map<String, Decl.Scenario> namedScenario = new HashMap<>();
    private final Map<String, Span> sweepValue = new HashMap<>();
    /** The columns of tables, each an array input whose elements sit in the table's rows. */
    private final Map<String, Decl.Definition> tableColumns = new HashMap<>();

    public SourceEditor(SourceFile file, UnitRegistry units) {
        this.text = file.text();
        this.decls = new Parser(file, units::contains).parse();
        for (int i = 0; i < decls.size(); i++) {
            switch (decls.get(i)) {
                case Decl.Definition d -> definitionAt.putIfAbsent(d.name(), i);
                case Decl.Table t -> {
                    for (Decl.Definition column : t.columns()) tableColumns.putIfAbsent(column.name(), column);
                }
                case Decl.Scenario sc -> namedScenario.putIfAbsent(sc.name(), sc);
                case Decl.Sweep sw -> {
                    for (Span span : sw.valueSpans()) sweepValue.putIfAbsent(sw.input() + "\n" + sw.input() + "=" + span.of(text).trim(), span);
                }
                default -> { }
            }
        }
    }

    /** Replaces the formula (or an input's value) of {@code quantity} with DSL text. */
    public void setFormula(String quantity, String formula) {
        Decl.Definition d = definition(quantity);
        String text = d.unitSpan() != null ? beforeUnit(formula) : formula;
        edits.add(new Replacement(d.exprSpan().start(), d.exprSpan().end(), text));
    }

    /** Writes a distribution ({@code 1e26 to 1e28}) as an input's definition, before its declared unit as a distribution is written. */
    public void setDistribution(String quantity, String distribution) {
        Decl.Definition d = definition(quantity);
        edits.add(new Replacement(d.exprSpan().start(), d.exprSpan().end(), distribution.strip()));
    }

    /**
     * Replaces one element of an array input written as constants (an array constant, or a column of a
     * table) with {@code literal}, leaving the rest of the line as it is.
     */
    public void setElement(String quantity, int row, int column, String literal) {
        Decl.Definition d = tableColumns.containsKey(quantity) ? tableColumns.get(quantity) : definition(quantity);
        if (!(d.expr() instanceof Expr.ArrayOf a)) {
            throw new IllegalArgumentException("'" + quantity + "' is not written as an array of constants in the source");
        }
        Expr element = a.rows().get(row).get(column);
        int start = element.pos().offset();
        edits.add(new Replacement(start, elementEnd(element), literal));
    }

    /** Where a constant of an array ends in the source: after its number, its closing quote, or TRUE/FALSE. */
    private int elementEnd(Expr element) {
        return switch (element) {
            case Expr.Num n -> n.pos().offset() + n.text().length();
            case Expr.Unary u -> elementEnd(u.operand());
            case Expr.Bool b -> b.pos().offset() + (b.value() ? 4 : 5);
            case Expr.Text t -> {
                int start = t.pos().offset();
                String line = text.substring(start, lineEnd(start));
                yield start + new org.flopsheet.engine.dsl.Lexer(SourceFile.of("element", line)).tokens().get(0).end();
            }
            default -> throw new IllegalArgumentException("an array constant holds numbers, text and logicals only");
        };
    }

    /**
     * {@code formula} made safe to stand before a declared unit: in {@code x = a*3 GB} the unit would
     * belong to the 3, so a formula that ends in a bare number is put in parentheses. A lone number
     * needs none: {@code 5e11 param} means the same whichever way it is read.
     */
    public static String beforeUnit(String formula) {
        if (formula.strip().matches("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?")) return formula;
        List<org.flopsheet.engine.dsl.Token> tokens = new org.flopsheet.engine.dsl.Lexer(SourceFile.of("formula", formula)).tokens();
        int last = tokens.size() - 3; // before the closing NEWLINE and EOF
        boolean endsInNumber = last >= 1 && tokens.get(last).is(org.flopsheet.engine.dsl.TokenType.NUMBER);
        return endsInNumber ? "(" + formula + ")" : formula;
    }

    /** Makes a quantity an input (its formula must then be a value) or a formula. */
    public void setInput(String quantity, boolean input) {
        Decl.Definition d = definition(quantity);
        if (d.input() == input) return;
        int nameAt = d.namePos().offset();
        edits.add(input ? new Replacement(nameAt, nameAt, "input ") : new Replacement(d.pos().offset(), nameAt, ""));
    }

    /** Replaces, adds or (for null or "") removes the declared unit. */
    public void setUnit(String quantity, String unit) {
        Decl.Definition d = definition(quantity);
        boolean none = unit == null || unit.isEmpty();
        if (d.unitSpan() != null) {
            edits.add(none ? new Replacement(d.exprSpan().end(), d.unitSpan().end(), "")
                    : new Replacement(d.unitSpan().start(), d.unitSpan().end(), unit));
        } else if (!none) {
            edits.add(new Replacement(d.exprSpan().end(), d.exprSpan().end(), " " + unit));
        }
    }

    /** Replaces, adds or (for null or "") removes the label. */
    public void setLabel(String quantity, String label) {
        Decl.Definition d = definition(quantity);
        boolean none = label == null || label.isEmpty();
        if (d.labelSpan() != null) {
            int before = d.unitSpan() != null ? d.unitSpan().end() : d.exprSpan().end();
            edits.add(none ? new Replacement(before, d.labelSpan().end(), "")
                    : new Replacement(d.labelSpan().start(), d.labelSpan().end(), quote(label)));
        } else if (!none) {
            edits.add(new Replacement(d.end(), d.end(), "  " + quote(label)));
        }
    }

    /** Sets the note lines below a quantity to {@code note} (one 'note' line per line of text; none for null). */
    public void setNote(String quantity, String note) {
        Decl.Definition d = definition(quantity);
        List<Decl.Note> notes = notesOf(d);
        String lines = note == null || note.isEmpty() ? "" : noteLines(note, indentOf(notes.isEmpty() ? null : notes.get(0)));
        if (notes.isEmpty()) {
            if (!lines.isEmpty()) edits.add(new Replacement(lineEnd(d.end()), lineEnd(d.end()), lines));
            return;
        }
        int start = lineStart(notes.get(0).pos().offset());
        int end = lineEnd(notes.get(notes.size() - 1).textSpan().end());
        edits.add(new Replacement(start, end, lines));
    }

    /** Renames a quantity and every reference to it (in formulas and scenarios). */
    public void rename(String from, String to) {
        for (Decl decl : decls) {
            switch (decl) {
                case Decl.Definition d -> {
                    if (d.name().equals(from)) edits.add(new Replacement(d.namePos().offset(), d.namePos().offset() + from.length(), to));
                    renameRefs(d.expr(), from, to);
                }
                case Decl.Sweep s -> {
                    if (s.input().equals(from)) edits.add(new Replacement(s.inputPos().offset(), s.inputPos().offset() + from.length(), to));
                }
                case Decl.Grid g -> {
                    for (Decl.Sweep s : g.axes()) {
                        if (s.input().equals(from)) edits.add(new Replacement(s.inputPos().offset(), s.inputPos().offset() + from.length(), to));
                    }
                }
                case Decl.Scenario s -> {
                    for (Decl.Setting setting : s.settings()) {
                        if (setting.input().equals(from)) {
                            edits.add(new Replacement(setting.pos().offset(), setting.pos().offset() + from.length(), to));
                        }
                    }
                }
                case Decl.Correlation c -> {
                    if (c.first().equals(from)) edits.add(new Replacement(c.firstPos().offset(), c.firstPos().offset() + from.length(), to));
                    if (c.second().equals(from)) edits.add(new Replacement(c.secondPos().offset(), c.secondPos().offset() + from.length(), to));
                }
                default -> { }
            }
        }
    }

    /** Removes a quantity's line and its note lines. */
    public void delete(String quantity) {
        Decl.Definition d = definition(quantity);
        List<Decl.Note> notes = notesOf(d);
        int end = notes.isEmpty() ? lineEnd(d.end()) : lineEnd(notes.get(notes.size() - 1).textSpan().end());
        edits.add(new Replacement(lineStart(d.pos().offset()), end, ""));
    }

    /**
     * Adds whole lines (a definition, perhaps with notes) after quantity {@code after}'s lines, or
     * after the last definition when {@code after} is null.
     */
    public void addLines(String after, String lines) {
        Decl.Definition anchor = after != null ? definition(after) : lastDefinition();
        List<Decl.Note> notes = notesOf(anchor);
        int at = notes.isEmpty() ? lineEnd(anchor.end()) : lineEnd(notes.get(notes.size() - 1).textSpan().end());
        String prefix = at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
        edits.add(new Replacement(at, at, prefix + lines + (lines.endsWith("\n") ? "" : "\n")));
    }

    /** Appends a scenario line at the end of the source. */
    public void addScenario(String line) {
        String prefix = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        edits.add(new Replacement(text.length(), text.length(), prefix + line + "\n"));
    }

    /** Changes the value an existing scenario gives an input; adds the setting to a named scenario if it lacks it. */
    public void setScenarioValue(String scenario, String input, String value) {
        Span swept = sweepValue.get(input + "\n" + scenario);
        if (swept != null) {
            edits.add(new Replacement(swept.start(), swept.end(), value));
            return;
        }
        Decl.Scenario s = namedScenario.get(scenario);
        if (s == null) throw new IllegalArgumentException("no scenario '" + scenario + "' sets '" + input + "'");
        for (Decl.Setting setting : s.settings()) {
            if (setting.input().equals(input)) {
                edits.add(new Replacement(setting.valueSpan().start(), setting.valueSpan().end(), value));
                return;
            }
        }
        edits.add(new Replacement(s.end(), s.end(), ", " + input + " = " + value));
    }

    /** The source with every edit applied; an edit inside a larger one is covered by it. */
    public String result() {
        List<Replacement> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Replacement::start).thenComparing(r -> -r.end()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Replacement r : sorted) {
            if (r.start() < at) continue; // inside an edit already applied
            out.append(text, at, r.start()).append(r.text());
            at = r.end();
        }
        return out.append(text.substring(at)).toString();
    }

    public boolean changed() { return !result().equals(text); }

    private void renameRefs(Expr e, String from, String to) {
        for (Expr node : e.descendantsAndSelf()) {
            if (node instanceof Expr.Ref r && r.name().equals(from)) {
                edits.add(new Replacement(r.pos().offset(), r.pos().offset() + from.length(), to));
            }
        }
    }

    private Decl.Definition definition(String name) {
        Integer at = definitionAt.get(name);
        if (at == null) throw new IllegalArgumentException("the source defines no quantity '" + name + "'");
        return (Decl.Definition) decls.get(at);
    }

    private Decl.Definition lastDefinition() {
        Decl.Definition last = null;
        for (Decl d : decls) if (d instanceof Decl.Definition def) last = def;
        return last;
    }

    private List<Decl.Note> notesOf(Decl.Definition def) {
        List<Decl.Note> notes = new ArrayList<>();
        for (int i = definitionAt.get(def.name()) + 1; i < decls.size() && decls.get(i) instanceof Decl.Note n; i++) notes.add(n);
        return notes;
    }

    private String indentOf(Decl.Note note) {
        if (note == null) return "";
        int start = lineStart(note.pos().offset());
        return text.substring(start, note.pos().offset());
    }

    private static String noteLines(String note, String indent) {
        StringBuilder out = new StringBuilder();
        for (String line : note.split("\n", -1)) out.append(indent).append("note ").append(quote(line)).append('\n');
        return out.toString();
    }

    /** {@code s} as a .flop string literal. */
    public static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    private int lineStart(int offset) { return text.lastIndexOf('\n', offset - 1) + 1; }

    private int lineEnd(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }
}
