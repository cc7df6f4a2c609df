package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Faults to inject on demand. REST faults match an HTTP method ({@code "*"} for any) and a regular
 * expression searched in the API-relative path without the query, e.g. {@code "/channels/\\d+/messages$"}
 * or {@code "/callback$"}. Counted faults apply to the next {@code times} matching requests.
 */
public final class Faults {
    enum Kind {
        RATE_LIMIT,
        SERVER_ERROR,
        LOST_RESPONSE,
        DELAY,
        HOLD
    }

    private static final class Rule {
        final Kind kind;
        final String method;
        final Pattern path;
        final int value;
        final Hold hold;
        int remaining;

        Rule(Kind kind, String method, String pathRegex, int times, int value) {
            this(kind, method, pathRegex, times, value, null);
        }

        Rule(Kind kind, String method, String pathRegex, int times, int value, Hold hold) {
            this.kind = kind;
            this.hold = hold;
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = Pattern.compile(pathRegex);
            this.remaining = times;
            this.value = value;
        }

        boolean matches(SimRequest request) {
            return remaining > 0
                    && ("*".equals(method) || method.equals(request.method))
                    && path.matcher(request.path).find();
        }
    }

    /** What to do to one request: wait first, then maybe answer with a fault instead of the route. */
    record Decision(long delayMillis, SimResponse replacement, boolean lostResponse, List<Hold> holds) {}

    private final List<Rule> rules = new ArrayList<>();
    private final GatewayServer gateway;

    Faults(GatewayServer gateway) {
        this.gateway = gateway;
    }

    /**
     * Answers the next {@code times} matching requests with 429, {@code Retry-After} (header and body
     * {@code retry_after}), {@code global: false} and {@code X-RateLimit-Scope: user}.
     */
    public synchronized Faults rateLimit(String method, String pathRegex, int times, int retryAfterSeconds) {
        rules.add(new Rule(Kind.RATE_LIMIT, method, pathRegex, times, retryAfterSeconds));
        return this;
    }

    /** Answers the next {@code times} matching requests with the given 5xx status, before handling them. */
    public synchronized Faults serverError(String method, String pathRegex, int times, int status) {
        rules.add(new Rule(Kind.SERVER_ERROR, method, pathRegex, times, status));
        return this;
    }

    /**
     * Handles the next {@code times} matching requests normally but answers 502, as when a proxy loses
     * the response: the side effect happened, the bot cannot know. Pairs with nonce de-duplication.
     */
    public synchronized Faults lostResponse(String method, String pathRegex, int times) {
        rules.add(new Rule(Kind.LOST_RESPONSE, method, pathRegex, times, 502));
        return this;
    }

    /** Delays every matching request by {@code millis} until {@link #clear()}. */
    public synchronized Faults delay(String method, String pathRegex, long millis) {
        rules.add(new Rule(Kind.DELAY, method, pathRegex, Integer.MAX_VALUE, (int) millis));
        return this;
    }

    /**
     * Holds every matching request, unanswered, until {@link Hold#release()}: a request the test can see arrive and
     * keep under way for as long as it needs.
     */
    public synchronized Hold hold(String method, String pathRegex) {
        Hold hold = new Hold();
        rules.add(new Rule(Kind.HOLD, method, pathRegex, Integer.MAX_VALUE, 0, hold));
        return hold;
    }

    /** Closes the gateway connection without a close frame; the bot should RESUME. */
    public void dropGateway() {
        gateway.dropConnection();
    }

    /** Sends INVALID_SESSION ({@code d: false}); the bot must IDENTIFY afresh. */
    public void invalidateSession() {
        gateway.invalidateSession();
    }

    /** Sends op 7 RECONNECT; the bot should reconnect and RESUME. */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    public synchronized void clear() {
        rules.clear();
    }

    synchronized Decision decide(SimRequest request) {
        long delay = 0;
        List<Hold> holds = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.kind == Kind.DELAY && rule.matches(request)) {
                delay += rule.value;
            }
            if (rule.kind == Kind.HOLD && rule.matches(request)) {
                holds.add(rule.hold);
            }
        }
        for (Rule rule : rules) {
            if (rule.kind != Kind.DELAY && rule.kind != Kind.HOLD && rule.matches(request)) {
                rule.remaining--;
                return switch (rule.kind) {
                    case RATE_LIMIT -> new Decision(delay, rateLimited(rule.value), false, holds);
                    case SERVER_ERROR -> new Decision(delay, serverError(rule.value), false, holds);
                    default -> new Decision(delay, serverError(rule.value), true, holds);
                };
            }
        }
        return new Decision(delay, null, false, holds);
    }

    private static SimResponse rateLimited(int retryAfterSeconds) {
        ObjectNode body = Json.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", (double) retryAfterSeconds)
                .put("global", false);
        return SimResponse.status(429, body)
                .header("Retry-After", Integer.toString(retryAfterSeconds))
                .header("X-RateLimit-Scope", "user")
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset-After", retryAfterSeconds + ".000");
    }

    private static SimResponse serverError(int status) {
        return SimResponse.status(
                status, Json.object().put("message", "Server error (injected)").put("code", 0));
    }
}
