package org.flopsheet.engine.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units a sheet may use: the built-in ones below, plus any the sheet declares with {@code unit}.
 * Every definition is exact and listed here, so the README's table is this table.
 */
public final class UnitRegistry {

    /** A named unit and how it is defined, for documentation. */
    public record Entry(Unit unit, String definition, boolean prefixable) {}

    private static final Map<String, Rational> SI_PREFIXES = new LinkedHashMap<>();
    private static final Map<String, Rational> BINARY_PREFIXES = new LinkedHashMap<>();

    static {
        String[] si = {"k", "M", "G", "T", "P", "E", "Z", "Y"};
        for (int i = 0; i < si.length; i++) SI_PREFIXES.put(si[i], Rational.of(10).pow(3 * (i + 1)));
        SI_PREFIXES.put("m", Rational.of(1, 1000));
        SI_PREFIXES.put("u", Rational.of(1, 1_000_000));
        SI_PREFIXES.put("µ", Rational.of(1, 1_000_000));
        SI_PREFIXES.put("n", Rational.of(1, 1_000_000_000));
        String[] bin = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        for (int i = 0; i < bin.length; i++) BINARY_PREFIXES.put(bin[i], Rational.of(2).pow(10 * (i + 1)));
    }

    private final Map<String, Entry> units = new LinkedHashMap<>();

    private UnitRegistry() {}

    /**
     * The built-in units of the field: counts FLOP, param, token; time; bytes; money; energy and power;
     * percent. Plurals and common spellings are aliases; FLOPs and FLOPS are deliberately not units,
     * since writers use them both for a count and for a rate (see {@link #ambiguity}).
     */
    public static UnitRegistry builtIn() {
        UnitRegistry r = new UnitRegistry();
        for (String base : List.of("FLOP", "param", "token", "s", "byte", "dollar", "J")) {
            r.units.put(base, new Entry(new Unit(base, Rational.ONE, Dimension.base(base)), "base unit", true));
        }
        r.alias("params", "param");
        r.alias("tokens", "token");
        r.alias("B", "byte");
        r.alias("bytes", "byte");
        r.alias("USD", "dollar");
        r.alias("dollars", "dollar");
        r.alias("$", "dollar");
        r.alias("sec", "s");
        r.alias("second", "s");
        r.alias("seconds", "s");
        r.derived("bit", "byte", Rational.of(1, 8), "byte/8", true);
        r.derived("min", "s", Rational.of(60), "60 s", false);
        r.spellings("min", "minute", "minutes");
        r.derived("h", "s", Rational.of(3600), "60 min", false);
        r.spellings("h", "hour", "hours", "hr", "hrs");
        r.derived("day", "s", Rational.of(86_400), "24 h", false);
        r.spellings("day", "days");
        r.derived("week", "s", Rational.of(604_800), "7 day", false);
        r.spellings("week", "weeks");
        r.derived("year", "s", Rational.of(31_557_600), "365.25 day (Julian year)", false);
        r.spellings("year", "years");
        r.derived("month", "s", Rational.of(2_629_800), "year/12 = 30.4375 day", false);
        r.spellings("month", "months");
        r.derived("W", "J", Rational.ONE, "J/s", true, Dimension.base("s").inverse());
        r.derived("Wh", "J", Rational.of(3600), "3600 J", true);
        r.units.put("%", new Entry(Unit.PERCENT, "a fraction, shown times 100: 60 % is 0.6", false));
        return r;
    }

    /**
     * Why a name that looks like a unit is not one, or null: FLOPs (and FLOPS) mean a count to some
     * writers and a rate to others, so flopsheet makes the writer say which.
     */
    public static String ambiguity(String name) {
        return switch (name) {
            case "FLOPs", "flops", "FLOPS", "Flops" ->
                    "'" + name + "' means FLOP to some and FLOP/s to others: write FLOP for a count, FLOP/s for a rate";
            default -> null;
        };
    }

    private void spellings(String of, String... others) {
        for (String other : others) {
            Entry e = units.get(of);
            units.put(other, new Entry(e.unit().named(other), "same as " + of, e.prefixable()));
        }
    }

    private void alias(String alias, String of) {
        Entry e = units.get(of);
        units.put(alias, new Entry(e.unit().named(alias), "same as " + of, e.prefixable()));
    }

    private void derived(String name, String base, Rational scale, String definition, boolean prefixable) {
        derived(name, base, scale, definition, prefixable, Dimension.NONE);
    }

    private void derived(String name, String base, Rational scale, String definition, boolean prefixable, Dimension times) {
        Unit b = units.get(base).unit();
        units.put(name, new Entry(new Unit(name, b.scale().times(scale), b.dimension().times(times)), definition, prefixable));
    }

    /** A copy to which a sheet's own units can be added. */
    public UnitRegistry copy() {
        UnitRegistry r = new UnitRegistry();
        r.units.putAll(units);
        return r;
    }

    /** Declares a new base unit ({@code unit GPU}). */
    public void declareBase(String name, String description) {
        units.put(name, new Entry(new Unit(name, Rational.ONE, Dimension.base(name)),
                description == null ? "base unit declared by the sheet" : description, true));
        declarePlural(name);
    }

    /**
     * A declared unit's plural ({@code GPUs} for {@code GPU}), unless the plural already means something
     * (a unit, or a prefix on one) or the name ends in 's' (a plural of {@code Ts} would be read twice).
     */
    private void declarePlural(String name) {
        String plural = pluralOf(name);
        if (plural != null && existingMeaning(plural) == null) {
            units.put(plural, new Entry(units.get(name).unit().named(plural), "plural of " + name, true));
        }
    }

    /** The plural a declared unit gets, or null when it gets none. */
    public static String pluralOf(String name) {
        if (name.length() < 2 || name.endsWith("s") || name.endsWith("S") || !Character.isLetter(name.charAt(name.length() - 1))) return null;
        return name + "s";
    }

    /**
     * Declares a unit as an exact multiple of others ({@code unit A100_hour = 3600 s*GPU}); it takes SI
     * prefixes like a built-in one ({@code unit W = J/s}, then {@code kW}).
     */
    public void declareDerived(String name, Unit definition, String text) {
        units.put(name, new Entry(definition.named(name), text, true));
        declarePlural(name);
    }

    /**
     * What a name already means as a unit, for a declaration that would shadow it, or null when the
     * name is free: a unit named {@code Ts} would make {@code Ts} mean two things (it is tera-seconds).
     */
    public String existingMeaning(String name) {
        if (units.containsKey(name)) return "the unit '" + name + "' already exists";
        for (var prefixes : List.of(BINARY_PREFIXES, SI_PREFIXES)) {
            for (var p : prefixes.entrySet()) {
                if (prefixed(name, p.getKey(), p.getValue()) != null) {
                    return "'" + name + "' already means the prefix " + p.getKey() + " on the unit " + name.substring(p.getKey().length());
                }
            }
        }
        return null;
    }

    /**
     * The shortest way to write a dimension with the units of scale 1 known here: a compound unit such
     * as W (J/s) stands for its bases, so J/(GPU*s) reads W/GPU. Ties keep the base units.
     */
    public String shortestName(Dimension d) {
        String best = d.toString();
        int bestFactors = d.exponents().size();
        for (var e : units.entrySet()) {
            Unit u = e.getValue().unit();
            if (!u.scale().isOne() || u.dimension().exponents().size() < 2 || !e.getKey().equals(u.name())) continue;
            java.util.Map<String, Rational> rest = new java.util.TreeMap<>(d.times(u.dimension().inverse()).exponents());
            if (rest.containsKey(e.getKey())) continue;
            int factors = rest.size() + 1;
            if (factors < bestFactors) {
                rest.put(e.getKey(), Rational.ONE);
                best = new Dimension(rest).toString();
                bestFactors = factors;
            }
        }
        return best;
    }

    public boolean contains(String name) { return lookup(name) != null; }

    /** The unit a name denotes, prefixed forms (GB, TFLOP, KiB, ms) included; null if none. */
    public Unit lookup(String name) {
        Entry exact = units.get(name);
        if (exact != null) return exact.unit();
        for (var p : BINARY_PREFIXES.entrySet()) {
            Unit u = prefixed(name, p.getKey(), p.getValue());
            if (u != null) return u;
        }
        for (var p : SI_PREFIXES.entrySet()) {
            Unit u = prefixed(name, p.getKey(), p.getValue());
            if (u != null) return u;
        }
        return null;
    }

    private Unit prefixed(String name, String prefix, Rational factor) {
        if (!name.startsWith(prefix) || name.length() == prefix.length()) return null;
        Entry base = units.get(name.substring(prefix.length()));
        if (base == null || !base.prefixable()) return null;
        return new Unit(name, base.unit().scale().times(factor), base.unit().dimension());
    }

    public Map<String, Entry> entries() { return java.util.Collections.unmodifiableMap(units); }

    public static Map<String, Rational> siPrefixes() { return java.util.Collections.unmodifiableMap(SI_PREFIXES); }

    public static Map<String, Rational> binaryPrefixes() { return java.util.Collections.unmodifiableMap(BINARY_PREFIXES); }
}
