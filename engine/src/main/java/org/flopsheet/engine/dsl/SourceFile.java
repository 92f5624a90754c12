package org.flopsheet.engine.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The text of one .flop file and the name it is reported under in error messages. */
public record SourceFile(String name, String text) {

    public static SourceFile read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new SourceFile(path.toString(), text);
    }

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, text);
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    /** The text of 1-based line {@code line}, or "" past the end. */
    public String line(int line) {
        List<String> lines = lines();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}
