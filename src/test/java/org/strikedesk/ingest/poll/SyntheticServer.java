package org.strikedesk.ingest.poll;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web server on this machine that publishes one synthetic figures file, with an ETag, answering 304 when the
 * client already has it; a test changes the file, or makes the server fail, between polls.
 */
final class SyntheticServer implements AutoCloseable {
    /** A request as it arrived. */
    record Request(String path, String ifNoneMatch) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile byte[] body = new byte[0];
    private volatile String etag = "\"v0\"";
    private volatile int failWith;
    private volatile String redirectTo;

    SyntheticServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Publishes new content under a new ETag. */
    void publish(byte[] content, String version) {
        body = content;
        etag = "\"" + version + "\"";
        failWith = 0;
        redirectTo = null;
    }

    void failWith(int status) {
        failWith = status;
    }

    void redirectTo(String location) {
        redirectTo = location;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(new Request(
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("If-None-Match")));
        try (exchange) {
            if (failWith != 0) {
                exchange.sendResponseHeaders(failWith, -1);
            } else if (redirectTo != null) {
                exchange.getResponseHeaders().set("Location", redirectTo);
                exchange.sendResponseHeaders(302, -1);
            } else if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
