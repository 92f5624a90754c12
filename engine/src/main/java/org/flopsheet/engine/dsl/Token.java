package org.flopsheet.engine.dsl;

/** One lexeme: its type, its text (a string's unescaped value), where it starts and the offset just past it. */
public record Token(TokenType type, String text, Pos pos, int end) {
    public boolean is(TokenType t) { return type == t; }

    /** True for an identifier spelled {@code word} (keywords are contextual identifiers). */
    public boolean isWord(String word) { return type == TokenType.IDENT && text.equals(word); }

    public int endColumn() { return pos.column() + text.length(); }
}
