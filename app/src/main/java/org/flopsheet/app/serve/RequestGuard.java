package org.flopsheet.app.serve;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The checks a request passes before any route sees it. A web page the user visits can send
 * requests to this server (a form, {@code fetch} with {@code no-cors} and {@code text/plain}), and
 * a DNS-rebinding page can even read the answers; so the server answers only to its own host names,
 * refuses every state-changing request that a browser marks as coming from another origin, and
 * wants the start-up token for imports, which only the same-origin task pane and the console know.
 */
final class RequestGuard {
    static final String TOKEN_HEADER = "X-Flopsheet-Token";

    private final Access access;
    private final String scheme;

    RequestGuard(Access access, String scheme) {
        this.access = access;
        this.scheme = scheme;
    }

    /** Every request: the Host header must name this server (a rebinding page sends its own name). */
    void checkHost(HttpExchange exchange) {
        if (!access.allowsHostHeader(exchange.getRequestHeaders().getFirst("Host"))) {
            throw new ApiError(403, "this server answers only to the host names " + String.join(", ", access.hosts())
                    + "; start serve with --allow-host NAME to add one");
        }
    }

    /**
     * Requests other than GET and HEAD: a browser names the page's origin in {@code Origin} (also for
     * no-cors requests) and says in {@code Sec-Fetch-Site} whether it is another site; either refuses.
     * Programs such as curl send neither.
     */
    void checkSameOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String own = scheme + "://" + exchange.getRequestHeaders().getFirst("Host").strip();
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            throw new ApiError(403, "requests from another origin (" + origin + ") are refused; use the task pane served here, or a program that sends no Origin");
        }
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ApiError(403, "requests from another site are refused; use the task pane served here");
        }
    }

    /** Imports: the token the server printed when it started (the task pane page carries it). */
    void checkToken(HttpExchange exchange) {
        String sent = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        boolean ok = sent != null && MessageDigest.isEqual(sent.strip().getBytes(StandardCharsets.UTF_8), access.token().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            throw new ApiError(403, "an import needs the server's token in the " + TOKEN_HEADER
                    + " header: the one printed when serve started (the task pane sends it itself)");
        }
    }

    /** Rewriting a source on the server, which is off unless serve was started with --allow-write. */
    void checkWrite() {
        if (!access.allowWrite()) {
            throw new ApiError(403, "writing is off on this server: it was started without --allow-write; nothing written "
                    + "(leave out write=true to get the diff)");
        }
    }
}
