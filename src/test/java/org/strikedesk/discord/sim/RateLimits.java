package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Discord's rate limits as a bot meets them (docs {@code topics/rate-limits.mdx}): a bucket per route and top-level
 * resource (channel, guild, or webhook and token), counted in fixed windows and told in {@code X-RateLimit-Limit},
 * {@code -Remaining} (an integer), {@code -Reset} (epoch seconds), {@code -Reset-After} (seconds, with decimals) and
 * {@code -Bucket} (a hash that leaves the resource out) on every answer; and the global limit of 50 requests a second
 * over every route but the interaction ones ("not bound to the application's Global Rate Limit"). A request over a
 * limit gets 429 with {@code retry_after} in the body, an integer {@code Retry-After} and {@code X-RateLimit-Scope}
 * ({@code user} for a route, {@code global} with {@code X-RateLimit-Global} for the global limit), as JDA needs them
 * (JDA {@code api/requests/SequentialRestRateLimiter}, {@code internal/requests/Requester}). The numbers per route are
 * the simulator's choice: Discord says to read them from the headers, never to hard-code them.
 */
final class RateLimits {
    /** Requests allowed per window. */
    record Limit(int requests, Duration window) {}

    /** Requests to one route and resource per window, unless a route has its own. */
    static final Limit DEFAULT = new Limit(50, Duration.ofSeconds(1));
    /** What Discord is seen to allow for creating and editing messages in one channel. */
    static final Limit CHANNEL_MESSAGES = new Limit(5, Duration.ofSeconds(5));

    private static final class Window {
        Instant start = Instant.EPOCH;
        int used;

        Duration left(Instant now, Limit limit) {
            return Duration.between(now, start.plus(limit.window()));
        }
    }

    private final Map<String, Limit> routes = new LinkedHashMap<>();
    private final Map<String, Window> windows = new HashMap<>();
    private final Window global = new Window();
    private final Limit globalLimit;
    private final Map<String, Integer> tooMany = new LinkedHashMap<>();

    RateLimits(int globalPerSecond, Map<String, Limit> routeLimits) {
        this.globalLimit = new Limit(globalPerSecond, Duration.ofSeconds(1));
        routes.put("POST /channels/{channel}/messages", CHANNEL_MESSAGES);
        routes.put("PATCH /channels/{channel}/messages/{message}", CHANNEL_MESSAGES);
        routes.put("DELETE /channels/{channel}/messages/{message}", CHANNEL_MESSAGES);
        routes.putAll(routeLimits);
    }

    /**
     * Counts one request and says how it stands: the headers to answer with, or the 429 to answer instead.
     *
     * @param route {@code METHOD /template}
     * @param resource the top-level resource's id (channel, guild, webhook token), or empty
     * @param interaction whether the route belongs to an interaction, which the global limit leaves out
     */
    synchronized Admission admit(String route, String resource, boolean interaction, Instant now) {
        Limit limit = routes.getOrDefault(route, DEFAULT);
        Window window = windows.computeIfAbsent(route + " " + resource, k -> new Window());
        String bucket = Integer.toHexString(route.hashCode());
        if (!interaction) {
            roll(global, globalLimit, now);
            if (global.used >= globalLimit.requests()) {
                return refuse("global", global.left(now, globalLimit), bucket, limit, window, now);
            }
            global.used++;
        }
        roll(window, limit, now);
        if (window.used >= limit.requests()) {
            return refuse("user", window.left(now, limit), bucket, limit, window, now);
        }
        window.used++;
        return new Admission(Optional.empty(), headers(bucket, limit, window, now));
    }

    /** The 429s answered so far, by scope ({@code user}, {@code global}, {@code shared}). */
    synchronized Map<String, Integer> tooMany() {
        return Map.copyOf(tooMany);
    }

    /** Counts a 429 answered for another reason (an injected fault). */
    synchronized void counted(String scope) {
        tooMany.merge(scope, 1, Integer::sum);
    }

    /** How a request stands: refused with a 429, or let through with these headers. */
    record Admission(Optional<SimResponse> refusal, Map<String, String> headers) {}

    private static void roll(Window window, Limit limit, Instant now) {
        if (!now.isBefore(window.start.plus(limit.window()))) {
            window.start = now;
            window.used = 0;
        }
    }

    private Admission refuse(String scope, Duration wait, String bucket, Limit limit, Window window, Instant now) {
        tooMany.merge(scope, 1, Integer::sum);
        SimResponse response = tooManyRequests(scope, wait);
        headers(bucket, limit, window, now).forEach(response.headers::putIfAbsent);
        return new Admission(Optional.of(response), Map.of());
    }

    /** Discord's 429: body {@code message, retry_after, global}, an integer {@code Retry-After}, the scope. */
    static SimResponse tooManyRequests(String scope, Duration wait) {
        double seconds = Math.max(0.001, wait.toMillis() / 1000.0);
        ObjectNode body = Json.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", seconds)
                .put("global", scope.equals("global"));
        SimResponse response = SimResponse.status(429, body)
                .header("Retry-After", Long.toString((long) Math.ceil(seconds)))
                .header("X-RateLimit-Scope", scope);
        if (scope.equals("global")) {
            response.header("X-RateLimit-Global", "true");
        }
        return response;
    }

    private static Map<String, String> headers(String bucket, Limit limit, Window window, Instant now) {
        Duration left = window.left(now, limit);
        Instant reset = window.start.plus(limit.window());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", Integer.toString(limit.requests()));
        headers.put("X-RateLimit-Remaining", Integer.toString(Math.max(0, limit.requests() - window.used)));
        headers.put("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", reset.toEpochMilli() / 1000.0));
        headers.put(
                "X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", Math.max(0, left.toMillis()) / 1000.0));
        headers.put("X-RateLimit-Bucket", bucket);
        return headers;
    }
}
