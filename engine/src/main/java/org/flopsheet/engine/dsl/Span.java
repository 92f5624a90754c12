package org.flopsheet.engine.dsl;

/** A stretch of source text, [start, end) in character offsets: lets tools rewrite one part of a line. */
public record Span(int start, int end) {
    public String of(String text) { return text.substring(start, end); }
}
