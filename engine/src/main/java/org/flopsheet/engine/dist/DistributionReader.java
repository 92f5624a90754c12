package org.flopsheet.engine.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flopsheet.engine.dsl.Expr;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.dsl.UnitExpr;
import org.flopsheet.engine.eval.NodeCompiler;
import org.flopsheet.engine.units.Unit;
import org.flopsheet.engine.units.UnitChecker;

/**
 * Reads an input's distribution from its syntax tree: {@code a to b}, {@code normal(mean, sd)},
 * {@code lognormal(mu, sigma)}, {@code uniform(low, high)}, {@code triangular(low, mode, high)},
 * {@code pert(low, mode, high)}, {@code beta(a, b)}, {@code mixture(w1, d1, w2, d2, ...)} and
 * {@code truncate(d, low, high)}. Values that live on the input's scale (bounds, means, standard
 * deviations, modes) take units like any number and are converted to the input's unit; shapes,
 * weights and lognormal's mu and sigma are plain numbers.
 */
public final class DistributionReader {
    /** The names the parser turns {@code a to b} into, and the named forms. */
    public static final String RANGE = "to";
    private static final Set<String> NAMES = Set.of(RANGE, "normal", "lognormal", "uniform", "triangular", "pert",
            "beta", "mixture", "truncate");
    /** z of the 95th percentile: {@code a to b} puts a and b at the 5th and 95th percentiles. */
    static final double Z95 = StandardNormal.quantile(0.95);

    public record Read(Distribution distribution, Unit unit) {}

    private final SourceFile file;
    private final UnitChecker checker;
    private final String input;
    private Unit unit;

    private DistributionReader(SourceFile file, UnitChecker checker, String input) {
        this.file = file;
        this.checker = checker;
        this.input = input;
    }

    /** True when {@code e} is written as a distribution (a top-level call of a distribution's name). */
    public static boolean isDistribution(Expr e) {
        return e instanceof Expr.Call c && NAMES.contains(c.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The distribution of input {@code input} and its unit: the declared one, else the unit of the
     * first number on the input's scale that carries one ({@code 1e25 to 1e27 FLOP} is in FLOP).
     */
    public static Read read(SourceFile file, Expr expr, UnitExpr declared, String input, UnitChecker checker) {
        UnitExpr written = firstScaleUnit(expr);
        Expr.Num probe = new Expr.Num(1, "1", written, expr.pos());
        return read(file, expr, declared, input, checker, checker.checkDefinition(probe, declared, input).unit());
    }

    /** The distribution read in a given unit: a number without a unit is in that unit, one with a unit is converted. */
    public static Read read(SourceFile file, Expr expr, UnitExpr declared, String input, UnitChecker checker, Unit unit) {
        DistributionReader r = new DistributionReader(file, checker, input);
        rejectReferences(file, expr);
        r.unit = unit;
        return new Read(r.distribution(expr), r.unit);
    }

    private Distribution distribution(Expr e) {
        if (!isDistribution(e)) {
            throw error(e, "expected a distribution here", "write one such as 1e25 to 1e27, normal(10, 2) or uniform(0, 1)");
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> a = c.args();
        String name = c.name().toLowerCase(Locale.ROOT);
        return switch (name) {
            case RANGE -> {
                double low = scaled(a.get(0)), high = scaled(a.get(1));
                if (!(low < high)) throw error(c, "the range " + Distribution.n(low) + " to " + Distribution.n(high) + " is empty or reversed", "write the 5th percentile first, then the 95th: 1e25 to 1e27");
                yield low > 0
                        ? new Distribution.Lognormal((Math.log(low) + Math.log(high)) / 2, (Math.log(high) - Math.log(low)) / (2 * Z95))
                        : new Distribution.Normal((low + high) / 2, (high - low) / (2 * Z95));
            }
            case "normal" -> {
                arity(c, 2, "normal(mean, sd)");
                double mean = scaled(a.get(0)), sd = scaled(a.get(1));
                positive(a.get(1), sd, "the standard deviation");
                yield new Distribution.Normal(mean, sd);
            }
            case "lognormal" -> {
                arity(c, 2, "lognormal(mu, sigma), the mean and standard deviation of ln x; or low to high for the 5th and 95th percentiles");
                double mu = plain(a.get(0), "mu, the mean of ln x,"), sigma = plain(a.get(1), "sigma, the standard deviation of ln x,");
                positive(a.get(1), sigma, "sigma");
                yield new Distribution.Lognormal(mu, sigma);
            }
            case "uniform" -> {
                arity(c, 2, "uniform(low, high)");
                double low = scaled(a.get(0)), high = scaled(a.get(1));
                ordered(c, low, low, high, "uniform(low, high)");
                yield new Distribution.Uniform(low, high);
            }
            case "triangular", "pert" -> {
                arity(c, 3, name + "(low, mode, high)");
                double low = scaled(a.get(0)), mode = scaled(a.get(1)), high = scaled(a.get(2));
                ordered(c, low, mode, high, name + "(low, mode, high)");
                yield name.equals("pert") ? Distribution.Beta.pert(low, mode, high) : new Distribution.Triangular(low, mode, high);
            }
            case "beta" -> {
                arity(c, 2, "beta(a, b), on 0 to 1");
                double alpha = plain(a.get(0), "a beta shape"), beta = plain(a.get(1), "a beta shape");
                positive(a.get(0), alpha, "the shape a");
                positive(a.get(1), beta, "the shape b");
                yield new Distribution.Beta(alpha, beta, 0, 1,
                        "beta(" + Distribution.n(alpha) + ", " + Distribution.n(beta) + ")");
            }
            case "mixture" -> mixture(c);
            case "truncate" -> {
                arity(c, 3, "truncate(distribution, low, high)");
                Distribution inner = distribution(a.get(0));
                double low = scaled(a.get(1)), high = scaled(a.get(2));
                ordered(c, low, low, high, "truncate(distribution, low, high)");
                double cdfLow = inner.cdf(low), cdfHigh = inner.cdf(high);
                if (!(cdfHigh > cdfLow)) {
                    throw error(c, "no part of " + inner.text() + " lies between " + Distribution.n(low) + " and " + Distribution.n(high),
                            "widen the bounds or move the distribution");
                }
                yield new Distribution.Truncated(inner, low, high, cdfLow, cdfHigh);
            }
            default -> throw new IllegalStateException(name);
        };
    }

    private Distribution mixture(Expr.Call c) {
        List<Expr> a = c.args();
        if (a.size() < 4 || a.size() % 2 != 0) {
            throw error(c, "mixture takes pairs of a weight and a distribution", "write: mixture(0.7, 1e25 to 1e26, 0.3, 1e27 to 1e28)");
        }
        List<Double> weights = new ArrayList<>();
        List<Distribution> parts = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < a.size(); i += 2) {
            double w = plain(a.get(i), "a mixture's weight");
            positive(a.get(i), w, "a mixture's weight");
            weights.add(w);
            total += w;
            parts.add(distribution(a.get(i + 1)));
        }
        double[] cumulative = new double[weights.size()];
        double running = 0;
        for (int i = 0; i < cumulative.length; i++) cumulative[i] = (running += weights.get(i)) / total;
        cumulative[cumulative.length - 1] = 1;
        return new Distribution.Mixture(cumulative, List.copyOf(parts));
    }

    /** A number on the input's scale, converted to the input's unit. */
    private double scaled(Expr e) {
        return constant(checker.convertConstant(e, unit, input), e);
    }

    private double plain(Expr e, String what) {
        UnitChecker.Checked c = checker.check(e);
        if (!c.unit().isDimensionless() || !c.unit().scale().isOne()) {
            throw error(e, what + " is a plain number, without a unit", "remove the unit; the input's unit goes after the distribution");
        }
        return constant(c.expr(), e);
    }

    private double constant(Expr converted, Expr written) {
        if (isDistribution(written)) throw error(written, "a distribution where a number belongs", "write a number here");
        double v = new NodeCompiler(n -> 0).compile(converted).eval(new double[0]);
        if (!Double.isFinite(v)) throw error(written, "this parameter is not a finite number", "write a plain number");
        return v;
    }

    private void arity(Expr.Call c, int n, String form) {
        if (c.args().size() != n) throw error(c, c.name() + " takes " + n + " numbers", "write " + form);
    }

    private void positive(Expr at, double v, String what) {
        if (!(v > 0)) throw error(at, what + " must be positive", "write a number above 0");
    }

    private void ordered(Expr.Call c, double low, double mid, double high, String form) {
        if (!(low <= mid && mid <= high && low < high)) {
            throw error(c, "the numbers of " + c.name() + " are out of order", "write " + form + " with low < high");
        }
    }

    private FlopError error(Expr at, String problem, String hint) {
        return new FlopError(file, at.pos(), problem, hint);
    }

    private static void rejectReferences(SourceFile file, Expr e) {
        switch (e) {
            case Expr.Ref r -> throw new FlopError(file, r.pos(), "a distribution's numbers must be values, not the quantity '" + r.name() + "'",
                    "write the number; to make one input follow another, use: correlate a, b = 0.6");
            case Expr.Call c -> c.args().forEach(x -> rejectReferences(file, x));
            case Expr.Unary u -> rejectReferences(file, u.operand());
            case Expr.Binary b -> { rejectReferences(file, b.left()); rejectReferences(file, b.right()); }
            case Expr.Convert c -> rejectReferences(file, c.inner());
            case Expr.ArrayOf a -> throw new FlopError(file, a.pos(), "a distribution's numbers must be single values, not an array",
                    "write one distribution per input");
            case Expr.Text t -> throw new FlopError(file, t.pos(), "a distribution's numbers must be numbers, not text", "write the number");
            case Expr.Missing m -> throw new FlopError(file, m.pos(), "a distribution's argument is missing", "write every argument");
            case Expr.Num n -> { }
            case Expr.Bool b -> { }
        }
    }

    /** The first unit written on a number that lies on the input's scale. */
    private static UnitExpr firstScaleUnit(Expr e) {
        return switch (e) {
            case Expr.Num n -> n.unit();
            case Expr.Call c -> {
                String name = c.name().toLowerCase(Locale.ROOT);
                if (name.equals("lognormal") || name.equals("beta")) yield null;
                for (int i = 0; i < c.args().size(); i++) {
                    if (name.equals("mixture") && i % 2 == 0) continue;
                    UnitExpr u = firstScaleUnit(c.args().get(i));
                    if (u != null) yield u;
                }
                yield null;
            }
            case Expr.Unary u -> firstScaleUnit(u.operand());
            case Expr.Binary b -> {
                UnitExpr l = firstScaleUnit(b.left());
                yield l != null ? l : firstScaleUnit(b.right());
            }
            case Expr.Convert c -> firstScaleUnit(c.inner());
            case Expr.Ref r -> null;
            case Expr.Bool b -> null;
            case Expr.ArrayOf a -> null;
            case Expr.Text t -> null;
            case Expr.Missing m -> null;
        };
    }
}
