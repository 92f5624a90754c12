package org.flopsheet.engine.units;

import java.util.Locale;
import java.util.Set;

/**
 * How people read a number of a unit: money in plain figures to the cent (84,153.60), whole counts of
 * things with thousands separators (12,000 GPU), everything else (FLOP-scale figures above all) in
 * significant digits with scientific notation for large and small magnitudes. eval's table and the
 * exported workbook's number formats both follow it.
 */
public enum Reading {
    MONEY, COUNT, SIGNIFICANT;

    /** Money and counts are written out in full only below this; beyond it, scientific notation reads better. */
    private static final double PLAIN_BELOW = 1e15;
    private static final Set<String> BUILT_IN_BASES = Set.of("FLOP", "param", "token", "s", "byte", "dollar", "J");

    public static Reading of(Unit unit, double value) {
        double a = Math.abs(value);
        if (unit.isPercent() || Double.isNaN(value) || a >= PLAIN_BELOW) return SIGNIFICANT;
        var exponents = unit.dimension().exponents();
        Rational dollars = exponents.get("dollar");
        if (dollars != null && dollars.isOne()) return a >= 1 ? MONEY : SIGNIFICANT;
        boolean countOfThings = exponents.isEmpty() || (exponents.size() == 1
                && !BUILT_IN_BASES.contains(exponents.keySet().iterator().next()) && exponents.values().iterator().next().isOne());
        return countOfThings && value == Math.rint(value) && a >= 1000 ? COUNT : SIGNIFICANT;
    }

    /** The Excel number format for this reading, or null for {@link #SIGNIFICANT} (its format depends on the magnitude). */
    public String excelFormat() {
        return switch (this) {
            case MONEY -> "#,##0.00";
            case COUNT -> "#,##0";
            case SIGNIFICANT -> null;
        };
    }

    /** {@code value} as this reading writes it; {@code significant} writes it for {@link #SIGNIFICANT}. */
    public String text(double value, java.util.function.DoubleFunction<String> significant) {
        return switch (this) {
            case MONEY -> String.format(Locale.ROOT, "%,.2f", value);
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case SIGNIFICANT -> significant.apply(value);
        };
    }
}
