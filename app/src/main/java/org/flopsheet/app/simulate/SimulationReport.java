package org.flopsheet.app.simulate;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.SimulationResult;
import org.flopsheet.engine.simulate.Threshold;

/** A simulation's figures as a terminal table and as the JSON document of {@code simulate --json} and the API. */
public final class SimulationReport {
    /** The percentiles every report gives, and their JSON keys. */
    public static final double[] PERCENTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    public static final String[] KEYS = {"p5", "p25", "p50", "p75", "p95"};

    private SimulationReport() {}

    public static Map<String, Object> json(SimulationResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sheet", r.sheet().name());
        doc.put("samples", r.options().samples());
        doc.put("seed", r.options().seed());
        doc.put("percentiles", r.options().exact() ? "exact" : "sketch, within 0.05% relative");
        Map<String, Object> quantities = new LinkedHashMap<>();
        for (QuantityStatistics s : r.quantities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", s.quantity().unitText());
            m.put("input", s.quantity().input());
            m.put("uncertain", uncertain(r, s));
            m.put("mean", number(s.mean()));
            m.put("sd", number(s.sd()));
            m.put("min", number(s.min()));
            m.put("max", number(s.max()));
            for (int i = 0; i < PERCENTILES.length; i++) m.put(KEYS[i], number(s.percentile(PERCENTILES[i])));
            m.put("valid", s.valid());
            Map<String, Long> errors = new LinkedHashMap<>();
            for (ExcelError e : ExcelError.values()) if (s.errors().containsKey(e)) errors.put(e.text, s.errors().get(e));
            m.put("errors", errors);
            quantities.put(s.quantity().name(), m);
        }
        doc.put("quantities", quantities);
        Map<String, Object> probabilities = new LinkedHashMap<>();
        List<Threshold> thresholds = r.options().thresholds();
        for (int i = 0; i < thresholds.size(); i++) probabilities.put(thresholds.get(i).text(), r.probability(i));
        doc.put("probabilities", probabilities);
        return doc;
    }

    /** Whether the quantity was drawn: an uncertain input of the sheet not held at a value, or one given a distribution for this run. */
    private static boolean uncertain(SimulationResult r, QuantityStatistics s) {
        String name = s.quantity().name();
        if (r.options().distributions().containsKey(name)) return true;
        return r.sheet().uncertainty().input(name) != null && !r.options().overrides().containsKey(name);
    }

    /** A double for JSON: null for none (JSON has no NaN). */
    private static Double number(double v) { return Double.isFinite(v) ? v : null; }

    public static void table(SimulationResult r, int digits, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("", "name", "unit", "mean", "sd"));
        for (String k : KEYS) header.add(k);
        header.add("errors");
        rows.add(header.toArray(String[]::new));
        for (QuantityStatistics s : r.quantities()) {
            boolean uncertain = uncertain(r, s);
            var unit = s.quantity().unit(); // a % quantity holds the fraction; the table shows it in %, as eval's does
            List<String> row = new ArrayList<>(List.of(uncertain ? "~" : s.quantity().input() ? ">" : "", s.quantity().name(),
                    s.quantity().unitText(), show(unit.shown(s.mean()), digits), show(unit.shown(s.sd()), digits)));
            for (double p : PERCENTILES) row.add(show(unit.shown(s.percentile(p)), digits));
            row.add(errors(s));
            rows.add(row.toArray(String[]::new));
        }
        int[] width = new int[header.size()];
        for (String[] row : rows) for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 3 && i < row.length - 1;
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(number ? pad + row[i] : row[i] + pad).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.println("~ marks uncertain inputs, > inputs held at one value. Percentiles are Excel's PERCENTILE.INC, "
                + (r.options().exact() ? "exact." : "from sketches within 0.05% (relative) of the exact ones."));
        List<Threshold> thresholds = r.options().thresholds();
        for (int i = 0; i < thresholds.size(); i++) {
            out.printf(Locale.ROOT, "P(%s) = %.4f  (%,d of %,d samples)%n", thresholds.get(i).text(), r.probability(i),
                    r.thresholdHits()[i], r.options().samples());
        }
    }

    private static String errors(QuantityStatistics s) {
        if (s.errors().isEmpty()) return "";
        List<String> parts = new ArrayList<>();
        for (ExcelError e : ExcelError.values()) {
            Long n = s.errors().get(e);
            if (n != null) parts.add(String.format(Locale.ROOT, "%,d %s", n, e.text));
        }
        return String.join(", ", parts);
    }

    static String show(double v, int digits) { return Double.isFinite(v) ? NumberText.significant(v, digits) : "-"; }
}
