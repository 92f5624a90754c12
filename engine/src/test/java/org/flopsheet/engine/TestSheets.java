package org.flopsheet.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.FlopError;
import org.flopsheet.engine.dsl.SourceFile;

/** Compiles small sheets written inline in tests. */
public final class TestSheets {
    private TestSheets() {}

    public static Sheet compile(String text) {
        return Compiler.compile(SourceFile.of("test.flop", text));
    }

    /** The value of {@code expr} as Excel would show it (shortest digits, TRUE/FALSE or the error). */
    public static String value(String expr) {
        return compile("x = " + expr + "\n").evaluate().value("x").text();
    }

    public static FlopError error(String text) {
        return assertThrows(FlopError.class, () -> compile(text));
    }
}
