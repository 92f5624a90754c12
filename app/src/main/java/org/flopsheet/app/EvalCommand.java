package org.flopsheet.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.InputValues;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.app.simulate.SimulationReport;
import org.flopsheet.engine.eval.ArrayText;
import org.flopsheet.engine.eval.Elementwise;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.units.Reading;
import org.flopsheet.engine.simulate.QuantityStatistics;
import org.flopsheet.engine.simulate.Simulation;
import org.flopsheet.engine.simulate.SimulationOptions;
import org.flopsheet.engine.simulate.SimulationResult;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.units.Unit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a sheet for its base case and every scenario, and print every quantity.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .flop source")
    Path file;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "override an input, with or without a unit: --set training_flop=3e27 --set duration=4month")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--scenario", paramLabel = "NAME", description = "show only this scenario (besides nothing else)")
    String scenario;

    @Option(names = "--to", paramLabel = "NAME=UNIT", description = "show a quantity in another unit of the same dimension: --to duration=day")
    Map<String, String> displayUnits = new LinkedHashMap<>();

    @Option(names = "--json", description = "print every quantity's value as JSON (errors as their Excel text)")
    boolean json;

    @Option(names = "--digits", paramLabel = "N", defaultValue = "3", description = "significant digits in the table (default ${DEFAULT-VALUE}; JSON is always exact)")
    int digits;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000", description = "for a sheet with uncertain inputs: samples behind each median and 90%% interval (default ${DEFAULT-VALUE}, seed 1)")
    long samples;

    @Override
    public Integer call() throws Exception {
        Sheet sheet = Compiler.compile(file);
        Map<String, Value> overrides = InputValues.parseAllValues(sheet, settings);
        Map<String, Unit> shownIn = new LinkedHashMap<>();
        displayUnits.forEach((name, unit) -> {
            if (sheet.quantity(name) == null) throw new IllegalArgumentException("--to names '" + name + "', which is not in the sheet");
            shownIn.put(name, InputValues.unit(sheet, unit));
        });

        List<String> columns = new ArrayList<>();
        List<Evaluation> results = new ArrayList<>();
        if (scenario == null) {
            columns.add("base");
            results.add(sheet.evaluateValues(overrides));
        }
        List<String> replaced = new ArrayList<>(), dropped = new ArrayList<>();
        for (Scenario s : sheet.scenarios()) {
            if (scenario != null && !s.name().equals(scenario)) continue;
            List<String> overridden = s.inputs().keySet().stream().filter(overrides::containsKey).toList();
            if (!overridden.isEmpty() && overridden.size() == s.inputs().size()) {
                if (scenario != null) {
                    throw new UserError("--set " + String.join(", ", overridden) + " replaces everything scenario '" + scenario
                            + "' sets, so it would show the base case; leave out --set or --scenario");
                }
                dropped.add(s.name());
                continue;
            }
            if (!overridden.isEmpty()) replaced.add("'" + s.name() + "' (" + String.join(", ", overridden) + ")");
            Map<String, Value> inputs = new LinkedHashMap<>();
            s.inputs().forEach((name, v) -> inputs.put(name, new Value.Num(v)));
            inputs.putAll(overrides);
            columns.add(s.name());
            results.add(sheet.evaluateValues(inputs));
        }
        if (scenario != null && results.isEmpty()) {
            throw new UserError("no scenario named '" + scenario + "'; the sheet has: "
                    + String.join(", ", sheet.scenarios().stream().map(Scenario::name).toList()));
        }
        List<String> setNotes = new ArrayList<>();
        if (!dropped.isEmpty()) {
            setNotes.add("--set " + String.join(", ", overrides.keySet()) + " replaces what the scenarios " + String.join(", ", dropped)
                    + " set, so they equal the base case and are not shown");
        }
        if (!replaced.isEmpty()) setNotes.add("--set replaces the value these scenarios give: " + String.join(", ", replaced));
        Map<String, Double> numericOverrides = new LinkedHashMap<>();
        overrides.forEach((name, v) -> {
            if (v instanceof Value.Num || v instanceof Value.Bool) numericOverrides.put(name, v.raw());
        });
        SimulationResult spread = sheet.uncertainty().isEmpty() ? null : Simulation.run(sheet,
                new SimulationOptions(samples, SimulationOptions.DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), numericOverrides, List.of()));
        if (json) printJson(sheet, columns, results, shownIn, setNotes, spread);
        else printTable(sheet, columns, results, shownIn, setNotes, spread, System.out);
        return 0;
    }

    private void printTable(Sheet sheet, List<String> columns, List<Evaluation> results, Map<String, Unit> shownIn, List<String> setNotes,
                            SimulationResult spread, PrintStream out) {
        out.println(sheet.title() + " [" + sheet.name() + "]");
        for (String note : sheet.notes()) out.println("  " + note);
        out.println();
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("", "name", "label", "unit"));
        header.addAll(columns);
        if (spread != null) header.add("median [90% interval]");
        rows.add(header.toArray(String[]::new));
        for (Quantity q : sheet.quantities()) {
            Unit unit = shownIn.get(q.name());
            boolean uncertain = sheet.uncertainty().input(q.name()) != null;
            List<String> row = new ArrayList<>(List.of(uncertain ? "~" : q.input() ? ">" : "", q.name(), shorten(q.title(), 44),
                    unit != null ? unit.display() : q.unitText()));
            Unit shown = unit != null ? unit : q.unit();
            for (Evaluation e : results) {
                Value v = e.value(q);
                row.add(shown(unit == null ? v : Elementwise.map(v, x -> x instanceof Value.Num n
                        ? new Value.Num(InputValues.convert(q, n.value(), unit)) : x), shown));
            }
            if (spread != null) row.add(interval(q, spread.of(q.name()), unit));
            rows.add(row.toArray(String[]::new));
        }
        int[] width = new int[header.size()];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean number = i >= 4;
                String cell = number ? " ".repeat(width[i] - r[i].length()) + r[i] : r[i] + " ".repeat(width[i] - r[i].length());
                line.append(cell).append(i == r.length - 1 ? "" : "  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        for (String note : setNotes) out.println(note);
        out.println("> marks inputs; set them with --set NAME=VALUE");
        if (spread != null) {
            out.printf(java.util.Locale.ROOT, "~ marks uncertain inputs: their base value is their median. Medians and 5th to 95th percentiles"
                    + " of the base case from %,d samples (seed %d); more with flopsheet simulate%n", samples, SimulationOptions.DEFAULT_SEED);
        }
    }

    private String interval(Quantity q, QuantityStatistics s, Unit unit) {
        if (s.valid() == 0) return "all errors";
        double[] p = {s.percentile(0.5), s.percentile(0.05), s.percentile(0.95)};
        if (p[1] == p[2]) return "";
        String[] t = new String[3];
        for (int i = 0; i < 3; i++) t[i] = NumberText.significant(unit != null ? InputValues.convert(q, p[i], unit) : p[i], digits);
        String errors = s.errorCount() == 0 ? "" : String.format(java.util.Locale.ROOT, " (%,d errors)", s.errorCount());
        return t[0] + " [" + t[1] + ", " + t[2] + "]" + errors;
    }

    /** A value as the table shows it: numbers to the significant digits asked for, arrays in braces. */
    private String shown(Value v, Unit unit) {
        return switch (v) {
            case Value.Num n -> Reading.of(unit, n.value()).text(unit.shown(n.value()), x -> NumberText.significant(x, digits));
            case Value.Text t -> shorten(t.value(), 44);
            case Value.Bool b -> v.text();
            case Value.Err e -> v.text();
            case Value.Array a -> ArrayText.of(a, e -> shown(e, unit), ", ", "; ");
        };
    }

    private static String shorten(String s, int max) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private void printJson(Sheet sheet, List<String> columns, List<Evaluation> results, Map<String, Unit> shownIn, List<String> setNotes,
                           SimulationResult spread) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("sheet", sheet.name());
        doc.put("title", sheet.title());
        List<Map<String, Object>> quantities = new ArrayList<>();
        for (Quantity q : sheet.quantities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", q.name());
            m.put("label", q.title());
            Unit unit = shownIn.get(q.name());
            m.put("unit", unit != null ? unit.display() : q.unitText());
            m.put("input", q.input());
            quantities.add(m);
        }
        doc.put("quantities", quantities);
        Map<String, Object> scenarios = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Quantity q : sheet.quantities()) {
                Value v = results.get(i).value(q);
                Unit unit = shownIn.get(q.name());
                values.put(q.name(), JsonValues.of(v, x -> unit != null ? InputValues.convert(q, x, unit) : x));
            }
            if (columns.get(i).equals("base") && scenario == null && i == 0) doc.put("base", values);
            else scenarios.put(columns.get(i), values);
        }
        doc.put("scenarios", scenarios);
        if (!setNotes.isEmpty()) doc.put("set_notes", setNotes);
        if (spread != null) doc.put("uncertainty", SimulationReport.json(spread));
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    }
}
