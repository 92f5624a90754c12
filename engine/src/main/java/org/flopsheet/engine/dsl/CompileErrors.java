package org.flopsheet.engine.dsl;

import java.util.List;

/**
 * Several errors of one file, reported in one run: the first one's place, problem and hint are this
 * error's own (so code that handles one error handles this one), and the message lists them all.
 */
public final class CompileErrors extends FlopError {
    /** A file with more errors than this stops being read: the rest are likely to follow from these. */
    public static final int LIMIT = 20;

    private final List<FlopError> errors;
    private final boolean stoppedAtLimit;

    private CompileErrors(List<FlopError> errors, boolean stoppedAtLimit) {
        super(errors.get(0).file(), errors.get(0).pos(), errors.get(0).problem(), errors.get(0).hint());
        this.errors = List.copyOf(errors);
        this.stoppedAtLimit = stoppedAtLimit;
    }

    /** The one error itself, or all of them together; {@code errors} must not be empty. */
    public static FlopError of(List<FlopError> errors, boolean stoppedAtLimit) {
        if (errors.size() == 1 && !stoppedAtLimit) return errors.get(0);
        return new CompileErrors(errors, stoppedAtLimit);
    }

    /** Every error, in the order of the file. */
    public List<FlopError> errors() { return errors; }

    @Override
    public String getMessage() {
        StringBuilder out = new StringBuilder();
        for (FlopError e : errors) {
            if (!out.isEmpty()) out.append("\n\n");
            out.append(e.getMessage());
        }
        out.append("\n\n").append(errors.size()).append(" errors");
        if (stoppedAtLimit) out.append(" (flopsheet stops at ").append(LIMIT).append("; fix these and run again for the rest)");
        return out.toString();
    }
}
