package org.flopsheet.engine.simulate;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.flopsheet.engine.dist.Distribution;
import org.flopsheet.engine.dist.UncertainInput;
import org.flopsheet.engine.dist.Uncertainty;

/**
 * Fills the uncertain inputs' slots for one sample, without allocating: one draw per input, in
 * source order. Correlated inputs draw standard normals mixed by the Cholesky factor; the others
 * draw a standard normal (normal and lognormal) or a uniform in (0, 1) (everything else).
 * One sampler per thread: it keeps scratch space.
 */
final class Sampler {
    private final int[] slots;
    private final Distribution[] distributions;
    private final boolean[] normalDraw;
    /** For each input, its row in the Cholesky factor, or -1. */
    private final int[] correlatedRow;
    private final int[] correlatedInput;
    private final double[][] cholesky;
    private final double[] draws;
    private final double[] mixed;

    private final boolean[] held;

    /**
     * @param fixed names of uncertain inputs held at a given value: they still draw (so that the
     *              other inputs see the same random numbers) but their slots are left alone
     */
    Sampler(Uncertainty u, Set<String> fixed) {
        List<UncertainInput> inputs = u.inputs();
        int n = inputs.size();
        held = new boolean[n];
        slots = new int[n];
        distributions = new Distribution[n];
        normalDraw = new boolean[n];
        correlatedRow = new int[n];
        for (int i = 0; i < n; i++) {
            slots[i] = inputs.get(i).slot();
            distributions[i] = inputs.get(i).distribution();
            correlatedRow[i] = -1;
            held[i] = fixed.contains(inputs.get(i).name());
        }
        int[] members = u.correlated();
        int[] rowInput = new int[members.length];
        for (int r = 0; r < members.length; r++) {
            rowInput[r] = members[r];
            correlatedRow[members[r]] = r;
        }
        correlatedInput = rowInput;
        cholesky = u.cholesky();
        for (int i = 0; i < n; i++) normalDraw[i] = correlatedRow[i] >= 0 || distributions[i].normalBased();
        draws = new double[n];
        mixed = new double[members.length];
    }

    void draw(SplittableRandom random, double[] values) {
        int n = slots.length;
        for (int i = 0; i < n; i++) draws[i] = normalDraw[i] ? random.nextGaussian() : openUniform(random);
        for (int r = 0; r < mixed.length; r++) {
            double sum = 0;
            double[] row = cholesky[r];
            for (int k = 0; k <= r; k++) {
                sum += row[k] * draws[correlatedInput[k]];
            }
            mixed[r] = sum;
        }
        for (int i = 0; i < n; i++) {
            if (held[i]) continue;
            int r = correlatedRow[i];
            values[slots[i]] = r >= 0 ? distributions[i].fromNormal(mixed[r])
                    : normalDraw[i] ? distributions[i].fromNormal(draws[i]) : distributions[i].fromUniform(draws[i]);
        }
    }

    /** A uniform double strictly between 0 and 1 (53 random bits, centred in their cell). */
    private static double openUniform(SplittableRandom random) {
        return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
