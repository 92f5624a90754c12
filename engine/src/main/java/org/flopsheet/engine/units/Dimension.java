package org.flopsheet.engine.units;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a quantity measures, as exponents of base units: FLOP/(param*token) is
 * {FLOP: 1, param: -1, token: -1}. Counts that look alike (FLOP, param, token) are different bases.
 */
public record Dimension(Map<String, Rational> exponents) {
    public static final Dimension NONE = new Dimension(Map.of());

    public Dimension {
        TreeMap<String, Rational> clean = new TreeMap<>();
        exponents.forEach((base, exp) -> { if (!exp.isZero()) clean.put(base, exp); });
        exponents = java.util.Collections.unmodifiableMap(clean);
    }

    public static Dimension base(String name) { return new Dimension(Map.of(name, Rational.ONE)); }

    public boolean isNone() { return exponents.isEmpty(); }

    public Dimension times(Dimension o) {
        TreeMap<String, Rational> m = new TreeMap<>(exponents);
        o.exponents.forEach((b, e) -> m.merge(b, e, Rational::plus));
        return new Dimension(m);
    }

    public Dimension pow(Rational p) {
        TreeMap<String, Rational> m = new TreeMap<>();
        exponents.forEach((b, e) -> m.put(b, e.times(p)));
        return new Dimension(m);
    }

    public Dimension inverse() { return pow(Rational.ONE.negate()); }

    /** Readable form: {@code FLOP/(param*token)}, {@code token/s}, {@code 1} for dimensionless. */
    @Override
    public String toString() {
        StringBuilder num = new StringBuilder(), den = new StringBuilder();
        int denCount = 0;
        for (var e : exponents.entrySet()) {
            boolean negative = e.getValue().numerator().signum() < 0;
            Rational mag = negative ? e.getValue().negate() : e.getValue();
            StringBuilder target = negative ? den : num;
            if (!target.isEmpty()) target.append('*');
            target.append(e.getKey());
            if (!mag.isOne()) target.append('^').append(mag.isInteger() ? mag.toString() : "(" + mag + ")");
            if (negative) denCount++;
        }
        if (num.isEmpty() && den.isEmpty()) return "1";
        String n = num.isEmpty() ? "1" : num.toString();
        if (den.isEmpty()) return n;
        return n + "/" + (denCount > 1 ? "(" + den + ")" : den);
    }
}
