package org.flopsheet.engine.compile;

import java.util.List;
import org.flopsheet.engine.eval.NumberText;
import org.flopsheet.engine.units.Unit;

/**
 * The limits declared once on an input ({@code input share = 40 %, >= 0, <= 100 %}), in the input's
 * unit. Every way a value reaches the input checks them: the default, scenarios, {@code --set}, batch
 * rows, the API and an edited workbook.
 */
public record Bounds(List<Limit> limits) {
    public static final Bounds NONE = new Bounds(List.of());

    public Bounds {
        limits = List.copyOf(limits);
    }

    public enum Comparison {
        AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<");

        public final String symbol;

        Comparison(String symbol) { this.symbol = symbol; }

        boolean admits(double value, double limit) {
            return switch (this) {
                case AT_LEAST -> value >= limit;
                case ABOVE -> value > limit;
                case AT_MOST -> value <= limit;
                case BELOW -> value < limit;
            };
        }
    }

    /** One limit: {@code >= 0}; {@code value} is in the input's unit, {@code text} as the source writes it. */
    public record Limit(Comparison comparison, double value, String text) {
        public boolean admits(double v) { return comparison.admits(v, value); }

        /** As written: {@code <= 100 %}. */
        public String written() { return comparison.symbol + " " + text; }
    }

    public boolean isEmpty() { return limits.isEmpty(); }

    /** The limits as the source writes them: {@code >= 0, <= 100 %}. */
    public String written() {
        return String.join(", ", limits.stream().map(Limit::written).toList());
    }

    /** The first limit {@code value} breaks, or null when it keeps them all (an error value keeps none). */
    public Limit brokenBy(double value) {
        for (Limit l : limits) if (!l.admits(value)) return l;
        return null;
    }

    /**
     * Why {@code value} cannot be input {@code q}'s, or null when it can:
     * {@code share = 120 % is outside its bounds: it must be <= 100 %}.
     */
    public static String violation(Quantity q, double value) {
        Limit broken = q.bounds().brokenBy(value);
        if (broken == null) return null;
        return q.name() + " = " + shown(q.unit(), value) + " is outside its bounds: it must be " + broken.written()
                + (q.bounds().limits().size() > 1 ? " (declared: " + q.bounds().written() + ")" : "");
    }

    private static String shown(Unit unit, double value) {
        String number = unit.isPercent() ? NumberText.percent(value) : NumberText.shortest(value);
        return unit.display().isEmpty() ? number : number + " " + unit.display();
    }
}
