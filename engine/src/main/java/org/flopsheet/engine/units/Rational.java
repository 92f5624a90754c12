package org.flopsheet.engine.units;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact fraction, for unit scales (1e9 for GB, 2629800 for month) and exponents. */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    public static final Rational ZERO = of(0);
    public static final Rational ONE = of(1);

    /**
     * Numerators and denominators stay below 2^4096 (about 10^1233): a double ends near 10^308, and
     * unbounded scales (a unit to the 64th power of a unit to the 64th power) would take minutes.
     */
    public static final int MAX_BITS = 4096;

    /** A scale or exponent beyond {@link #MAX_BITS}; the unit checker turns it into an error at the formula. */
    public static final class Overflow extends ArithmeticException {
        Overflow() { super("a unit's exact scale is beyond 2^" + MAX_BITS); }
    }

    public Rational {
        if (denominator.signum() == 0) throw new ArithmeticException("zero denominator");
        if (numerator.bitLength() > 2 * MAX_BITS || denominator.bitLength() > 2 * MAX_BITS) throw new Overflow();
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            numerator = numerator.divide(g);
            denominator = denominator.divide(g);
        }
        if (numerator.bitLength() > MAX_BITS || denominator.bitLength() > MAX_BITS) throw new Overflow();
    }

    public static Rational of(long n) { return new Rational(BigInteger.valueOf(n), BigInteger.ONE); }

    public static Rational of(long n, long d) { return new Rational(BigInteger.valueOf(n), BigInteger.valueOf(d)); }

    /** The exact value of a decimal literal such as 1e-3 or 365.25 (not of its binary double). */
    public static Rational ofDecimal(String text) {
        BigDecimal d = new BigDecimal(text.replace("_", ""));
        return d.scale() <= 0
                ? new Rational(d.toBigIntegerExact(), BigInteger.ONE)
                : new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    /**
     * The exact value of a decimal literal, or null when writing it out would take more than
     * {@code maxDigits} digits ({@code 1e-99999999} would need a hundred million).
     */
    public static Rational ofDecimal(String text, int maxDigits) {
        BigDecimal d = new BigDecimal(text.replace("_", ""));
        long digits = Math.max(d.precision(), (long) d.precision() - d.scale()) + Math.max(0, d.scale());
        return digits > maxDigits ? null : ofDecimal(text);
    }

    public static Rational ofDouble(double value) {
        return ofDecimal(new BigDecimal(value).toPlainString());
    }

    public Rational times(Rational o) { return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator)); }

    public Rational dividedBy(Rational o) { return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator)); }

    public Rational plus(Rational o) {
        return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    public Rational negate() { return new Rational(numerator.negate(), denominator); }

    public Rational pow(int n) {
        if ((long) Math.max(numerator.bitLength(), denominator.bitLength()) * Math.abs((long) n) > 2L * MAX_BITS) throw new Overflow();
        return n >= 0 ? new Rational(numerator.pow(n), denominator.pow(n)) : new Rational(denominator.pow(-n), numerator.pow(-n));
    }

    /** The exact k-th root, or null when it is not a rational number. */
    public Rational root(int k) {
        BigInteger n = exactRoot(numerator, k), d = exactRoot(denominator, k);
        return n == null || d == null ? null : new Rational(n, d);
    }

    private static BigInteger exactRoot(BigInteger x, int k) {
        if (x.signum() < 0) return null;
        if (k == 1) return x;
        if (k == 2) {
            BigInteger r = x.sqrt();
            return r.multiply(r).equals(x) ? r : null;
        }
        BigInteger r = BigInteger.valueOf(Math.round(Math.pow(x.doubleValue(), 1.0 / k)));
        for (BigInteger c = r.subtract(BigInteger.ONE); c.compareTo(r.add(BigInteger.ONE)) <= 0; c = c.add(BigInteger.ONE)) {
            if (c.signum() >= 0 && c.pow(k).equals(x)) return c;
        }
        return null;
    }

    public boolean isOne() { return numerator.equals(denominator); }

    public boolean isZero() { return numerator.signum() == 0; }

    public boolean isInteger() { return denominator.equals(BigInteger.ONE); }

    public double toDouble() { return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue(); }

    @Override
    public int compareTo(Rational o) { return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator)); }

    @Override
    public String toString() { return isInteger() ? numerator.toString() : numerator + "/" + denominator; }
}
