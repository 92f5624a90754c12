package org.flopsheet.engine.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.flopsheet.engine.compile.Quantity;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.eval.NumberText;

/**
 * Goal seek from the model: the value of one input that makes an output equal a target, the other
 * inputs held. Where the chain from input to output is a product of powers ({@link PowerLaw}) the
 * answer is in closed form; elsewhere a bracketed root search finds every crossing.
 */
public final class Solver {
    /** How the root search brackets: consecutive input values a factor of 2 apart. */
    public static final double BRACKET_FACTOR = 2;
    /** Brent's method stops when the bracket is this narrow, relative to the input value. */
    public static final double TOLERANCE = 4 * Math.ulp(1.0);
    /** A found value is accepted when the sheet's output there is this close to the target, relative. */
    public static final double ACCEPT = 1e-9;

    /** How the search was done, for people reading the answer. */
    public static final String SEARCH_METHOD = "bracketed root search: input values a factor of " + NumberText.shortest(BRACKET_FACTOR)
            + " apart from the current one, then Brent's method to " + NumberText.significant(TOLERANCE, 2) + " relative in the input";

    private Solver() {}

    /**
     * @param inputs input values replacing the defaults (a scenario's, or none)
     */
    public static Solution solve(Sheet sheet, Quantity output, double target, Quantity input, Map<String, Double> inputs) {
        if (output.input()) throw new IllegalArgumentException("'" + output.name() + "' is an input; the target must be a formula");
        if (!input.input()) throw new IllegalArgumentException("'" + input.name() + "' is a formula; --vary takes an input");
        if (!Double.isFinite(target)) throw new IllegalArgumentException("the target must be a finite number");
        Probe probe = new Probe(sheet, output, input, Probe.baseCase(sheet, inputs));
        if (!Chain.reaches(sheet, output, input)) {
            return new Solution.NotReached(output.name() + " does not depend on " + input.name()
                    + (probe.outputValue() == target ? "; it is already " + NumberText.shortest(target) + " whatever " + input.name() + " is" : ""));
        }
        Solution exact = closedForm(probe, target);
        return exact != null ? exact : search(probe, target);
    }

    private static Solution closedForm(Probe probe, double target) {
        OptionalDouble exponent = PowerLaw.exponent(probe.sheet, probe.output, probe.input, probe.base);
        double x0 = probe.inputValue(), y0 = probe.outputValue();
        if (exponent.isEmpty() || exponent.getAsDouble() == 0 || x0 == 0 || !Double.isFinite(y0) || y0 == 0) return null;
        double e = exponent.getAsDouble();
        double ratio = target / y0;
        if (ratio <= 0) {
            return new Solution.NotReached(probe.output.name() + " = c·" + probe.input.name() + "^" + NumberText.shortest(e)
                    + " keeps the sign of its current value " + NumberText.shortest(y0) + " for every " + probe.input.name()
                    + " of the sign of its current value " + NumberText.shortest(x0) + ", so it never reaches " + NumberText.shortest(target));
        }
        double x = x0 * Math.pow(ratio, 1 / e);
        if (!Double.isFinite(x) || x == 0) {
            return new Solution.NotReached("the value that would bring " + probe.output.name() + " to " + NumberText.shortest(target)
                    + " is " + NumberText.shortest(x0) + "·(" + NumberText.shortest(ratio) + ")^(1/" + NumberText.shortest(e)
                    + "), beyond the range of a double (and of Excel)");
        }
        double reached = probe.at(x);
        // the closed form is trusted only once the sheet itself agrees: an error on the way falls back to the search
        return close(reached, target, y0) ? new Solution.Exact(x, e, reached) : null;
    }

    private static Solution search(Probe probe, double target) {
        double x0 = probe.inputValue();
        List<Double> points = grid(x0);
        List<Double> roots = new ArrayList<>();
        List<String> jumps = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY, highest = Double.NEGATIVE_INFINITY;
        double previousX = Double.NaN, previousG = Double.NaN;
        for (double x : points) {
            double y = probe.at(x);
            double g = y - target;
            if (Double.isFinite(y)) {
                lowest = Math.min(lowest, y);
                highest = Math.max(highest, y);
            }
            if (g == 0) addRoot(roots, x);
            else if (Double.isFinite(g) && Double.isFinite(previousG) && previousG != 0 && (g > 0) != (previousG > 0)) {
                double r = brent(probe, target, previousX, x, previousG, g);
                if (Double.isFinite(r) && close(probe.at(r), target, probe.outputValue())) addRoot(roots, r);
                else jumps.add(NumberText.significant(previousX, 3) + " and " + NumberText.significant(x, 3));
            }
            previousX = x;
            previousG = Double.isFinite(y) ? g : Double.NaN;
        }
        double from = points.get(0), to = points.get(points.size() - 1);
        if (roots.isEmpty()) {
            String range = lowest > highest ? "an error for every value tried"
                    : "between " + NumberText.significant(lowest, 4) + " and " + NumberText.significant(highest, 4) + " on the values tried";
            String jumped = jumps.isEmpty() ? "" : "; it jumps past the target (no value reaches it) between " + String.join(", ", jumps);
            return new Solution.NotReached("no value of " + probe.input.name() + " from " + NumberText.significant(from, 3) + " to "
                    + NumberText.significant(to, 3) + " brings " + probe.output.name() + " to " + NumberText.shortest(target)
                    + ": it stays " + range + jumped);
        }
        roots.sort(Comparator.comparingDouble(r -> distance(r, x0)));
        return new Solution.Searched(List.copyOf(roots), roots.stream().map(probe::at).toList(), from, to);
    }

    /** Input values to try, in increasing order, on the current value's side of zero (both sides from 0). */
    static List<Double> grid(double x0) {
        List<Double> up = new ArrayList<>();
        if (x0 == 0) {
            for (int k = Double.MIN_EXPONENT; k <= Double.MAX_EXPONENT; k++) up.add(Math.scalb(1.0, k));
            List<Double> all = new ArrayList<>();
            for (int i = up.size() - 1; i >= 0; i--) all.add(-up.get(i));
            all.add(0.0);
            all.addAll(up);
            return all;
        }
        double a = Math.abs(x0);
        for (int k = -2 * Double.MAX_EXPONENT; k <= 2 * Double.MAX_EXPONENT; k++) {
            double x = a * Math.pow(BRACKET_FACTOR, k);
            if (x >= Double.MIN_NORMAL && Double.isFinite(x)) up.add(x);
        }
        if (x0 > 0) return up;
        List<Double> down = new ArrayList<>();
        for (int i = up.size() - 1; i >= 0; i--) down.add(-up.get(i));
        return down;
    }

    /** Brent's method (van Wijngaarden-Dekker-Brent) on a bracket where the output minus the target changes sign. */
    private static double brent(Probe probe, double target, double a, double b, double fa, double fb) {
        double c = a, fc = fa, d = b - a, e = d;
        for (int iteration = 0; iteration < 400; iteration++) {
            if ((fb > 0) == (fc > 0)) {
                c = a;
                fc = fa;
                d = e = b - a;
            }
            if (Math.abs(fc) < Math.abs(fb)) {
                a = b; b = c; c = a;
                fa = fb; fb = fc; fc = fa;
            }
            double tol = TOLERANCE * Math.abs(b) / 2 + Double.MIN_VALUE;
            double m = (c - b) / 2;
            if (Math.abs(m) <= tol || fb == 0) return b;
            if (Math.abs(e) < tol || Math.abs(fa) <= Math.abs(fb)) {
                d = m;
                e = m;
            } else {
                double s = fb / fa, p, q;
                if (a == c) {
                    p = 2 * m * s;
                    q = 1 - s;
                } else {
                    double qa = fa / fc, r = fb / fc;
                    p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
                    q = (qa - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) q = -q;
                else p = -p;
                if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
                    e = d;
                    d = p / q;
                } else {
                    d = m;
                    e = m;
                }
            }
            a = b;
            fa = fb;
            b += Math.abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = probe.at(b) - target;
            if (!Double.isFinite(fb)) return Double.NaN;
        }
        return b;
    }

    private static void addRoot(List<Double> roots, double x) {
        for (double r : roots) if (Math.abs(r - x) <= 1e-12 * Math.max(Math.abs(r), Math.abs(x))) return;
        roots.add(x);
    }

    /** Within {@link #ACCEPT} of the target; a target of 0 is measured against the current output instead. */
    private static boolean close(double reached, double target, double current) {
        if (!Double.isFinite(reached)) return false;
        double scale = target != 0 ? Math.abs(target) : Double.isFinite(current) ? Math.abs(current) : 0;
        return Math.abs(reached - target) <= ACCEPT * Math.max(scale, Double.MIN_NORMAL);
    }

    private static double distance(double x, double x0) {
        return x0 == 0 || x == 0 || (x > 0) != (x0 > 0) ? Math.abs(x - x0) : Math.abs(Math.log(x / x0));
    }
}
