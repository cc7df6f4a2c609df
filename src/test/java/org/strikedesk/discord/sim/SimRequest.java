package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A parsed REST request. {@code path} is relative to the API base ({@code /channels/1/messages}),
 * without the query. For multipart requests {@code body} is the parsed {@code payload_json}.
 */
final class SimRequest {
    final String method;
    /** True for {@code /api/v10/...} requests; {@link #path} is then relative to that prefix. */
    final boolean api;

    final String path;
    final Map<String, String> query;
    final String authorization;
    final JsonNode body;
    final List<UploadedFile> files;
    /** When it reached the simulator: Discord times an interaction's answer by when it arrives, not when it is done. */
    final Instant arrived = Instant.now();
    /** The same moment by the monotonic clock, {@link System#nanoTime()}, for timings finer than a millisecond. */
    final long arrivedNanos = System.nanoTime();

    private Map<String, String> params = Map.of();

    SimRequest(
            String method,
            boolean api,
            String path,
            Map<String, String> query,
            String authorization,
            JsonNode body,
            List<UploadedFile> files) {
        this.method = method;
        this.api = api;
        this.path = path;
        this.query = Map.copyOf(query);
        this.authorization = authorization;
        this.body = body;
        this.files = List.copyOf(files);
    }

    /** A path parameter captured by the route template, e.g. {@code param("channel")}. */
    String param(String name) {
        return params.get(name);
    }

    void params(Map<String, String> captured) {
        this.params = Map.copyOf(captured);
    }

    boolean queryFlag(String name) {
        return "true".equalsIgnoreCase(query.get(name));
    }

    /** The JSON body, or an empty object when the request had none (e.g. a GET). */
    JsonNode json() {
        return body == null ? Json.object() : body;
    }

    String describe() {
        return method + " " + path;
    }
}
