package org.flopsheet.app.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may do what, decided when the server starts (as Jupyter does): the host names it answers to
 * (against DNS rebinding), the token that every import must carry, and whether an import may
 * rewrite a source at all.
 *
 * @param token       a secret created at start-up, printed on the console and embedded in the task pane page
 * @param allowWrite  whether {@code POST /api/import?write=true} may rewrite a source ({@code serve --allow-write})
 * @param hosts       the host names and addresses the server answers to, lower case, IPv6 without brackets
 */
public record Access(String token, boolean allowWrite, Set<String> hosts) {
    /** The names of this machine's loopback interface, always allowed. */
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    public Access {
        if (token == null || token.length() < 16) throw new IllegalArgumentException("a token has at least 16 characters");
        Set<String> all = new TreeSet<>(LOOPBACK);
        for (String h : hosts) all.add(normalize(h));
        hosts = Set.copyOf(all);
    }

    /** A fresh random token, writing off, loopback names only. */
    public static Access loopbackReadOnly() {
        return new Access(newToken(), false, Set.of());
    }

    public static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Access withWrite(boolean allow) { return new Access(token, allow, hosts); }

    public Access withHosts(Set<String> more) {
        Set<String> all = new TreeSet<>(hosts);
        all.addAll(more);
        return new Access(token, allowWrite, all);
    }

    /** Whether a Host header ({@code localhost:8080}, {@code [::1]:8080}) names this server. */
    boolean allowsHostHeader(String header) {
        if (header == null || header.isBlank()) return false;
        String h = header.strip();
        String name;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return false;
            name = h.substring(1, close);
        } else {
            int colon = h.lastIndexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
        }
        return hosts.contains(normalize(name));
    }

    private static String normalize(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
