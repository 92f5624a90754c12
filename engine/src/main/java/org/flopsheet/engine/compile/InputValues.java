package org.flopsheet.engine.compile;

import java.util.Map;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.Parser;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.dsl.UnitExpr;
import org.flopsheet.engine.eval.ExcelError;
import org.flopsheet.engine.eval.NodeCompiler;
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
        return valueIn(sheet, sheet.quantity(name), text);
    }

    /** The value of {@code text} in the unit of quantity {@code q} (an input or a formula): a target for solve. */
    public static double valueIn(Sheet sheet, Quantity q, String text) {
        String name = q.name();
        SourceFile src = SourceFile.of("value of " + name, text);
        try {
            Expr value = Parser.parseValue(src, sheet.units()::contains);
            UnitChecker checker = new UnitChecker(src, sheet.units(), n -> {
                throw new FlopError(src, value.pos(), "'" + n + "' is not a number", "write a number, optionally with a unit: 3e27, 4 month");
            });
            double v = new NodeCompiler(n -> 0).compile(checker.convertConstant(value, q.unit(), name)).eval(new double[0]);
            if (Double.isNaN(v)) throw new IllegalArgumentException("the value '" + text + "' for " + name + " is " + ExcelError.of(v).text);
            return v;
        } catch (FlopError e) {
            throw new IllegalArgumentException("bad value '" + text + "' for " + name + ": " + e.problem()
                    + (e.hint() != null ? " (" + e.hint() + ")" : ""), e);
        }
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
}
