package org.flopsheet.app.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.whatif.Elasticity;
import org.flopsheet.engine.whatif.Sensitivity;
import org.flopsheet.engine.whatif.Tornado;

/** Elasticities and a tornado, as JSON and as a table with a bar chart for the terminal. */
public final class SensitivityReport {
    private static final int HALF_BAR = 24;
    /** The bar from the base to the output with the input at its low end, and at its high end. */
    private static final char LOW = '\u2592', HIGH = '\u2588';

    private SensitivityReport() {}

    public static Map<String, Object> json(Sheet sheet, String scenario, Map<String, Map<String, Elasticity>> table, Tornado tornado) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sheet", sheet.name());
        json.put("scenario", scenario);
        Map<String, Object> values = new LinkedHashMap<>(), methods = new LinkedHashMap<>();
        table.forEach((output, row) -> {
            Map<String, Object> v = new LinkedHashMap<>(), m = new LinkedHashMap<>();
            row.forEach((input, e) -> {
                v.put(input, e.defined() ? e.value() : null);
                m.put(input, switch (e.how()) {
                    case EXPONENT -> "exact";
                    case CENTRAL_DIFFERENCE -> "central difference";
                    case UNDEFINED -> "undefined: " + e.note();
                });
            });
            values.put(output, v);
            methods.put(output, m);
        });
        json.put("elasticities", values);
        json.put("methods", methods);
        json.put("step", Sensitivity.STEP);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("output", tornado.output().name());
        t.put("base", tornado.base());
        t.put("ranges", tornado.ranges());
        List<Map<String, Object>> bars = new ArrayList<>();
        for (Tornado.Bar b : tornado.bars()) {
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("input", b.input().name());
            bar.put("value", b.value());
            bar.put("low", b.range().low());
            bar.put("high", b.range().high());
            bar.put("range", b.range().source());
            bar.put("outputAtLow", finiteOrText(b.outputAtLow()));
            bar.put("outputAtHigh", finiteOrText(b.outputAtHigh()));
            bar.put("swing", Double.isFinite(b.swing()) ? b.swing() : null);
            bars.add(bar);
        }
        t.put("bars", bars);
        json.put("tornado", t);
        return json;
    }

    public static String text(Sheet sheet, String scenario, Map<String, Map<String, Elasticity>> table, Tornado tornado) {
        StringBuilder out = new StringBuilder();
        out.append("Elasticities at ").append(scenario == null ? "the base case" : "scenario " + scenario)
                .append(" (d ln output / d ln input: the % change of the output for 1% more of the input)\n");
        int width = table.keySet().stream().mapToInt(String::length).max().orElse(0);
        boolean anyNumerical = false;
        for (var row : table.entrySet()) {
            List<String> parts = new ArrayList<>();
            for (var cell : row.getValue().entrySet()) {
                Elasticity e = cell.getValue();
                if (e.how() == Elasticity.How.EXPONENT && e.value() == 0) continue;
                String value = switch (e.how()) {
                    case EXPONENT -> NumberText.significant(e.value(), 4);
                    case CENTRAL_DIFFERENCE -> "~" + NumberText.significant(e.value(), 4);
                    case UNDEFINED -> "undefined (" + e.note() + ")";
                };
                anyNumerical |= e.how() == Elasticity.How.CENTRAL_DIFFERENCE;
                parts.add(cell.getKey() + " " + value);
            }
            out.append("  ").append(pad(row.getKey(), width)).append("  ")
                    .append(parts.isEmpty() ? "(depends on no input)" : String.join(", ", parts)).append('\n');
        }
        out.append("  Exact exponents of power-law chains; inputs an output does not depend on are left out");
        if (anyNumerical) {
            out.append(";\n  ~ marks a central difference (input ± ").append(NumberText.significant(Sensitivity.STEP * 100, 3))
                    .append("%), checked against one with half the step");
        }
        out.append(".\n\n");
        tornado(out, tornado);
        return out.toString();
    }

    private static void tornado(StringBuilder out, Tornado t) {
        String y = t.output().name();
        out.append("Tornado for ").append(y).append(" (").append(NumberText.significant(t.base(), 3))
                .append(t.output().unitText().isEmpty() ? "" : " " + t.output().unitText())
                .append(" at the base): ").append(t.ranges()).append(", widest swing first\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"input", "low", "high", y + " at low", "at high", "swing"});
        for (Tornado.Bar b : t.bars()) {
            rows.add(new String[] {b.input().name(), NumberText.significant(b.range().low(), 3), NumberText.significant(b.range().high(), 3),
                    NumberText.significant(b.outputAtLow(), 3), NumberText.significant(b.outputAtHigh(), 3),
                    Double.isFinite(b.swing()) ? NumberText.significant(b.swing(), 3) : "-"});
        }
        int[] w = new int[6];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ").append(pad(r[0], w[0]));
            for (int i = 1; i < r.length; i++) line.append("  ").append(" ".repeat(w[i] - r[i].length())).append(r[i]);
            out.append(line).append('\n');
        }
        out.append('\n');
        bars(out, t, w[0]);
    }

    /** A bar per input from the output at its low end to the output at its high end, around the base at '|'. */
    private static void bars(StringBuilder out, Tornado t, int nameWidth) {
        boolean logScale = t.base() > 0 && t.bars().stream().allMatch(b -> b.outputAtLow() > 0 && b.outputAtHigh() > 0);
        double reach = 0;
        for (Tornado.Bar b : t.bars()) {
            reach = Math.max(reach, Math.abs(offset(b.outputAtLow(), t.base(), logScale)));
            reach = Math.max(reach, Math.abs(offset(b.outputAtHigh(), t.base(), logScale)));
        }
        for (Tornado.Bar b : t.bars()) {
            char[] bar = " ".repeat(2 * HALF_BAR + 1).toCharArray();
            if (reach > 0 && Double.isFinite(b.swing())) {
                draw(bar, column(offset(b.outputAtLow(), t.base(), logScale), reach), LOW);
                draw(bar, column(offset(b.outputAtHigh(), t.base(), logScale), reach), HIGH);
            }
            bar[HALF_BAR] = '|';
            out.append("  ").append(pad(b.input().name(), nameWidth)).append("  ").append(new String(bar).stripTrailing()).append('\n');
        }
        out.append("  ").append(" ".repeat(nameWidth + 2 + HALF_BAR)).append("^ ").append(NumberText.significant(t.base(), 3))
                .append(logScale ? " (log scale: " : " (linear scale: ").append("each side reaches ")
                .append(logScale ? "×" + NumberText.significant(Math.exp(reach), 3) : "±" + NumberText.significant(reach, 3)).append(")\n");
        out.append("  ").append(" ".repeat(nameWidth + 2)).append(LOW).append(" the input at its low end, ").append(HIGH).append(" at its high end\n");
    }

    private static void draw(char[] bar, int end, char c) {
        for (int i = Math.min(end, HALF_BAR); i <= Math.max(end, HALF_BAR); i++) bar[i] = c;
    }

    private static double offset(double v, double base, boolean logScale) {
        if (!Double.isFinite(v)) return 0;
        return logScale ? Math.log(v / base) : v - base;
    }

    private static int column(double offset, double reach) {
        return HALF_BAR + (int) Math.round(HALF_BAR * offset / reach);
    }

    private static Object finiteOrText(double v) {
        return Double.isFinite(v) ? v : NumberText.shortest(v);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** The outputs a report covers: the one asked for, or every numeric output. */
    public static List<Quantity> outputs(Sheet sheet, String only) {
        if (only == null) return Sensitivity.numericOutputs(sheet);
        Quantity q = sheet.quantity(only);
        if (q == null || q.input()) {
            throw new IllegalArgumentException("--output names '" + only + "', which is not a formula of sheet '" + sheet.name() + "'; the outputs are: "
                    + String.join(", ", Sensitivity.numericOutputs(sheet).stream().map(Quantity::name).toList()));
        }
        return List.of(q);
    }
}
