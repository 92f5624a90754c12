package org.flopsheet.engine.dsl;

/** A place in a source file: 1-based line and column, and the 0-based character offset. */
public record Pos(int line, int column, int offset) {
    public static final Pos NONE = new Pos(0, 0, -1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
