package org.flopsheet.app.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.flopsheet.app.addin.CustomFunctions;

/**
 * The Office add-in's files (packaged from the project's {@code src/} folder under {@code addin/}),
 * except the custom functions, which are generated from the sheets as they are now, so an edited
 * model reaches Excel without a rebuild.
 */
final class StaticFiles {
    /** The origin the committed manifest names; the server replaces it with its own. */
    static final String MANIFEST_ORIGIN = "https://localhost:8080";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8", "png", "image/png",
            "svg", "image/svg+xml", "ico", "image/x-icon");

    /** The committed task pane page's empty token; the server fills in its own, so that the page (and only pages of this origin) can import. */
    static final String TOKEN_PLACEHOLDER = "<meta name=\"flopsheet-token\" content=\"\">";

    private final SheetDirectory sheets;
    private final String token;
    private final AtomicReference<Generated> generated = new AtomicReference<>(new Generated(-1, null));

    private record Generated(long version, CustomFunctions functions) {}

    record File(String contentType, byte[] bytes) {}

    StaticFiles(SheetDirectory sheets, String token) {
        this.sheets = sheets;
        this.token = token;
    }

    /** The file at {@code path} ("/taskpane/taskpane.html"), or null when there is none; {@code origin} is this server's, checked against its host names. */
    File get(String path, String origin) throws IOException {
        if (path.contains("..") || path.contains("//") || path.contains("\\")) return null;
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null) return null;
        if (path.equals("/functions/functions.json")) return new File(type, functions().json().getBytes(StandardCharsets.UTF_8));
        if (path.equals("/functions/functions.js")) return new File(type, functions().javaScript().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = StaticFiles.class.getResourceAsStream("/addin" + path)) {
            if (in == null) return null;
            byte[] bytes = in.readAllBytes();
            if (path.equals("/manifest.xml")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace(MANIFEST_ORIGIN, origin).getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/taskpane/taskpane.html")) {
                String page = new String(bytes, StandardCharsets.UTF_8);
                if (!page.contains(TOKEN_PLACEHOLDER)) throw new IllegalStateException("the task pane page has no token placeholder " + TOKEN_PLACEHOLDER);
                bytes = page.replace(TOKEN_PLACEHOLDER, "<meta name=\"flopsheet-token\" content=\"" + token + "\">").getBytes(StandardCharsets.UTF_8);
            }
            return new File(type, bytes);
        }
    }

    private CustomFunctions functions() {
        SheetDirectory.Snapshot now = sheets.snapshot();
        Generated current = generated.get();
        if (current.version() != now.version()) {
            current = new Generated(now.version(), CustomFunctions.of(now.sheets().values()));
            generated.set(current);
        }
        return current.functions();
    }
}
