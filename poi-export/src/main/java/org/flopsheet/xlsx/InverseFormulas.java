package org.flopsheet.xlsx;

import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.eval.NumberText;

/**
 * A distribution's inverse CDF as Excel formula text, applied to a uniform draw {@code u} (a cell
 * holding RAND()): NORM.INV, LOGNORM.INV and BETA.INV where Excel has them, closed forms for the
 * uniform and triangular, the same rescaling the engine uses for truncation and mixtures.
 */
final class InverseFormulas {
    private InverseFormulas() {}

    static String of(Distribution d, String u) {
        return switch (d) {
            case Distribution.Normal n -> "_xlfn.NORM.INV(" + u + "," + num(n.mean()) + "," + num(n.sd()) + ")";
            case Distribution.Lognormal l -> "_xlfn.LOGNORM.INV(" + u + "," + num(l.mu()) + "," + num(l.sigma()) + ")";
            case Distribution.Uniform un -> num(un.low()) + "+" + num(un.high() - un.low()) + "*" + u;
            case Distribution.Triangular t -> "IF(" + u + "<" + num((t.mode() - t.low()) / (t.high() - t.low()))
                    + "," + num(t.low()) + "+SQRT(" + u + "*" + num((t.high() - t.low()) * (t.mode() - t.low())) + ")"
                    + "," + num(t.high()) + "-SQRT((1-" + u + ")*" + num((t.high() - t.low()) * (t.high() - t.mode())) + "))";
            case Distribution.Beta b -> "_xlfn.BETA.INV(" + u + "," + num(b.alpha()) + "," + num(b.beta()) + ","
                    + num(b.low()) + "," + num(b.high()) + ")";
            case Distribution.Truncated t -> of(t.inner(), "(" + num(t.cdfLow()) + "+" + u + "*" + num(t.cdfHigh() - t.cdfLow()) + ")");
            case Distribution.Mixture m -> mixture(m, u, 0, 0);
        };
    }

    /** Nested IFs: the component the draw falls in, fed the draw rescaled to (0, 1) within it. */
    private static String mixture(Distribution.Mixture m, String u, int i, double below) {
        double upTo = m.cumulativeWeights()[i];
        String within = "(" + u + "-" + num(below) + ")/" + num(upTo - below);
        String component = of(m.components().get(i), "(" + within + ")");
        if (i == m.components().size() - 1) return component;
        return "IF(" + u + "<" + num(upTo) + "," + component + "," + mixture(m, u, i + 1, upTo) + ")";
    }

    private static String num(double v) {
        String s = NumberText.shortest(v);
        return v < 0 ? "(" + s + ")" : s;
    }
}
