package org.flopsheet.engine.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Scenario;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.units.Unit;

/**
 * One of the models in {@code workbooks/}, compiled, with the checks the seed tests share: a quantity's value
 * in the unit a seed printed it in, rounded as the seed rounded it.
 */
record Workbook(Sheet sheet) {
    /** The scenario name that means "the inputs as written in the file". */
    static final String BASE = "base";

    /** Maven runs tests in the engine module's folder; the models live beside it. */
    static Path path(String file) { return Path.of("..", "workbooks", file); }

    static Workbook load(String file) {
        try {
            return new Workbook(Compiler.compile(path(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Evaluation evaluate(String scenario) {
        if (scenario.equals(BASE)) return sheet.evaluate();
        Scenario s = sheet.scenario(scenario);
        assertNotNull(s, () -> "no scenario '" + scenario + "' in " + sheet.name());
        return sheet.evaluate(s);
    }

    /** The quantity's value in {@code unitText} as a reader sees it (empty: the raw value in the quantity's own unit). */
    double value(String scenario, String quantity, String unitText) {
        Quantity q = sheet.quantity(quantity);
        assertNotNull(q, () -> "no quantity '" + quantity + "' in " + sheet.name());
        double raw = evaluate(scenario).number(quantity);
        if (unitText == null || unitText.isEmpty()) return raw;
        Unit target = unit(unitText);
        assertEquals(q.unit().dimension(), target.dimension(), () -> quantity + " is in " + q.unit().display() + ", not " + unitText);
        return target.shown(raw * target.factorFrom(q.unit()).toDouble());
    }

    /** A unit such as {@code GB}, {@code FLOP/token} or {@code FLOP/(s*GPU)}: named units joined by one '/' and '*'. */
    Unit unit(String text) {
        String[] parts = text.replace("(", "").replace(")", "").split("/", 2);
        Unit u = product(parts[0]);
        return parts.length == 1 ? u : u.dividedBy(product(parts[1]));
    }

    private Unit product(String text) {
        Unit u = Unit.NONE;
        for (String name : text.split("\\*")) {
            Unit named = sheet.units().lookup(name.strip());
            assertNotNull(named, () -> "unknown unit " + name);
            u = u.times(named);
        }
        return u;
    }

    /** The value shown with {@code digits} significant digits, halves away from zero, as the seeds round. */
    static double rounded(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP)).doubleValue();
    }

    /** The seed printed {@code figure} and it is right: the engine's value rounds to it. */
    void assertSeedFigure(String scenario, String quantity, double figure, String unit, int digits) {
        double v = value(scenario, quantity, unit);
        assertEquals(figure, rounded(v, digits), Math.ulp(figure) * 4,
                () -> quantity + " [" + scenario + "] is " + v + " " + unit + "; the seed printed " + figure);
    }

    /** The seed printed {@code seedFigure}, which is wrong: the engine gives {@code correct} and not the seed's figure. */
    void assertCorrection(String scenario, String quantity, double seedFigure, double correct, String unit, int digits) {
        double v = value(scenario, quantity, unit);
        assertEquals(correct, rounded(v, digits), Math.ulp(correct) * 4,
                () -> quantity + " [" + scenario + "] is " + v + " " + unit + "; expected the correction " + correct);
        assertNotEquals(rounded(seedFigure, digits), rounded(v, digits),
                () -> quantity + " [" + scenario + "] reproduces the seed's wrong figure " + seedFigure);
    }
}
