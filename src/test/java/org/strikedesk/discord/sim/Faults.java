package org.strikedesk.discord.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Faults to inject on demand. REST faults match an HTTP method ({@code "*"} for any) and a regular
 * expression searched in the API-relative path without the query, e.g. {@code "/channels/\\d+/messages$"}
 * or {@code "/callback$"}. Counted faults apply to the next {@code times} matching requests.
 */
public final class Faults {
    enum Kind {
        RATE_LIMIT,
        SHARED_RATE_LIMIT,
        SERVER_ERROR,
        ERROR,
        NO_ANSWER,
        HOLD,
        LOST_RESPONSE,
        DELAY
    }

    private static final class Rule {
        final Kind kind;
        final String method;
        final Pattern path;
        final int value;
        final int code;
        final Hold hold;
        int remaining;

        Rule(Kind kind, String method, String pathRegex, int times, int value) {
            this(kind, method, pathRegex, times, value, 0);
        }

        Rule(Kind kind, String method, String pathRegex, int times, int value, int code) {
            this(kind, method, pathRegex, times, value, code, null);
        }

        Rule(Kind kind, String method, String pathRegex, int times, int value, int code, Hold hold) {
            this.kind = kind;
            this.hold = hold;
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = Pattern.compile(pathRegex);
            this.remaining = times;
            this.value = value;
            this.code = code;
        }

        boolean matches(SimRequest request) {
            return remaining > 0
                    && ("*".equals(method) || method.equals(request.method))
                    && path.matcher(request.path).find();
        }
    }

    /**
     * What to do to one request: wait first; whether to carry it out; then answer with the route's answer (no
     * replacement), a fault's, or none at all ({@code answered} false: the connection closes without a response).
     */
    record Decision(long delayMillis, boolean handled, SimResponse replacement, boolean answered, List<Hold> holds) {
        static Decision route(long delayMillis, List<Hold> holds) {
            return new Decision(delayMillis, true, null, true, holds);
        }

        static Decision instead(long delayMillis, SimResponse answer, List<Hold> holds) {
            return new Decision(delayMillis, false, answer, true, holds);
        }
    }

    /** Random faults on a share of matching requests, drawn from a seeded generator. */
    private record Chaos(String method, Pattern path, double rate, Random random) {
        boolean hits(SimRequest request) {
            return ("*".equals(method) || method.equals(request.method))
                    && path.matcher(request.path).find()
                    && random.nextDouble() < rate;
        }
    }

    private Chaos chaos;
    private final Map<String, Integer> injected = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Map<Rule, String> messages = new HashMap<>();
    private final List<Outage> outages = new ArrayList<>();
    private final GatewayServer gateway;
    private final RateLimits rateLimits;

    Faults(GatewayServer gateway, RateLimits rateLimits) {
        this.gateway = gateway;
        this.rateLimits = rateLimits;
    }

    /**
     * Answers the next {@code times} matching requests with 429, {@code Retry-After} (header and body
     * {@code retry_after}), {@code global: false} and {@code X-RateLimit-Scope: user}.
     */
    public synchronized Faults rateLimit(String method, String pathRegex, int times, int retryAfterSeconds) {
        rules.add(new Rule(Kind.RATE_LIMIT, method, pathRegex, times, retryAfterSeconds));
        return this;
    }

    /**
     * Answers the next {@code times} matching requests with 429 and {@code X-RateLimit-Scope: shared}: a limit on
     * the resource itself, shared by everyone using it, which a bot cannot foresee from its own headers (docs
     * {@code topics/rate-limits.mdx}; such 429s do not count towards the invalid-request limit).
     */
    public synchronized Faults sharedRateLimit(String method, String pathRegex, int times, int retryAfterSeconds) {
        rules.add(new Rule(Kind.SHARED_RATE_LIMIT, method, pathRegex, times, retryAfterSeconds));
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

    /**
     * Answers the next {@code times} matching requests with one of Discord's JSON errors ({@code {"message",
     * "code"}}, docs {@code topics/opcodes-and-status-codes.mdx}), before handling them: e.g. 400 / 50035 Invalid
     * Form Body, 403 / 50001 Missing Access, 404 / 10003 Unknown Channel. Use a large {@code times} for an error
     * that does not heal.
     */
    public synchronized Faults error(String method, String pathRegex, int times, int status, int code, String message) {
        Rule rule = new Rule(Kind.ERROR, method, pathRegex, times, status, code);
        rules.add(rule);
        messages.put(rule, message);
        return this;
    }

    /**
     * Closes the connection without any answer for the next {@code times} matching requests, as when a proxy gives up
     * on a slow request: the client sees an I/O error, not a status. With {@code handled}, the request was carried
     * out first, so the bot cannot know whether it took effect.
     */
    public synchronized Faults noAnswer(String method, String pathRegex, int times, boolean handled) {
        rules.add(new Rule(Kind.NO_ANSWER, method, pathRegex, times, handled ? 1 : 0));
        return this;
    }

    /**
     * From now on (until {@link #clear()}), answers about {@code rate} of the matching requests with a fault drawn
     * from a generator seeded with {@code seed}: of every ten, one 429 (scope user, one second, which JDA waits out),
     * one 503 (which JDA retries after half a second), four 500s (which JDA does not retry), and four with no answer
     * at all, half of them after the request was carried out. {@link #injected()} counts them.
     */
    public synchronized Faults chaos(String method, String pathRegex, double rate, long seed) {
        chaos = new Chaos(method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), rate, new Random(seed));
        return this;
    }

    /** The faults {@link #chaos} injected so far, by kind: {@code 429}, {@code 500}, {@code 503}, {@code no answer}. */
    public synchronized Map<String, Integer> injected() {
        return Map.copyOf(injected);
    }

    private Decision chaotic(long delay, List<Hold> holds) {
        int pick = chaos.random().nextInt(10);
        String kind = pick == 0 ? "429" : pick == 1 ? "503" : pick < 6 ? "500" : "no answer";
        injected.merge(kind, 1, Integer::sum);
        if (pick == 0) {
            return Decision.instead(delay, rateLimited("user", 1), holds);
        } else if (pick == 1) {
            return Decision.instead(delay, serverError(503), holds);
        } else if (pick < 6) {
            return Decision.instead(delay, serverError(500), holds);
        }
        return new Decision(delay, pick >= 8, null, false, holds);
    }

    /**
     * Holds every matching request, unanswered, until {@link Hold#release()}: a request the test can see arrive and
     * keep under way for as long as it needs.
     */
    public synchronized Hold hold(String method, String pathRegex) {
        Hold hold = new Hold();
        rules.add(new Rule(Kind.HOLD, method, pathRegex, Integer.MAX_VALUE, 0, 0, hold));
        return hold;
    }

    /** Delays every matching request by {@code millis} until {@link #clear()}. */
    public synchronized Faults delay(String method, String pathRegex, long millis) {
        rules.add(new Rule(Kind.DELAY, method, pathRegex, Integer.MAX_VALUE, (int) millis));
        return this;
    }

    /** Closes the gateway connection without a close frame; the bot should RESUME. */
    public void dropGateway() {
        gateway.dropConnection();
    }

    /**
     * The gateway becomes unreachable until the returned outage is closed: the bot's connection drops, its
     * reconnections get no answer, and what happens meanwhile (interactions users create) waits in its session, to
     * be replayed on RESUME when the outage ends, as Discord replays missed dispatches (docs
     * {@code events/gateway.mdx}, "Resuming"). Interactions handed over then are as old as the outage.
     */
    public Outage gatewayOutage() {
        gateway.beginOutage();
        Outage outage = gateway::endOutage;
        synchronized (this) {
            outages.add(outage);
        }
        return outage;
    }

    /** An outage in progress; closing it ends it. */
    @FunctionalInterface
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    /** Sends INVALID_SESSION ({@code d: false}); the bot must IDENTIFY afresh. */
    public void invalidateSession() {
        gateway.invalidateSession();
    }

    /** Sends op 7 RECONNECT; the bot should reconnect and RESUME. */
    public void requestReconnect() {
        gateway.requestReconnect();
    }

    /** Ends injected faults, including any gateway outage still in progress. */
    public void clear() {
        List<Outage> ongoing;
        synchronized (this) {
            rules.clear();
            messages.clear();
            chaos = null;
            ongoing = new ArrayList<>(outages);
            outages.clear();
        }
        ongoing.forEach(Outage::close);
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
                    case RATE_LIMIT -> Decision.instead(delay, rateLimited("user", rule.value), holds);
                    case SHARED_RATE_LIMIT -> Decision.instead(delay, rateLimited("shared", rule.value), holds);
                    case SERVER_ERROR -> Decision.instead(delay, serverError(rule.value), holds);
                    case ERROR ->
                        Decision.instead(delay, SimResponse.error(rule.value, rule.code, messages.get(rule)), holds);
                    case LOST_RESPONSE -> new Decision(delay, true, serverError(rule.value), true, holds);
                    case NO_ANSWER -> new Decision(delay, rule.value == 1, null, false, holds);
                    case DELAY, HOLD -> Decision.route(delay, holds);
                };
            }
        }
        if (chaos != null && chaos.hits(request)) {
            return chaotic(delay, holds);
        }
        return Decision.route(delay, holds);
    }

    private SimResponse rateLimited(String scope, int retryAfterSeconds) {
        rateLimits.counted(scope);
        return RateLimits.tooManyRequests(scope, Duration.ofSeconds(retryAfterSeconds))
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset-After", retryAfterSeconds + ".000")
                .header("X-RateLimit-Bucket", "injected");
    }

    private static SimResponse serverError(int status) {
        return SimResponse.status(
                status, Json.object().put("message", "Server error (injected)").put("code", 0));
    }
}
