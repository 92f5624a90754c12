package org.flopsheet.app.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flopsheet.engine.compile.Evaluation;
import org.flopsheet.engine.compile.Sheet;

/** Every URL the server answers, and the JSON error for everything else. */
final class Routes implements HttpHandler {
    private static final Pattern SHEET = Pattern.compile("/api/sheets/([^/]+)(/evaluate|/simulate|/workbook\\.xlsx)?");

    private final SheetDirectory directory;
    private final StaticFiles files;
    private final Limits limits;
    private final String scheme;
    private final RequestGuard guard;
    private final PathScrubber paths;
    private final Semaphore workers;

    Routes(SheetDirectory directory, Limits limits, boolean tls, Access access) {
        this.directory = directory;
        this.files = new StaticFiles(directory, access.token());
        this.limits = limits;
        this.scheme = tls ? "https" : "http";
        this.guard = new RequestGuard(access, scheme);
        this.paths = new PathScrubber(directory.dir());
        this.workers = new Semaphore(limits.workers(), true);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            guard.checkHost(exchange);
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) guard.checkSameOrigin(exchange);
            route(exchange);
        } catch (ApiError e) {
            drain(exchange);
            Exchanges.sendError(exchange, e.status, paths.scrub(e.getMessage()));
        } catch (RuntimeException e) {
            drain(exchange);
            Exchanges.sendError(exchange, 500, paths.scrub("internal error: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/health")) {
            allow(method, "GET");
            SheetDirectory.Snapshot now = directory.snapshot();
            Map<String, Object> health = new LinkedHashMap<>();
            health.put("status", "ok");
            health.put("sheets", now.sheets().size());
            health.put("broken", now.broken().size());
            Exchanges.sendJson(exchange, 200, health);
        } else if (path.equals("/api/sheets")) {
            allow(method, "GET");
            SheetDirectory.Snapshot now = directory.snapshot();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sheets", now.sheets().values().stream().map(SheetJson::summary).toList());
            json.put("broken", now.broken().stream().map(b -> new SheetDirectory.Broken(b.file(), paths.scrub(b.error()))).toList());
            Exchanges.sendJson(exchange, 200, json);
        } else if (path.equals("/api/import")) {
            allow(method, "POST");
            guard.checkToken(exchange);
            Map<String, String> query = Query.parse(exchange.getRequestURI().getRawQuery());
            String sheet = query.get("sheet");
            boolean write = Query.flag(query, "write");
            if (write) guard.checkWrite();
            byte[] workbook = Exchanges.body(exchange, limits.maxWorkbookBytes());
            Exchanges.sendJson(exchange, 200, bounded(() -> ImportRoute.run(directory, sheet, write, workbook)));
        } else if (WhatIfRoute.matches(path)) {
            WhatIfRoute.handle(exchange, this::sheet, limits);
        } else if (path.startsWith("/api/")) {
            Matcher m = SHEET.matcher(path);
            if (!m.matches()) throw ApiError.notFound("no such API endpoint: " + path + "; see GET /api/sheets");
            Sheet sheet = sheet(m.group(1));
            String action = m.group(2);
            if (action == null) {
                allow(method, "GET");
                Exchanges.sendJson(exchange, 200, SheetJson.detail(sheet));
            } else if (action.equals("/evaluate")) {
                allow(method, "POST");
                evaluate(exchange, sheet);
            } else if (action.equals("/simulate")) {
                allow(method, "POST");
                Exchanges.sendJson(exchange, 200, SimulateRoute.run(sheet, Exchanges.body(exchange, limits.maxBodyBytes())));
            } else {
                allow(method, "GET");
                byte[] workbook = bounded(() -> LiveWorkbook.bytes(sheet));
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + sheet.name() + ".xlsx\"");
                Exchanges.send(exchange, 200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
            }
        } else if (path.equals("/")) {
            allow(method, "GET");
            exchange.getResponseHeaders().set("Location", "/taskpane/taskpane.html");
            Exchanges.send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
        } else {
            allow(method, "GET");
            String origin = scheme + "://" + exchange.getRequestHeaders().getFirst("Host").strip();
            StaticFiles.File file = files.get(path, origin);
            if (file == null) throw ApiError.notFound("no such file: " + path);
            Exchanges.send(exchange, 200, file.contentType(), file.bytes());
        }
    }

    private void evaluate(HttpExchange exchange, Sheet sheet) throws IOException, InterruptedException {
        byte[] body = Exchanges.body(exchange, limits.maxBodyBytes());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sheet", sheet.name());
        bounded(() -> {
            EvaluateRequest.Request request = EvaluateRequest.read(sheet, body, limits);
            List<Map<String, Object>> values = new ArrayList<>(request.rows().size());
            List<Map<String, Object>> spreads = new ArrayList<>(request.rows().size());
            for (EvaluateRequest.Row row : request.rows()) {
                if (row.values() != null) sheet.run(row.slots(), row.values());
                else sheet.run(row.slots());
                values.add(SheetJson.values(new Evaluation(sheet, row.slots(), row.values())));
                if (!request.simulates(row)) {
                    spreads.add(null);
                    continue;
                }
                try {
                    spreads.add(SheetJson.percentiles(sheet, request.spread().run(sheet, row.numbers(), row.distributions()), row.slots()));
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest(e.getMessage());
                }
            }
            json.put("rows", values);
            if (request.spread() != null) {
                json.put("samples", request.spread().samples());
                json.put("seed", request.spread().seed());
                json.put("percentiles", spreads);
            }
            return json;
        });
        Exchanges.sendJson(exchange, 200, json);
    }

    /** Work that computes (after the request was read): at most {@code limits.workers()} at once, the others wait their turn. */
    private <T> T bounded(Work<T> work) throws IOException, InterruptedException {
        workers.acquire();
        try {
            return work.run();
        } finally {
            workers.release();
        }
    }

    @FunctionalInterface
    private interface Work<T> { T run() throws IOException; }

    private Sheet sheet(String id) {
        SheetDirectory.Snapshot now = directory.snapshot();
        Sheet sheet = now.sheet(id);
        if (sheet != null) return sheet;
        for (SheetDirectory.Broken b : now.broken()) {
            if (b.file().equals(id + ".flop")) throw new ApiError(409, "sheet '" + id + "' does not compile: " + paths.scrub(b.error()));
        }
        throw ApiError.notFound("no sheet '" + id + "'; the sheets are: " + String.join(", ", now.sheets().keySet()));
    }

    private static void allow(String method, String allowed) {
        if (method.equals(allowed) || (allowed.equals("GET") && method.equals("HEAD"))) return;
        throw new ApiError(405, method + " is not allowed here; use " + allowed);
    }

    /** Reads what is left of a refused request so the connection can be reused. */
    private static void drain(HttpExchange exchange) {
        try {
            exchange.getRequestBody().skip(1 << 20);
        } catch (IOException ignored) {
            // the client is gone or sent garbage; the response still goes out
        }
    }
}
