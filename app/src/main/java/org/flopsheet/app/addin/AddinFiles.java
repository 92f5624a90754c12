package org.flopsheet.app.addin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flopsheet.engine.io.AtomicFiles;

/** Where the generated custom-function files live in the add-in's folder, and how they are written. */
public final class AddinFiles {
    private AddinFiles() {}

    public static Path functionsJson(Path addinDir) { return addinDir.resolve("functions/functions.json"); }

    public static Path functionsJs(Path addinDir) { return addinDir.resolve("functions/functions.js"); }

    /** Writes both files, each atomically and with ordinary permissions; returns their paths. */
    public static List<Path> write(CustomFunctions functions, Path addinDir) throws IOException {
        Files.createDirectories(functionsJson(addinDir).getParent());
        AtomicFiles.writeString(functionsJson(addinDir), functions.json());
        AtomicFiles.writeString(functionsJs(addinDir), functions.javaScript());
        return List.of(functionsJson(addinDir), functionsJs(addinDir));
    }
}
