package org.flopsheet.app.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flopsheet.app.UserError;
import org.flopsheet.app.simulate.RowSimulation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.compile.Suggestions;
import org.flopsheet.engine.eval.ValueType;

/**
 * How the columns of an input CSV meet the quantities of a sheet. Header names that are inputs
 * (matched as Excel matches names: ignoring case and surrounding spaces) are read; any other
 * column passes through; the chosen outputs and an {@code error} column are appended.
 */
final class ColumnMapping {
    static final String ERROR_COLUMN = "error";
    /** With --samples: which outputs had samples that came to an Excel error, and how many. */
    static final String SAMPLE_ERRORS_COLUMN = "sample_errors";

    final String[] header;
    /** For each column of the input: the input quantity it sets, or null for a pass-through column. */
    final Quantity[] inputOf;
    final Quantity[] outputs;
    /** Pass-through columns whose header looks like a misspelled input that no other column sets. */
    final List<NearMiss> nearMisses;
    /** With --samples: how each row is simulated, and the number outputs that get percentile columns; else null and empty. */
    final RowSimulation spread;
    final Quantity[] spreadOutputs;

    /** Column {@code column} (1-based) is headed {@code header}, which looks like input {@code input}. */
    record NearMiss(int column, String header, String input) {
        String message() {
            return "column " + column + " of the header, '" + header + "', is not an input but looks like '" + input
                    + "': it passes through, and every row uses " + input + "'s default";
        }
    }

    private ColumnMapping(String[] header, Quantity[] inputOf, Quantity[] outputs, List<NearMiss> nearMisses, RowSimulation spread) {
        this.header = header;
        this.inputOf = inputOf;
        this.outputs = outputs;
        this.nearMisses = nearMisses;
        this.spread = spread;
        this.spreadOutputs = spread == null ? new Quantity[0]
                : Arrays.stream(outputs).filter(q -> q.type() == ValueType.NUMBER).toArray(Quantity[]::new);
    }

    /** The same columns, with percentile columns for every number output: what batch --samples writes. */
    ColumnMapping withSpread(RowSimulation rows) {
        return new ColumnMapping(header, inputOf, outputs, nearMisses, rows);
    }

    /**
     * @param outputNames the quantities to append, or null for every formula quantity in source order
     */
    static ColumnMapping of(Sheet sheet, CsvRecord header, List<String> outputNames) {
        Map<String, Quantity> byName = new HashMap<>();
        for (Quantity q : sheet.quantities()) byName.put(key(q.name()), q);
        String[] names = header.fields();
        Quantity[] inputOf = new Quantity[names.length];
        Map<Quantity, Integer> seen = new HashMap<>();
        List<String> inputNames = sheet.inputs().stream().map(Quantity::name).toList();
        List<NearMiss> nearMisses = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Quantity q = byName.get(key(names[i]));
            if (q == null) {
                String meant = Suggestions.misspelled(names[i], inputNames);
                if (meant != null) nearMisses.add(new NearMiss(i + 1, names[i], meant));
                continue;
            }
            if (!q.input()) {
                throw new UserError("column " + (i + 1) + " of the header, '" + names[i] + "', is a formula of sheet '"
                        + sheet.name() + "', not an input: a CSV can only set inputs ("
                        + String.join(", ", sheet.inputs().stream().map(Quantity::name).toList())
                        + "); rename or remove the column (" + q.name() + " is computed and appended to the results)");
            }
            Integer before = seen.put(q, i);
            if (before != null) {
                throw new UserError("columns " + (before + 1) + " and " + (i + 1) + " of the header both name input '"
                        + q.name() + "'; keep one of them");
            }
            inputOf[i] = q;
        }
        List<NearMiss> unset = nearMisses.stream()
                .filter(miss -> Arrays.stream(inputOf).noneMatch(in -> in != null && in.name().equals(miss.input()))).toList();
        return new ColumnMapping(names, inputOf, outputs(sheet, byName, outputNames).toArray(Quantity[]::new), unset, null);
    }

    private static List<Quantity> outputs(Sheet sheet, Map<String, Quantity> byName, List<String> names) {
        if (names == null) return sheet.outputs();
        List<Quantity> outputs = new ArrayList<>();
        for (String name : names) {
            Quantity q = byName.get(key(name));
            if (q == null) {
                throw new UserError("--outputs names '" + name + "', which is not in sheet '" + sheet.name()
                        + "'; its quantities are: " + String.join(", ", sheet.quantities().stream().map(Quantity::name).toList()));
            }
            outputs.add(q);
        }
        return outputs;
    }

    private static String key(String name) { return name.strip().toLowerCase(Locale.ROOT); }

    int width() { return header.length; }

    boolean readsAnyInput() {
        for (Quantity q : inputOf) if (q != null) return true;
        return false;
    }

    /** The input column reading quantity {@code name}, or -1. */
    int columnOf(String name) {
        for (int i = 0; i < inputOf.length; i++) if (inputOf[i] != null && inputOf[i].name().equals(name)) return i;
        return -1;
    }

    static boolean isLogical(Quantity q) { return q.type() == ValueType.BOOLEAN; }

    /**
     * The header of the results: every input column in place, then the outputs, then (with --samples)
     * {@code NAME.p5,NAME.p50,NAME.p95} per number output and {@code sample_errors}, then {@code error}.
     */
    void writeHeader(CsvLine line) {
        for (String name : header) line.text(name);
        for (Quantity q : outputs) line.text(q.name());
        for (Quantity q : spreadOutputs) for (String key : RowSimulation.KEYS) line.text(q.name() + "." + key);
        if (spread != null) line.text(SAMPLE_ERRORS_COLUMN);
        line.text(ERROR_COLUMN).end();
    }
}
