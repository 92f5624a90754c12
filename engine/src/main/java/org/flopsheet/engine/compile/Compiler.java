package org.flopsheet.engine.compile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.dist.DistributionReader;
import org.flopsheet.engine.dist.UncertainInput;
import org.flopsheet.engine.dist.Uncertainty;
import org.flopsheet.engine.dsl.Decl;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.Pos;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.Node;
import org.flopsheet.engine.eval.NodeCompiler;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.TypeInference;
import org.flopsheet.engine.eval.ValueCompiler;
import org.flopsheet.engine.eval.ValueNode;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.eval.functions.ExcelFunction;
import org.flopsheet.engine.eval.functions.FunctionLibrary;
import org.flopsheet.engine.unparse.ExcelFormula;
import org.flopsheet.engine.units.Unit;
import org.flopsheet.engine.units.UnitChecker;
import org.flopsheet.engine.units.UnitRegistry;

/**
 * Source to {@link Sheet}: parses, resolves names, orders quantities by dependency, checks units,
 * and compiles formulas for evaluation. Every error is a {@link FlopError} with file, line and column.
 */
public final class Compiler {
    private final SourceFile file;
    private final UnitRegistry units = UnitRegistry.builtIn().copy();

    private Compiler(SourceFile file) {
        this.file = file;
    }

    public static Sheet compile(Path path) throws IOException {
        return compile(SourceFile.read(path));
    }

    public static Sheet compile(SourceFile file) {
        return new Compiler(file).run();
    }

    private Sheet run() {
        List<Decl> decls = new Parser(file, units::contains).parse();

        String name = null, title = null;
        List<String> sheetNotes = new ArrayList<>();
        List<Decl.Definition> defs = new ArrayList<>();
        Map<Integer, List<String>> notesOf = new HashMap<>();
        List<Decl> scenarioDecls = new ArrayList<>();
        List<Decl.Correlation> correlations = new ArrayList<>();
        Map<String, Decl.Definition> byLowerName = new HashMap<>();
        UnitChecker unitsOnly = new UnitChecker(file, units, n -> Unit.NONE);

        for (Decl d : decls) {
            switch (d) {
                case Decl.SheetHeader h -> {
                    if (name != null) throw error(h.pos(), "a second 'sheet' header", "a file describes one sheet; remove this line");
                    String why = ExcelNames.whyIllegal(h.name());
                    name = h.name();
                    title = h.title();
                    if (why != null) throw error(h.pos(), "illegal sheet name '" + h.name() + "': " + why, "pick another name");
                }
                case Decl.Note n -> {
                    if (defs.isEmpty()) sheetNotes.add(n.text());
                    else notesOf.computeIfAbsent(defs.size() - 1, k -> new ArrayList<>()).add(n.text());
                }
                case Decl.UnitDecl u -> declareUnit(u, unitsOnly);
                case Decl.Table t -> {
                    for (Decl.Definition column : t.columns()) define(column, byLowerName, defs);
                }
                case Decl.Definition def -> define(def, byLowerName, defs);
                case Decl.Sweep s -> scenarioDecls.add(s);
                case Decl.Scenario s -> scenarioDecls.add(s);
                case Decl.Grid g -> scenarioDecls.add(g);
                case Decl.Correlation c -> correlations.add(c);
            }
        }
        if (defs.isEmpty()) throw error(new Pos(1, 1, 0), "the sheet defines no quantities", "add a line such as: input x = 1");
        if (name == null) name = defaultName();
        if (title == null) title = name;

        LetExpansion lets = new LetExpansion(file, byLowerName.keySet());
        for (int i = 0; i < defs.size(); i++) {
            Decl.Definition d = defs.get(i);
            Expr expanded = lets.expand(d.expr());
            if (expanded != d.expr()) {
                defs.set(i, new Decl.Definition(d.input(), d.name(), expanded, d.unit(), d.label(), d.pos(), d.namePos(),
                        d.exprSpan(), d.unitSpan(), d.labelSpan(), d.end()));
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < defs.size(); i++) index.put(defs.get(i).name(), i);

        List<int[]> dependsOn = new ArrayList<>();
        for (Decl.Definition def : defs) dependsOn.add(resolveNames(def, index));

        DependencyOrder.Result ordered = DependencyOrder.of(dependsOn);
        if (ordered.order() == null) throw cycleError(ordered.cycle(), defs);

        // units and types in dependency order: each formula sees its inputs' units already settled
        Unit[] unitOf = new Unit[defs.size()];
        ValueType[] typeOf = new ValueType[defs.size()];
        Expr[] formulas = new Expr[defs.size()];
        UnitChecker checker = new UnitChecker(file, units, n -> unitOf[index.get(n)]);
        Map<Integer, Distribution> distributions = new LinkedHashMap<>();
        TypeInference types = new TypeInference(n -> typeOf[index.get(n)]);
        for (int i : ordered.order()) {
            Decl.Definition def = defs.get(i);
            if (def.input() && DistributionReader.isDistribution(def.expr())) {
                DistributionReader.Read read = DistributionReader.read(file, def.expr(), def.unit(), def.name(), checker);
                double median = read.distribution().median();
                unitOf[i] = read.unit();
                formulas[i] = new Expr.Num(median, NumberText.shortest(median), null, def.expr().pos());
                typeOf[i] = ValueType.NUMBER;
                distributions.put(i, read.distribution());
                continue;
            }
            UnitChecker.Checked checked = checker.checkDefinition(def.expr(), def.unit(), def.name());
            unitOf[i] = checked.unit();
            formulas[i] = checked.expr();
            typeOf[i] = types.of(formulas[i]);
        }

        NodeCompiler nodes = new NodeCompiler(index::get, types::of);
        ValueCompiler general = new ValueCompiler(index::get, types);
        Node[] nodeOf = new Node[defs.size()];
        ValueNode[] generalOf = new ValueNode[defs.size()];
        double[] defaults = new double[defs.size()];
        Value[] defaultValues = new Value[defs.size()];
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < defs.size(); i++) {
            Decl.Definition def = defs.get(i);
            if (types.scalarThroughout(formulas[i])) {
                nodeOf[i] = nodes.compileFormula(formulas[i]);
                if (def.input()) defaults[i] = nodeOf[i].eval(new double[defs.size()]);
            } else {
                generalOf[i] = general.compile(formulas[i]);
                if (def.input()) {
                    defaultValues[i] = generalOf[i].eval(new double[defs.size()], new Value[defs.size()]);
                    defaults[i] = defaultValues[i].raw();
                }
            }
            List<Integer> deps = java.util.Arrays.stream(dependsOn.get(i)).boxed().toList();
            List<String> notes = notesOf.get(i);
            quantities.add(new Quantity(i, def.name(), def.input(), def.expr(), formulas[i], unitOf[i], def.label(),
                    notes == null ? null : String.join("\n", notes), typeOf[i], deps, def));
        }

        List<Grid> grids = new ArrayList<>();
        List<Scenario> scenarios = scenarios(scenarioDecls, quantities, checker, nodes, grids);
        Uncertainty uncertainty = uncertainty(distributions, correlations, quantities, checker, nodes);
        return new Sheet(name, title, sheetNotes, file, quantities, scenarios, grids, units, ordered.order(), nodeOf, generalOf,
                defaults, defaultValues, uncertainty);
    }

    private Uncertainty uncertainty(Map<Integer, Distribution> distributions, List<Decl.Correlation> correlations,
                                    List<Quantity> quantities, UnitChecker checker, NodeCompiler nodes) {
        List<UncertainInput> inputs = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            if (distributions.containsKey(i)) inputs.add(new UncertainInput(quantities.get(i).name(), i, distributions.get(i)));
        }
        List<Double> rhos = new ArrayList<>();
        for (Decl.Correlation c : correlations) {
            UnitChecker.Checked rho = checker.check(c.value());
            if (!rho.constant() || !rho.unit().isDimensionless()) {
                throw error(c.value().start(), "a correlation is a plain number between -1 and 1", "write e.g. correlate a, b = 0.6");
            }
            rhos.add(nodes.compile(rho.expr()).eval(new double[0]));
        }
        Map<String, Quantity> byName = new HashMap<>();
        for (Quantity q : quantities) byName.put(q.name(), q);
        return Uncertainty.of(file, inputs, correlations, rhos, n -> byName.containsKey(n) && byName.get(n).input());
    }

    private void define(Decl.Definition def, Map<String, Decl.Definition> byLowerName, List<Decl.Definition> defs) {
        String why = ExcelNames.whyIllegal(def.name());
        if (why != null) {
            throw error(def.namePos(), "'" + def.name() + "' cannot be a quantity name: " + why,
                    "every quantity becomes an Excel defined name; rename it, e.g. '" + def.name() + "_value'");
        }
        Decl.Definition earlier = byLowerName.put(def.name().toLowerCase(Locale.ROOT), def);
        if (earlier != null) {
            String sameCase = earlier.name().equals(def.name()) ? "" : " (as '" + earlier.name() + "'; Excel names ignore case)";
            throw error(def.namePos(), "'" + def.name() + "' is already defined at line " + earlier.namePos().line() + sameCase,
                    "a quantity is defined once; rename one of them or delete the repeat");
        }
        defs.add(def);
    }

    private void declareUnit(Decl.UnitDecl u, UnitChecker resolver) {
        if (units.entries().containsKey(u.name())) {
            throw error(u.pos(), "the unit '" + u.name() + "' already exists", "use it as it is, or pick another name");
        }
        if (!(u.factor() > 0)) {
            throw error(u.pos(), "the unit '" + u.name() + "' is defined as " + org.flopsheet.engine.eval.NumberText.shortest(u.factor()) + " times another",
                    "a unit is a positive multiple of others, e.g. unit GPU_hour = 3600 s*GPU");
        }
        if (u.definition() == null && u.factor() == 1) {
            units.declareBase(u.name(), u.description());
        } else {
            Unit def = u.definition() == null ? Unit.NONE : resolver.resolve(u.definition());
            Unit scaled;
            try {
                scaled = new Unit(u.name(), def.scale().times(org.flopsheet.engine.units.Rational.ofDouble(u.factor())), def.dimension());
            } catch (org.flopsheet.engine.units.Rational.Overflow o) {
                throw error(u.pos(), "the exact scale of the unit '" + u.name() + "' is beyond 10^1233", "define it from units of a sensible size");
            }
            units.declareDerived(u.name(), scaled, u.description() != null ? u.description()
                    : (u.factor() == 1 ? "" : org.flopsheet.engine.eval.NumberText.shortest(u.factor()) + " ")
                      + (u.definition() == null ? "" : org.flopsheet.engine.dsl.UnitExpr.text(u.definition())));
        }
    }

    /** Checks every name and call in a definition; returns the indices of the quantities it uses. */
    private int[] resolveNames(Decl.Definition def, Map<String, Integer> index) {
        if (def.input() && DistributionReader.isDistribution(def.expr())) return new int[0];
        Set<Integer> deps = new LinkedHashSet<>();
        List<Expr> stack = new ArrayList<>(List.of(def.expr()));
        while (!stack.isEmpty()) {
            Expr e = stack.remove(stack.size() - 1);
            switch (e) {
                case Expr.Ref r -> {
                    Integer i = index.get(r.name());
                    if (i == null) throw undefined(r, index.keySet());
                    if (def.input()) {
                        throw error(r.pos(), "the input '" + def.name() + "' uses '" + r.name() + "', but an input's default must be a value",
                                "drop 'input' to make '" + def.name() + "' a formula, or write its default value");
                    }
                    deps.add(i);
                }
                case Expr.Call c -> {
                    if (FunctionLibrary.lookup(c.name()) == null && DistributionReader.isDistribution(c)) {
                        throw error(c.pos(), "a distribution (" + c.name() + ") can only be an input's whole definition",
                                "write it on its own line: input " + def.name() + "_range = ..., and use that input here");
                    }
                    ExcelFunction f = FunctionLibrary.resolve(file, c);
                    Expr unwritable = ExcelFormula.notOneArgument(f, c.args());
                    if (unwritable != null) {
                        String list = f.parameters().get(0).name();
                        throw error(unwritable.start(), f.name() + "'s " + list + " is one argument in Excel, and these values cannot be one:"
                                + " list quantities only (written as one range, (a, b, c)) or numbers only (written as an array, {1, 2, 3})",
                                "write the numbers as an array (" + f.name() + "({1, 2, 3}, ...)) or define a list quantity (input xs = {1, 2, 3}) and use its name");
                    }
                    for (int i = 0; i < c.args().size(); i++) {
                        Expr arg = c.args().get(i);
                        if (f.parameterAt(i, c.args().size()).name().endsWith("range") && !(arg instanceof Expr.Ref) && !(arg instanceof Expr.Missing)) {
                            throw error(arg.start(), f.name() + "'s " + f.parameterAt(i, c.args().size()).name()
                                    + " must be a quantity: Excel takes only a range of cells there, not a computed or constant array",
                                    "define it as a quantity (input r = {1, 2, 3}) and use its name");
                        }
                    }
                    stack.addAll(c.args());
                }
                case Expr.Unary u -> stack.addAll(u.children());
                case Expr.Binary b -> stack.addAll(b.children());
                case Expr.Convert c -> stack.addAll(c.children());
                case Expr.ArrayOf a -> stack.addAll(a.children());
                case Expr.Num n -> { }
                case Expr.Bool b -> { }
                case Expr.Text t -> { }
                case Expr.Missing m -> { }
            }
        }
        return deps.stream().mapToInt(Integer::intValue).toArray();
    }

    private FlopError undefined(Expr.Ref r, Set<String> names) {
        String guess = Suggestions.closest(r.name(), names);
        String hint;
        if (guess != null) hint = "did you mean '" + guess + "'?";
        else if (units.contains(r.name())) hint = "'" + r.name() + "' is a unit: write it right after a number (4 " + r.name() + ") or after the formula as its unit";
        else hint = "define it on its own line first, e.g. input " + r.name() + " = 1";
        return error(r.pos(), "'" + r.name() + "' is not defined", hint);
    }

    private FlopError cycleError(List<Integer> cycle, List<Decl.Definition> defs) {
        List<String> names = cycle.stream().map(i -> defs.get(i).name()).toList();
        Decl.Definition first = defs.get(cycle.get(0));
        return error(first.namePos(), "circular definition: " + String.join(" -> ", names),
                "each quantity may only use quantities that do not use it back; break the loop by making one of them an input");
    }

    private List<Scenario> scenarios(List<Decl> decls, List<Quantity> quantities, UnitChecker checker, NodeCompiler nodes, List<Grid> grids) {
        Map<String, Quantity> byName = new HashMap<>();
        for (Quantity q : quantities) byName.put(q.name(), q);
        List<Scenario> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Decl d : decls) {
            if (d instanceof Decl.Sweep s) {
                Quantity q = scenarioInput(s.input(), s.inputPos(), byName);
                for (Expr v : s.values()) {
                    double value = constant(v, q, checker, nodes);
                    String name = s.input() + "=" + scenarioText(v);
                    if (!seen.add(name)) throw error(v.pos(), "the scenario '" + name + "' is listed twice", "remove the repeat");
                    out.add(new Scenario(name, Map.of(q.name(), value), v.pos()));
                }
            } else if (d instanceof Decl.Scenario s) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (Decl.Setting setting : s.settings()) {
                    Quantity q = scenarioInput(setting.input(), setting.pos(), byName);
                    if (values.put(q.name(), constant(setting.value(), q, checker, nodes)) != null) {
                        throw error(setting.pos(), "'" + q.name() + "' is set twice in scenario '" + s.name() + "'", "set each input once");
                    }
                }
                if (!seen.add(s.name())) throw error(s.pos(), "a second scenario named '" + s.name() + "'", "scenario names must be unique");
                out.add(new Scenario(s.name(), values, s.pos()));
            } else if (d instanceof Decl.Grid g) {
                Grid grid = grid(g, byName, checker, nodes);
                for (Scenario s : combinations(grid.axes(), g.pos())) {
                    if (!seen.add(s.name())) throw error(g.pos(), "the grid makes the scenario '" + s.name() + "', which is already listed", "remove the repeat");
                    out.add(s);
                }
                grids.add(grid);
            }
        }
        return out;
    }

    private Grid grid(Decl.Grid g, Map<String, Quantity> byName, UnitChecker checker, NodeCompiler nodes) {
        List<Grid.Axis> axes = new ArrayList<>();
        Set<String> inputs = new java.util.HashSet<>();
        for (Decl.Sweep axis : g.axes()) {
            Quantity q = scenarioInput(axis.input(), axis.inputPos(), byName);
            if (!inputs.add(q.name())) throw error(axis.inputPos(), "the grid varies '" + q.name() + "' twice", "give each input one axis: grid a = 1, 2; b = 3, 4");
            List<Double> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (Expr v : axis.values()) {
                String label = scenarioText(v);
                if (labels.contains(label)) throw error(v.pos(), "the value " + label + " of '" + q.name() + "' is listed twice", "remove the repeat");
                values.add(constant(v, q, checker, nodes));
                labels.add(label);
            }
            axes.add(new Grid.Axis(q.name(), List.copyOf(values), List.copyOf(labels)));
        }
        List<String> names = new ArrayList<>();
        for (Scenario s : combinations(axes, g.pos())) names.add(s.name());
        return new Grid(List.copyOf(axes), List.copyOf(names), g.pos());
    }

    /** Every combination of the axes' values, the first axis varying slowest. */
    private static List<Scenario> combinations(List<Grid.Axis> axes, Pos pos) {
        List<Scenario> out = new ArrayList<>();
        int[] index = new int[axes.size()];
        while (true) {
            Map<String, Double> values = new LinkedHashMap<>();
            List<String> inputs = new ArrayList<>(), labels = new ArrayList<>();
            for (int a = 0; a < axes.size(); a++) {
                Grid.Axis axis = axes.get(a);
                values.put(axis.input(), axis.values().get(index[a]));
                inputs.add(axis.input());
                labels.add(axis.labels().get(index[a]));
            }
            out.add(new Scenario(Grid.name(inputs, labels), values, pos));
            int a = axes.size() - 1;
            while (a >= 0 && ++index[a] == axes.get(a).values().size()) index[a--] = 0;
            if (a < 0) return out;
        }
    }

    private Quantity scenarioInput(String name, Pos pos, Map<String, Quantity> byName) {
        Quantity q = byName.get(name);
        if (q == null) {
            String guess = Suggestions.closest(name, byName.keySet());
            throw error(pos, "a scenario sets '" + name + "', which is not defined", guess != null ? "did you mean '" + guess + "'?" : "scenarios set inputs of this sheet");
        }
        if (!q.input()) throw error(pos, "a scenario sets '" + name + "', which is a formula, not an input", "scenarios may only set inputs; declare it with 'input'");
        return q;
    }

    private double constant(Expr value, Quantity input, UnitChecker checker, NodeCompiler nodes) {
        List<Expr> stack = new ArrayList<>(List.of(value));
        while (!stack.isEmpty()) {
            Expr e = stack.remove(stack.size() - 1);
            switch (e) {
                case Expr.Ref r -> throw error(r.pos(), "a scenario value must be a number, not a reference to '" + r.name() + "'", "write the value, e.g. 3e27");
                case Expr.Call c -> {
                    FunctionLibrary.resolve(file, c);
                    stack.addAll(c.args());
                }
                case Expr.Unary u -> stack.addAll(u.children());
                case Expr.Binary b -> stack.addAll(b.children());
                case Expr.Convert c -> stack.addAll(c.children());
                case Expr.ArrayOf a -> throw error(a.pos(), "a scenario value must be a number; array inputs keep their value in every scenario",
                        "vary a number in scenarios");
                case Expr.Num n -> { }
                case Expr.Bool b -> { }
                case Expr.Text t -> throw error(t.pos(), "a scenario value must be a number; text inputs keep their value in every scenario",
                        "vary a number in scenarios, or write one sheet per choice");
                case Expr.Missing m -> { }
            }
        }
        Expr converted = checker.convertConstant(value, input.unit(), input.name());
        double v = nodes.compile(converted).eval(new double[0]);
        if (Double.isNaN(v)) throw error(value.pos(), "this scenario value is " + ExcelError.of(v).text, "write a plain number");
        return v;
    }

    private String scenarioText(Expr v) {
        int start = v.pos().offset();
        int end = file.text().indexOf('\n', start);
        String rest = file.text().substring(start, end < 0 ? file.text().length() : end);
        int depth = 0, cut = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')') depth--;
            else if ((ch == ',' || ch == ';' || ch == '#') && depth == 0) { cut = i; break; }
        }
        return rest.substring(0, cut).trim();
    }

    private String defaultName() {
        String base = Path.of(file.name()).getFileName().toString().replaceFirst("\\.flop$", "");
        String cleaned = base.replaceAll("[^\\p{L}\\p{N}_]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) cleaned = "sheet_" + cleaned;
        return ExcelNames.whyIllegal(cleaned) == null ? cleaned : cleaned + "_sheet";
    }

    private FlopError error(Pos pos, String problem, String hint) {
        return new FlopError(file, pos, problem, hint);
    }
}
