package org.flopsheet.engine.dist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flopsheet.engine.dsl.Decl;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;
import org.flopsheet.engine.eval.NumberText;

/**
 * The uncertain inputs of a sheet and how they move together. Correlations are rank (Spearman)
 * correlations, imposed with a Gaussian copula: each correlated input is driven by a standard
 * normal, and those normals are mixed by the Cholesky factor of their Pearson correlation
 * 2 sin(pi rho / 6), which gives exactly rank correlation rho whatever the marginals.
 *
 * @param inputs     in source order
 * @param correlated indices into {@code inputs} of the inputs that take part in a correlation
 * @param cholesky   lower-triangular factor over {@code correlated}, row-major
 * @param pairs      the rank correlations as written, for reports and the workbook
 */
public record Uncertainty(List<UncertainInput> inputs, int[] correlated, double[][] cholesky, List<Pair> pairs) {
    public static final Uncertainty NONE = new Uncertainty(List.of(), new int[0], new double[0][], List.of());

    public record Pair(String first, String second, double rankCorrelation) {}

    public boolean isEmpty() { return inputs.isEmpty(); }

    /**
     * These inputs with some replaced or added: a replaced input keeps its correlations, an added one
     * (an input that had one value) is independent of the others.
     */
    public Uncertainty with(Map<String, UncertainInput> replacements) {
        if (replacements.isEmpty()) return this;
        List<UncertainInput> merged = new ArrayList<>();
        for (UncertainInput in : inputs) merged.add(replacements.getOrDefault(in.name(), in));
        for (UncertainInput in : replacements.values()) if (input(in.name()) == null) merged.add(in);
        return new Uncertainty(List.copyOf(merged), correlated, cholesky, pairs);
    }

    public UncertainInput input(String name) {
        for (UncertainInput in : inputs) if (in.name().equals(name)) return in;
        return null;
    }

    /** Checks the {@code correlate} statements against the uncertain inputs and factors their matrix. */
    public static Uncertainty of(SourceFile file, List<UncertainInput> inputs, List<Decl.Correlation> decls,
                                 List<Double> rhos, java.util.function.Predicate<String> isInput) {
        if (inputs.isEmpty() && decls.isEmpty()) return NONE;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) index.put(inputs.get(i).name(), i);
        List<Integer> members = new ArrayList<>();
        Map<Long, Decl.Correlation> seen = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (int k = 0; k < decls.size(); k++) {
            Decl.Correlation d = decls.get(k);
            int a = member(file, index, d.first(), d.firstPos(), isInput), b = member(file, index, d.second(), d.secondPos(), isInput);
            if (a == b) throw new FlopError(file, d.secondPos(), "an input cannot be correlated with itself", "name two different uncertain inputs");
            double rho = rhos.get(k);
            if (!(rho >= -1 && rho <= 1)) {
                throw new FlopError(file, d.pos(), "the rank correlation " + NumberText.shortest(rho) + " is outside -1 to 1", "write a number between -1 and 1, e.g. 0.6");
            }
            Decl.Correlation earlier = seen.put(Math.min(a, b) * 1_000_000L + Math.max(a, b), d);
            if (earlier != null) {
                throw new FlopError(file, d.pos(), "the correlation of " + d.first() + " and " + d.second() + " is already set at line " + earlier.pos().line(), "set each pair once");
            }
            if (!members.contains(a)) members.add(a);
            if (!members.contains(b)) members.add(b);
            pairs.add(new Pair(d.first(), d.second(), rho));
        }
        members.sort(null);
        int n = members.size();
        double[][] pearson = new double[n][n];
        for (int i = 0; i < n; i++) pearson[i][i] = 1;
        for (Pair p : pairs) {
            int i = members.indexOf(index.get(p.first())), j = members.indexOf(index.get(p.second()));
            double r = 2 * Math.sin(Math.PI * p.rankCorrelation() / 6);
            pearson[i][j] = r;
            pearson[j][i] = r;
        }
        double[][] factor = cholesky(pearson);
        if (factor == null) {
            Decl.Correlation last = decls.get(decls.size() - 1);
            throw new FlopError(file, last.pos(), "these correlations contradict each other (no set of inputs can have them all)",
                    "weaken some of them: for example a with b at 0.9 and b with c at 0.9 force a with c well above 0");
        }
        return new Uncertainty(List.copyOf(inputs), members.stream().mapToInt(Integer::intValue).toArray(), factor, List.copyOf(pairs));
    }

    private static int member(SourceFile file, Map<String, Integer> index, String name, org.flopsheet.engine.dsl.Pos pos,
                              java.util.function.Predicate<String> isInput) {
        Integer i = index.get(name);
        if (i != null) return i;
        String why = isInput.test(name) ? "'" + name + "' is an input with one value, not a distribution"
                : "'" + name + "' is not an uncertain input of this sheet";
        throw new FlopError(file, pos, why, "correlate inputs written as distributions, e.g. input x = 1 to 10");
    }

    /** The lower Cholesky factor, or null when the matrix is not positive definite. */
    static double[][] cholesky(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
                if (i == j) {
                    if (!(sum > 1e-12)) return null;
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }
}
