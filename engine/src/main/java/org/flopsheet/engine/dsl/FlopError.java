package org.flopsheet.engine.dsl;

/**
 * An error in a .flop source (syntax, names, cycles, units), pointing at a place in the file.
 * {@link #getMessage()} renders the compiler-style report: {@code file:line:column: message},
 * the source line, a caret under the spot, and a hint saying what to do.
 */
public class FlopError extends RuntimeException {
    private final SourceFile file;
    private final Pos pos;
    private final String problem;
    private final String hint;

    public FlopError(SourceFile file, Pos pos, String problem, String hint) {
        super(problem);
        this.file = file;
        this.pos = pos;
        this.problem = problem;
        this.hint = hint;
    }

    public SourceFile file() { return file; }
    public Pos pos() { return pos; }
    public int line() { return pos.line(); }
    public int column() { return pos.column(); }
    /** The one-line description of what is wrong, without location or hint. */
    public String problem() { return problem; }
    public String hint() { return hint; }

    @Override
    public String getMessage() {
        StringBuilder out = new StringBuilder();
        String where = file == null ? "<source>" : file.name();
        if (pos.line() > 0) {
            out.append(where).append(':').append(pos.line()).append(':').append(pos.column()).append(": ");
        } else {
            out.append(where).append(": ");
        }
        out.append(problem);
        if (file != null && pos.line() > 0) {
            String gutter = String.valueOf(pos.line());
            String source = file.line(pos.line());
            out.append('\n').append(' ').append(gutter).append(" | ").append(source);
            out.append('\n').append(" ".repeat(gutter.length() + 1)).append(" | ");
            for (int i = 0; i < pos.column() - 1 && i < source.length(); i++) {
                out.append(source.charAt(i) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        if (hint != null && !hint.isEmpty()) out.append("\n  hint: ").append(hint);
        return out.toString();
    }
}
