package org.flopsheet.engine.compile;

import java.util.Map;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.dist.DistributionReader;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.dsl.UnitExpr;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.NodeCompiler;
import org.flopsheet.engine.eval.TypeInference;
import org.flopsheet.engine.eval.Value;
import org.flopsheet.engine.eval.ValueCompiler;
import org.flopsheet.engine.eval.ValueType;
import org.flopsheet.engine.units.Unit;
import org.flopsheet.engine.units.UnitChecker;

/** Values and units typed by a person outside a .flop file: {@code --set duration=4month}, {@code --to t=day}. */
public final class InputValues {
    private InputValues() {}

    /**
     * The value of {@code text} (a number, optionally with a unit, or a constant formula) in the
     * unit of input {@code name}. Throws IllegalArgumentException with a readable message.
     */
    public static double parse(Sheet sheet, String name, String text) {
        sheet.inputSlot(name);
        return withinBounds(sheet.quantity(name), valueIn(sheet, sheet.quantity(name), text));
    }

    /** {@code value}, if input {@code q}'s bounds admit it; else an IllegalArgumentException that names the bound. */
    public static double withinBounds(Quantity q, double value) {
        String broken = Bounds.violation(q, value);
        if (broken != null) throw new IllegalArgumentException(broken);
        return value;
    }

    /** The value of {@code text} in the unit of quantity {@code q} (an input or a formula): a target for solve. */
    public static double valueIn(Sheet sheet, Quantity q, String text) {
        String name = q.name();
        SourceFile src = SourceFile.of("value of " + name, text);
        try {
            Expr value = Parser.parseValue(src, sheet.units()::contains);
            if (DistributionReader.isDistribution(value)) {
                throw new IllegalArgumentException("'" + text + "' for " + name + " is a distribution; distributions are for flopsheet simulate, "
                        + "here give one value");
            }
            UnitChecker checker = new UnitChecker(src, sheet.units(), n -> {
                throw new FlopError(src, value.pos(), "'" + n + "' is not a number", "write a number, optionally with a unit: 3e27, 4 month");
            });
            double v = new NodeCompiler(n -> 0).compile(checker.convertConstant(value, q.unit(), name)).eval(new double[0]);
            if (Double.isNaN(v)) throw new IllegalArgumentException("the value '" + text + "' for " + name + " is " + ExcelError.of(v).text);
            return v;
        } catch (FlopError e) {
            throw refused("value", text, name, e);
        }
    }

    /**
     * The distribution written as {@code text} for input {@code name} ({@code 1e25 to 1e27},
     * {@code normal(10 token/s, 2 token/s)}), in the input's unit; null when the text is a plain value.
     */
    public static Distribution distribution(Sheet sheet, String name, String text) {
        sheet.inputSlot(name);
        Quantity q = sheet.quantity(name);
        SourceFile src = SourceFile.of("value of " + name, text);
        try {
            Expr value = Parser.parseValue(src, sheet.units()::contains);
            if (!DistributionReader.isDistribution(value)) return null;
            UnitChecker checker = new UnitChecker(src, sheet.units(), n -> {
                throw new FlopError(src, value.pos(), "'" + n + "' is not a number", "write numbers: 1e25 to 1e27");
            });
            return DistributionReader.read(src, value, null, name, checker, q.unit()).distribution();
        } catch (FlopError e) {
            throw refused("distribution", text, name, e);
        }
    }

    /**
     * The value of {@code text} for input {@code name} of any kind: for a text input the text itself
     * (quotes around it are optional), for an array input an array constant such as {@code {1e9, 7e9} param}
     * converted into the input's unit, for a number or logical input what {@link #parse} gives.
     */
    public static Value parseValue(Sheet sheet, String name, String text) {
        sheet.inputSlot(name);
        Quantity q = sheet.quantity(name);
        return switch (q.type()) {
            case NUMBER, BOOLEAN -> Value.of(parse(sheet, name, text), q.type());
            case TEXT -> {
                String t = text.strip();
                yield new Value.Text(t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).replace("\"\"", "\"") : text);
            }
            case ARRAY, ANY -> constantValue(sheet, q, text);
        };
    }

    private static Value constantValue(Sheet sheet, Quantity q, String text) {
        SourceFile src = SourceFile.of("value of " + q.name(), text);
        try {
            Expr value = Parser.parseValue(src, sheet.units()::contains);
            UnitChecker checker = new UnitChecker(src, sheet.units(), n -> {
                throw new FlopError(src, value.pos(), "'" + n + "' is not a value", "write an array constant such as {1e9, 7e9} param");
            });
            Expr converted = checker.convertConstant(value, q.unit(), q.name());
            Value v = new ValueCompiler(n -> 0, new TypeInference(n -> ValueType.NUMBER)).compile(converted).eval(new double[0], new Value[0]);
            if (v instanceof Value.Err e) throw new IllegalArgumentException("the value '" + text + "' for " + q.name() + " is " + e.error().text);
            return v;
        } catch (FlopError e) {
            throw refused("value", text, q.name(), e);
        }
    }

    /** Parses every NAME=VALUE of {@code settings} into input overrides of any kind. */
    public static Map<String, Value> parseAllValues(Sheet sheet, Map<String, String> settings) {
        Map<String, Value> out = new java.util.LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, parseValue(sheet, k, v)));
        return out;
    }

    /** The unit written as {@code text} in the sheet's units, e.g. "day" or "PFLOP/s*day". */
    public static Unit unit(Sheet sheet, String text) {
        SourceFile src = SourceFile.of("unit", text);
        try {
            UnitExpr u = Parser.parseUnit(src, sheet.units()::contains);
            return new UnitChecker(src, sheet.units(), n -> Unit.NONE).resolve(u).named(UnitExpr.text(u));
        } catch (FlopError e) {
            throw new IllegalArgumentException("bad unit '" + text + "': " + e.problem(), e);
        }
    }

    /** {@code value} of quantity {@code q} expressed in {@code target}; an error when dimensions differ. */
    public static double convert(Quantity q, double value, Unit target) {
        if (!q.unit().dimension().equals(target.dimension())) {
            throw new IllegalArgumentException("cannot show " + q.name() + " (" + q.unit().dimension() + ") in "
                    + target.display() + " (" + target.dimension() + ")");
        }
        if (Double.isNaN(value)) return value;
        return value * target.factorFrom(q.unit()).toDouble();
    }

    /** Parses every NAME=VALUE of {@code settings} into input overrides. */
    public static Map<String, Double> parseAll(Sheet sheet, Map<String, String> settings) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        settings.forEach((k, v) -> out.put(k, parse(sheet, k, v)));
        return out;
    }

    /** "bad value '3 parsec' for duration: ... (hint)": a compile error in a typed value, as the caller shows it. */
    private static IllegalArgumentException refused(String what, String text, String name, FlopError e) {
        return new IllegalArgumentException("bad " + what + " '" + text + "' for " + name + ": " + e.problem()
                + (e.hint() != null ? " (" + e.hint() + ")" : ""), e);
    }
}
