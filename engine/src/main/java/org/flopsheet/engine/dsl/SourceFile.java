package org.flopsheet.engine.dsl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The text of one .flop file and the name it is reported under in error messages. */
public record SourceFile(String name, String text) {

    /** The file's text; a file that is not UTF-8 is a {@link FlopError} at its first bad byte. */
    public static SourceFile read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) throw notUtf8(path, bytes, in.position(), out.flip().toString());
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new SourceFile(path.toString(), text);
    }

    private static FlopError notUtf8(Path path, byte[] bytes, int badByte, String before) {
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        String shown = before + new String(bytes, badByte, bytes.length - badByte, StandardCharsets.UTF_8);
        return new FlopError(new SourceFile(path.toString(), shown), new Pos(line, column, before.length()),
                String.format("the file is not UTF-8: byte %d (0x%02X) cannot start or continue a character", badByte,
                        bytes[badByte] & 0xFF),
                "save the file as UTF-8 (in most editors: Save with Encoding, UTF-8)");
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
