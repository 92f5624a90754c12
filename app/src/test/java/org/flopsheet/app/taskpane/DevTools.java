package org.flopsheet.app.taskpane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol: a WebSocket, JSON commands with ids,
 * JSON answers and events. Enough to load a page, run script in it, type, and take a screenshot.
 */
final class DevTools implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final List<JsonNode> events = new CopyOnWriteArrayList<>();

    /** Starts Chromium on {@code url} in a window of the given size, in a fresh profile. */
    static DevTools open(String url, int width, int height) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("Chromium is needed for the task pane test but " + CHROMIUM
                    + " is missing: install it with scripts/install-test-deps.sh (Debian package 'chromium').");
        }
        return new DevTools(url, width, height);
    }

    private DevTools(String url, int width, int height) throws Exception {
        profile = Files.createTempDirectory("flopsheet-chromium");
        chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                // There is no internet here: make Microsoft's office.js fail at once, as it does for any user offline.
                "--host-resolver-rules=MAP appsforoffice.microsoft.com ~NOTFOUND",
                "about:blank").redirectErrorStream(true).start();
        String browser = browserEndpoint();
        String page = pageEndpoint(URI.create(browser));
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(30, TimeUnit.SECONDS);
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Page.navigate", Map.of("url", url));
    }

    private String browserEndpoint() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(chromium.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) { /* keep Chromium's log pipe from filling up */ }
                    } catch (IOException ignored) {
                        // Chromium has exited
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new AssertionError("Chromium exited before opening its DevTools port:\n" + seen);
    }

    private static String pageEndpoint(URI browser) throws IOException, InterruptedException {
        URI list = URI.create("http://" + browser.getAuthority() + "/json/list");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(r.body())) {
            if (target.get("type").asText().equals("page")) return target.get("webSocketDebuggerUrl").asText();
        }
        throw new AssertionError("Chromium has no page: " + r.body());
    }

    /** Sends a command and waits for its result; a protocol error fails the test with Chromium's message. */
    JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(message.toString(), true).join();
        JsonNode result;
        try {
            result = answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(method + " got no answer from Chromium", e);
        }
        if (result.has("error")) throw new AssertionError(method + ": " + result.get("error"));
        return result.get("result");
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) throw new AssertionError(expression + " threw: " + result.get("exceptionDetails"));
        return result.get("result").get("value");
    }

    /** Waits until a JavaScript condition holds in the page, or fails with what the page shows. */
    void waitFor(String condition, String description) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JsonNode v = evaluate("(function () { try { return !!(" + condition + "); } catch (e) { return false; } })()");
            if (v != null && v.asBoolean()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the page never showed " + description + "; it shows:\n"
                + evaluate("document.body ? document.body.innerText : '(no body)'").asText());
    }

    /** Exceptions the page's scripts threw (Runtime.exceptionThrown events). */
    List<String> exceptions() {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("method").asText().equals("Runtime.exceptionThrown")) out.add(e.get("params").get("exceptionDetails").toString());
        }
        return out;
    }

    byte[] screenshot() {
        return java.util.Base64.getDecoder().decode(send("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
    }

    @Override
    public void close() throws IOException {
        try {
            socket.abort();
        } finally {
            chromium.destroy();
            try {
                if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly();
            } catch (InterruptedException e) {
                chromium.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                        if (f != null) f.complete(message);
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    events.add(JSON.createObjectNode().put("method", "unparsable").put("text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
