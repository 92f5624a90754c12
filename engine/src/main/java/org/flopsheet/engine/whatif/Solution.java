package org.flopsheet.engine.whatif;

import java.util.List;

/** What {@link Solver} found: the input value(s) that bring an output to a target, or why none does. */
public sealed interface Solution {

    /**
     * The chain is {@code output = c·input^exponent}, so the value is {@code x0·(target/y0)^(1/exponent)}
     * in closed form; {@code reached} is the output the sheet computes there.
     */
    record Exact(double value, double exponent, double reached) implements Solution {}

    /**
     * Found by a bracketed root search: every value where the output crosses the target, nearest the
     * current input value first, with what the sheet computes at each.
     *
     * @param from, to the range of input values searched
     */
    record Searched(List<Double> values, List<Double> reached, double from, double to) implements Solution {
        public boolean unique() { return values.size() == 1; }
    }

    /** No input value brings the output to the target; {@code reason} says why, in a sentence. */
    record NotReached(String reason) implements Solution {}
}
