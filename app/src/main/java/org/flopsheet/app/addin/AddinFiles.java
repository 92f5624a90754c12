package org.flopsheet.app.addin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Where the generated custom-function files live in the add-in's folder, and how they are written. */
public final class AddinFiles {
    private AddinFiles() {}

    public static Path functionsJson(Path addinDir) { return addinDir.resolve("functions/functions.json"); }

    public static Path functionsJs(Path addinDir) { return addinDir.resolve("functions/functions.js"); }

    /** Writes both files, each atomically (a temporary file in the same folder, then a rename); returns their paths. */
    public static List<Path> write(CustomFunctions functions, Path addinDir) throws IOException {
        writeAtomically(functionsJson(addinDir), functions.json());
        writeAtomically(functionsJs(addinDir), functions.javaScript());
        return List.of(functionsJson(addinDir), functionsJs(addinDir));
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
