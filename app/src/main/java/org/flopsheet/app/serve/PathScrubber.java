package org.flopsheet.app.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Takes the server's own folders out of messages sent to clients: a client learns the file name
 * ({@code finveden.flop:3:7}), never where the files live on the machine (a user name, a layout).
 */
final class PathScrubber {
    private final List<String[]> replacements = new ArrayList<>();

    PathScrubber(Path sheetDir) {
        add(sheetDir, "");
        add(Path.of(System.getProperty("java.io.tmpdir")), "");
        add(Path.of("").toAbsolutePath(), "");
        add(Path.of(System.getProperty("user.home")), "~/");
        // longer folders first, so that one inside another is replaced whole
        replacements.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
    }

    private void add(Path folder, String by) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getNameCount() == 0) return;
        replacements.add(new String[] {absolute + "/", by});
        replacements.add(new String[] {absolute.toString(), by.isEmpty() ? "." : by.substring(0, by.length() - 1)});
        try {
            Path real = absolute.toRealPath();
            if (!real.equals(absolute)) {
                replacements.add(new String[] {real + "/", by});
                replacements.add(new String[] {real.toString(), by.isEmpty() ? "." : by.substring(0, by.length() - 1)});
            }
        } catch (IOException missing) {
            // a folder that does not exist appears in no message
        }
    }

    String scrub(String message) {
        if (message == null) return null;
        String out = message;
        for (String[] r : replacements) out = out.replace(r[0], r[1]);
        return out;
    }
}
