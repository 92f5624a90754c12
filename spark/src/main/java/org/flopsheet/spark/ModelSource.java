package org.flopsheet.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flopsheet.engine.compile.Compiler;
import org.flopsheet.engine.compile.Sheet;
import org.flopsheet.engine.dsl.SourceFile;

/**
 * A model as it travels to the executors: its file name and its text, read once on the driver, so no
 * executor needs the file. Each executor JVM compiles it once and shares the (thread-safe) sheet.
 */
public record ModelSource(String name, String text) implements Serializable {
    private static final Map<ModelSource, Sheet> COMPILED = new ConcurrentHashMap<>();

    public static ModelSource read(Path path) throws IOException {
        SourceFile file = SourceFile.read(path);
        return new ModelSource(file.name(), file.text());
    }

    /** The compiled sheet; a {@link org.flopsheet.engine.dsl.FlopError} when the model does not compile. */
    public Sheet sheet() {
        return COMPILED.computeIfAbsent(this, m -> Compiler.compile(SourceFile.of(m.name, m.text)));
    }
}
