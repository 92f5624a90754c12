package org.flopsheet.engine.dsl;

/** One lexeme: its type, its exact source text and where it starts. */
public record Token(TokenType type, String text, Pos pos) {
    public boolean is(TokenType t) { return type == t; }

    /** True for an identifier spelled {@code word} (keywords are contextual identifiers). */
    public boolean isWord(String word) { return type == TokenType.IDENT && text.equals(word); }

    public int endColumn() { return pos.column() + text.length(); }
}
