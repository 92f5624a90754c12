package org.flopsheet.engine.eval.functions;

/**
 * One parameter of a spreadsheet function, as Excel's documentation lists it.
 *
 * @param name         the name in Excel's documentation ({@code number}, {@code num_digits})
 * @param kind         what the argument may be, which decides how errors in it flow
 * @param unit         its unit in the function's unit rule: a letter shared by parameters that must
 *                     agree ({@code "x"}), {@code ""} for a dimensionless one, {@code "*"} for any unit
 * @param defaultValue the value an omitted argument takes, or null when the parameter is required
 *                     (or, for an optional one, when the function itself handles the absence)
 * @param optional     whether the argument may be left out
 * @param repeats      whether this parameter belongs to the group that may repeat (SUM's numbers,
 *                     IFS's condition and value pairs)
 * @param lazy         evaluated only when the function needs it, as Excel does for IF's branches
 * @param result       whether this argument may be the function's result as it is (IF's branches,
 *                     IFERROR's value): a function of result type {@link ResultType#LIKE_RESULTS}
 *                     gives a logical value when all such arguments are logical
 */
public record Parameter(String name, Kind kind, String unit, Double defaultValue, boolean optional,
                        boolean repeats, boolean lazy, boolean result) {

    /** What an argument may be. */
    public enum Kind {
        /** A number (a logical counts as 1 or 0); an error in it is the function's result. */
        NUMBER,
        /** A logical value (a number counts as TRUE unless 0); an error in it is the function's result. */
        LOGICAL,
        /** Any value, errors included, handed to the function as it is (IFERROR's value, ISERROR). */
        ANY,
        /**
         * Numbers to aggregate: each argument, and each element of an array or range; errors flow. A value
         * typed as an argument is coerced (TRUE is 1, "3" is 3); an array's, or a referenced quantity's,
         * logicals and text are skipped, as Excel skips them in ranges.
         */
        NUMBERS,
        /**
         * Integers to combine (GCD, LCM, MULTINOMIAL): each argument, and each element of an array, is read
         * as a number wherever it comes from, text included ("8" is 8, "eight" #VALUE!); a logical anywhere
         * is #VALUE!, as Excel's saved results show for these Analysis ToolPak functions.
         */
        INTEGERS
    }

    public static Parameter number(String name) { return new Parameter(name, Kind.NUMBER, "", null, false, false, false, false); }

    public static Parameter logical(String name) { return new Parameter(name, Kind.LOGICAL, "*", null, false, false, false, false); }

    public static Parameter any(String name) { return new Parameter(name, Kind.ANY, "*", null, false, false, false, false); }

    /**
     * One list of numbers followed by other parameters (LARGE's array): until arrays exist, the list is
     * the arguments before the trailing ones, so it repeats.
     */
    public static Parameter list(String name) { return new Parameter(name, Kind.NUMBERS, "x", null, false, true, false, false); }

    public static Parameter numbers(String name) { return new Parameter(name, Kind.NUMBERS, "x", null, false, true, false, false); }

    public static Parameter integers(String name) { return new Parameter(name, Kind.INTEGERS, "", null, false, true, false, false); }

    /** The same parameter with unit letter {@code letter} ({@code ""} dimensionless, {@code "*"} any). */
    public Parameter unit(String letter) { return new Parameter(name, kind, letter, defaultValue, optional, repeats, lazy, result); }

    /** Optional, taking {@code value} when omitted. */
    public Parameter orElse(double value) { return new Parameter(name, kind, unit, value, true, repeats, lazy, result); }

    /** Optional, with the absence handled by the function itself. */
    public Parameter orAbsent() { return new Parameter(name, kind, unit, defaultValue, true, repeats, lazy, result); }

    public Parameter repeating() { return new Parameter(name, kind, unit, defaultValue, optional, true, lazy, result); }

    public Parameter lazily() { return new Parameter(name, kind, unit, defaultValue, optional, repeats, true, result); }

    public Parameter asResult() { return new Parameter(name, kind, unit, defaultValue, optional, repeats, lazy, true); }

    /**
     * Whether an array given here is one list of numbers for the function (LARGE's array, GCD's numbers),
     * rather than one number per element that makes the result an array.
     */
    public boolean takesList() { return kind == Kind.NUMBERS || kind == Kind.INTEGERS; }

    /** Whether an error in this argument is the function's result before the function runs. */
    public boolean propagatesErrors() { return kind != Kind.ANY && !lazy; }
}
