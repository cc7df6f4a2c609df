package org.strikedesk.ingest.poll;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on this machine that answers each path as a test tells it to (a file with an ETag, a redirect, a
 * failure; anything else is 404) and records every request it gets, whatever the path.
 */
final class RecordingServer implements AutoCloseable {
    /**
     * A request as it arrived.
     *
     * @param method the HTTP method
     * @param target the path and query, as sent
     * @param host the Host header
     */
    record Request(String method, String target, String host) {}

    /** How a path is answered. */
    // Compared by no one, so the bytes may stay an array.
    @SuppressWarnings("ArrayRecordComponent")
    private record Answer(int status, byte[] body, String etag, String location) {}

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The URL of {@code target} by address. */
    String url(String target) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + target;
    }

    /** The URL of {@code target} by name. */
    String urlByName(String target) {
        return "http://localhost:" + server.getAddress().getPort() + target;
    }

    /** Serves {@code body} at {@code target} with an ETag (304 when the client has it), or none when null. */
    void serve(String target, byte[] body, String etag) {
        answers.put(target, new Answer(200, body, etag, null));
    }

    void redirect(String target, int status, String location) {
        answers.put(target, new Answer(status, new byte[0], null, location));
    }

    void fail(String target, int status) {
        answers.put(target, new Answer(status, new byte[0], null, null));
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String target = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
        requests.add(new Request(
                exchange.getRequestMethod(),
                target,
                exchange.getRequestHeaders().getFirst("Host")));
        Answer answer = answers.getOrDefault(target, new Answer(404, new byte[0], null, null));
        try (exchange) {
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            if (answer.etag() != null) {
                exchange.getResponseHeaders().set("ETag", answer.etag());
                if (answer.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (answer.body().length == 0) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
