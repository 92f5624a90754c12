package org.flopsheet.engine.units;

/**
 * A unit: a dimension and the exact factor that turns a value in this unit into base units
 * (GB: byte with scale 1e9; month: s with scale 2629800). {@code name} is how it is written.
 */
public record Unit(String name, Rational scale, Dimension dimension) {
    public static final Unit NONE = new Unit("", Rational.ONE, Dimension.NONE);
    /**
     * Percent follows the spreadsheet convention: a value in % is the fraction (60 % is stored as 0.6)
     * and only its display is multiplied by 100, so % has scale 1 and vanishes from products (GPU/% is GPU).
     * The literal {@code 60 %} is Excel's percent operator: the unit checker divides it by 100.
     */
    public static final Unit PERCENT = new Unit("%", Rational.ONE, Dimension.NONE);

    public boolean isDimensionless() { return dimension.isNone(); }

    public boolean isPercent() { return name.equals("%") && dimension.isNone() && scale.isOne(); }

    /** A value in this unit as a reader sees it: a fraction in % reads 100 times larger. */
    public double shown(double value) { return isPercent() ? value * 100 : value; }

    /** Same dimension and same scale: values need no conversion. */
    public boolean sameAs(Unit o) { return dimension.equals(o.dimension) && scale.equals(o.scale); }

    public Unit times(Unit o) {
        return new Unit(join(name, "*", o.name), scale.times(o.scale), dimension.times(o.dimension));
    }

    public Unit dividedBy(Unit o) {
        if (o.isPercent()) return isPercent() ? NONE : this;
        String right = o.name.isEmpty() ? "" : (o.name.contains("*") || o.name.contains("/") ? "(" + o.name + ")" : o.name);
        String left = name.isEmpty() || isPercent() ? (right.isEmpty() ? "" : "1") : name;
        return new Unit(right.isEmpty() ? left : left + "/" + right, scale.dividedBy(o.scale), dimension.times(o.dimension.inverse()));
    }

    /** This unit to a rational power, or null when the scale has no exact root (sqrt of GB is fine, of 10 s is not). */
    public Unit pow(int numerator, int denominator) {
        Rational s = scale.pow(numerator);
        if (denominator != 1) s = s.root(denominator);
        if (s == null) return null;
        String exp = denominator == 1 ? String.valueOf(numerator) : "(" + numerator + "/" + denominator + ")";
        String base = name.contains("*") || name.contains("/") || name.contains("^") ? "(" + name + ")" : name;
        return new Unit(name.isEmpty() || isPercent() ? "" : base + "^" + exp, s, dimension.pow(Rational.of(numerator, denominator)));
    }

    /** Factor f with value_in_this = f * value_in_other, for units of the same dimension. */
    public Rational factorFrom(Unit other) { return other.scale.dividedBy(scale); }

    public Unit named(String newName) { return new Unit(newName, scale, dimension); }

    /** What to show a reader: the written name, or the dimension when no name was given. */
    public String display() {
        if (!name.isEmpty()) return name;
        return dimension.isNone() ? "" : dimension.toString();
    }

    private static String join(String a, String op, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        if (a.equals("%")) return b;
        if (b.equals("%")) return a;
        return a + op + (b.contains("/") ? "(" + b + ")" : b);
    }

    @Override
    public String toString() { return display().isEmpty() ? "1" : display(); }
}
