package org.strikedesk.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.poll.PollState;

/**
 * {@code GET /healthz}: 200 when the bot is connected to Discord's gateway and its store answers, 503 otherwise, with
 * a JSON body an uptime monitor or a person can read: the checks, the last import, the posts waiting and failed, the
 * polled URLs that are failing and the last scheduled backup. Served by the JDK's own HTTP server, on one thread.
 */
public final class HealthServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
    /** A store that takes longer than this to answer a few counts is not answering, as far as a monitor cares. */
    static final Duration STORE_TIMEOUT = Duration.ofSeconds(5);

    private final HttpServer server;
    private final ExecutorService handler;
    private final HealthBackend backend;
    private final ObjectMapper json = new ObjectMapper();

    private HealthServer(HttpServer server, ExecutorService handler, HealthBackend backend) {
        this.server = server;
        this.handler = handler;
        this.backend = backend;
    }

    /** Starts serving at {@code address}; port 0 takes any free port ({@link #address()} says which). */
    public static HealthServer start(InetSocketAddress address, HealthBackend backend) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService handler = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "strikedesk-health");
            thread.setDaemon(true);
            return thread;
        });
        HealthServer health = new HealthServer(server, handler, backend);
        server.createContext("/", health::serve);
        server.setExecutor(handler);
        server.start();
        log.info(
                "Health endpoint at http://{}:{}/healthz",
                address.getHostString(),
                health.address().getPort());
        return health;
    }

    /** Where it listens. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        handler.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!exchange.getRequestURI().getPath().equals("/healthz")) {
                send(exchange, 404, json.createObjectNode().put("error", "not found; ask /healthz"));
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, json.createObjectNode().put("error", "only GET and HEAD"));
            } else {
                ObjectNode body = report();
                send(exchange, body.path("status").asText().equals("ok") ? 200 : 503, body);
            }
        }
    }

    /** The checks and what the store says; a store that fails or takes too long makes the report "unavailable". */
    ObjectNode report() {
        ObjectNode body = json.createObjectNode();
        boolean connected = backend.gatewayConnected();
        body.put("status", "ok");
        body.put("gateway", connected ? "connected" : "not connected");
        try {
            StoreHealth store =
                    CompletableFuture.supplyAsync(backend::store).get(STORE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            body.put("store", "answering");
            describe(body, store);
        } catch (ExecutionException e) {
            body.put("store", "not answering: " + e.getCause().getMessage());
            log.warn("The health check could not read the store", e.getCause());
        } catch (TimeoutException e) {
            body.put("store", "not answering within " + STORE_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            body.put("store", "not checked: stopping");
        }
        if (!connected || !body.path("store").asText().equals("answering")) {
            body.put("status", "unavailable");
        }
        return body;
    }

    private void describe(ObjectNode body, StoreHealth store) {
        ObjectNode lastImport = body.putObject("lastImport");
        store.lastImport().ifPresentOrElse(record -> describe(lastImport, record), () -> body.putNull("lastImport"));
        body.putObject("posts").put("waiting", store.postsWaiting()).put("failed", store.postsFailed());
        ArrayNode failing = body.putArray("pollFailing");
        for (PollState state : store.pollFailing()) {
            ObjectNode url = failing.addObject()
                    .put("url", state.url())
                    .put("failures", state.failures())
                    .put("reason", state.failureReason());
            url.put(
                    "since",
                    state.failingSince() == null ? null : state.failingSince().toString());
        }
        store.lastBackup()
                .ifPresentOrElse(
                        backup -> body.putObject("lastBackup")
                                .put("file", backup.file().toString())
                                .put("at", backup.at().toString()),
                        () -> body.putNull("lastBackup"));
    }

    private static void describe(ObjectNode node, ImportRecord record) {
        node.put("file", record.arrival().file())
                .put("route", record.arrival().route().label())
                .put("outcome", record.outcome().id())
                .put("at", record.arrival().at().toString());
    }

    private void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
