package org.flopsheet.app.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The parameters of a URL's query string ({@code sheet=finveden&write=true}). */
final class Query {
    private Query() {}

    static Map<String, String> parse(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return out;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (out.putIfAbsent(key, value) != null) throw ApiError.badRequest("the parameter '" + key + "' is given twice");
        }
        return out;
    }

    /** A yes/no parameter: absent or false is no, true (or empty, as in {@code ?write}) is yes. */
    static boolean flag(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.equalsIgnoreCase("false")) return false;
        if (value.isEmpty() || value.equalsIgnoreCase("true")) return true;
        throw ApiError.badRequest("'" + name + "' is true or false, not '" + value + "'");
    }
}
