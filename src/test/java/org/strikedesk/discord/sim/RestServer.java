package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST side: a JDK HTTP server on a free loopback port (or the one the test chose). It records every request and response,
 * applies injected faults, dispatches to registered routes and answers unknown routes with a JSON
 * 404 that is also recorded as unhandled, so gaps in the simulator are visible.
 */
final class RestServer implements AutoCloseable {
    static final String API_PREFIX = "/api/v10";
    /** The status recorded for a request the simulator closed without answering. */
    static final int NO_ANSWER = 0;

    /** Handles one request matched by a route template. */
    interface Handler {
        SimResponse handle(SimRequest request) throws IOException;
    }

    private record Route(String method, String template, Pattern pattern, List<String> names, boolean api, Handler h) {}

    private final List<Route> routes = new ArrayList<>();
    private final AtomicInteger unlogged = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService executor;
    private final String token;
    private final WireLog wireLog;
    private final Findings findings;
    private final Faults faults;
    private final RateLimits rateLimits;

    RestServer(String token, int port, WireLog wireLog, Findings findings, Faults faults, RateLimits rateLimits) {
        this.token = token;
        this.rateLimits = rateLimits;
        this.wireLog = wireLog;
        this.findings = findings;
        this.faults = faults;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "discord-sim-rest");
            t.setDaemon(true);
            return t;
        });
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    /** Registers an API route; {@code template} uses {@code {name}} placeholders, e.g. {@code /channels/{channel}}. */
    void route(String method, String template, Handler handler) {
        add(method, template, true, handler);
    }

    /** Registers a route outside {@code /api/v10} (the CDN-like attachment downloads); no auth needed. */
    void publicRoute(String method, String template, Handler handler) {
        add(method, template, false, handler);
    }

    private void add(String method, String template, boolean api, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, api, handler));
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) {
        Instant arrived = Instant.now();
        try {
            SimRequest request = read(exchange);
            Faults.Decision decision = faults.decide(request);
            decision.holds().forEach(Hold::hold);
            pause(decision.delayMillis());
            Optional<SimResponse> response;
            // A handled request changes the world before its record is written; awaitLogged() waits out that gap.
            unlogged.incrementAndGet();
            try {
                SimResponse routed = decision.handled() ? dispatch(request) : null;
                // Without an answer, closing the exchange closes the connection: the client reads no response.
                response = decision.answered()
                        ? Optional.of(decision.replacement() != null ? decision.replacement() : routed)
                        : Optional.empty();
                wireLog.add(
                        WireRecord.Direction.IN,
                        WireRecord.Transport.REST,
                        request.method,
                        request.path,
                        exchange.getRequestURI().getRawQuery(),
                        response.map(r -> r.status).orElse(NO_ANSWER),
                        request.body,
                        request.authorization,
                        request.files,
                        arrived);
            } finally {
                unlogged.decrementAndGet();
            }
            if (response.isPresent()) {
                write(exchange, request, response.get());
            }
        } catch (IOException | RuntimeException e) {
            findings.unhandled(
                    "simulator failure on " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
        } finally {
            exchange.close();
        }
    }

    /**
     * Waits, up to {@code timeout}, until no answered request is still waiting for its record: a test that saw a
     * request's effect (a stored message) then finds the request in the wire log.
     */
    void awaitLogged(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unlogged.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private SimResponse dispatch(SimRequest request) throws IOException {
        for (Route route : routes) {
            Matcher m = route.pattern.matcher(request.path);
            if (route.api == request.api && route.method.equals(request.method) && m.matches()) {
                if (request.api && !isAuthorized(request, route)) {
                    return SimResponse.error(401, 0, "401: Unauthorized");
                }
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names.size(); i++) {
                    params.put(route.names.get(i), URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
                }
                request.params(params);
                RateLimits.Admission admission = rateLimits.admit(
                        route.method + " " + route.template, resource(params), isInteraction(route), Instant.now());
                if (admission.refusal().isPresent()) {
                    return admission.refusal().get();
                }
                SimResponse response = route.h.handle(request);
                admission.headers().forEach(response.headers::putIfAbsent);
                return response;
            }
        }
        findings.unhandled(request.describe());
        return SimResponse.error(404, 0, "404: Not Found (no simulator route for " + request.describe() + ")");
    }

    /** Interaction callbacks and webhooks are authenticated by their token, like on Discord. */
    private boolean isAuthorized(SimRequest request, Route route) {
        return isInteraction(route) || ("Bot " + token).equals(request.authorization);
    }

    private static boolean isInteraction(Route route) {
        return route.template.startsWith("/interactions/") || route.template.startsWith("/webhooks/");
    }

    /** The top-level resource a route's limit is counted per: its channel, guild, or webhook token. */
    private static String resource(Map<String, String> params) {
        for (String name : List.of("channel", "guild", "token")) {
            if (params.containsKey(name)) {
                return params.get(name);
            }
        }
        return "";
    }

    private SimRequest read(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body;
        List<UploadedFile> files = List.of();
        if (Multipart.isMultipart(contentType)) {
            Multipart.Parsed parsed = Multipart.parse(bytes, contentType);
            body = parsed.payload();
            files = parsed.files();
        } else {
            body = Json.parse(bytes);
        }
        String path = exchange.getRequestURI().getRawPath();
        boolean api = path.startsWith(API_PREFIX + "/");
        return new SimRequest(
                exchange.getRequestMethod(),
                api,
                api ? path.substring(API_PREFIX.length()) : path,
                query(exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body,
                files);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&", -1)) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                query.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private void write(HttpExchange exchange, SimRequest request, SimResponse response) throws IOException {
        rateLimitHeaders(response);
        response.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean binary = response.body != null && response.body.isBinary();
        byte[] bytes = response.body == null ? null : binary ? response.body.binaryValue() : Json.bytes(response.body);
        JsonNode logged = binary ? Json.object().put("binary_bytes", bytes.length) : response.body;
        wireLog.add(
                WireRecord.Direction.OUT,
                WireRecord.Transport.REST,
                request.method,
                request.path,
                exchange.getRequestURI().getRawQuery(),
                response.status,
                logged,
                null,
                List.of(),
                Instant.now());
        if (bytes == null) {
            exchange.sendResponseHeaders(response.status, -1);
            return;
        }
        String type = binary ? response.headers.get("Content-Type") : "application/json";
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(response.status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * JDA treats a 429 without a {@code Via} header as a Cloudflare ban that stops every route, so every answer
     * carries one, as Discord's do.
     */
    private static void rateLimitHeaders(SimResponse response) {
        response.headers.putIfAbsent("Via", "1.1 google");
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis); // the injected slowness itself, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
