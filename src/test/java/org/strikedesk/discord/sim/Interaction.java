package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A handle on one INTERACTION_CREATE the simulator sent, and on everything the bot did with it:
 * callbacks, the original response and follow-ups. Waits are bounded by the given timeout.
 */
public final class Interaction {
    /** Discord's deadline for the first response. */
    public static final Duration ACK_DEADLINE = Duration.ofSeconds(3);
    /** How long the interaction token works for webhook edits and follow-ups. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    public static final int COMMAND = 2;
    public static final int COMPONENT = 3;
    public static final int AUTOCOMPLETE = 4;
    public static final int MODAL_SUBMIT = 5;

    private final ObjectNode payload;
    private final MessageStore messages;
    private final String sourceMessageId;
    private volatile Instant sentAt;
    /** {@link System#nanoTime()} when the frame was handed to the bot's socket, 0 until then. */
    private volatile long sentNanos;

    private long acknowledgedNanos;
    /** Completed by the first accepted callback, so that a wait for it ends the moment it arrives. */
    private final CompletableFuture<JsonNode> firstCallback = new CompletableFuture<>();

    private Instant createdAt;
    private final List<JsonNode> callbacks = new ArrayList<>();
    private final List<String> followUpIds = new ArrayList<>();
    private Instant acknowledgedAt;
    private int ackType;
    private String originalMessageId;
    private int originalEdits;
    private boolean invalidated;

    Interaction(ObjectNode payload, MessageStore messages) {
        this.payload = payload;
        this.messages = messages;
        this.createdAt = Snowflakes.timeOf(id());
        this.sourceMessageId = payload.path("message").path("id").asText(null);
    }

    public String id() {
        return payload.path("id").asText();
    }

    public String token() {
        return payload.path("token").asText();
    }

    /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
    public int type() {
        return payload.path("type").asInt();
    }

    public String channelId() {
        return payload.path("channel_id").asText();
    }

    /** The INTERACTION_CREATE {@code d} object as sent. */
    public JsonNode payload() {
        return payload.deepCopy();
    }

    /** Every accepted callback body ({@code {"type": .., "data": ..}}), in order. */
    public synchronized List<JsonNode> callbacks() {
        return callbacks.stream().map(c -> c.<JsonNode>deepCopy()).toList();
    }

    /** Time from the interaction's creation (its snowflake) to the first accepted callback, if any yet. */
    public synchronized Optional<Duration> acknowledgedWithin() {
        return acknowledgedAt == null
                ? Optional.empty()
                : Optional.of(Duration.between(startOfClock(), acknowledgedAt));
    }

    /** The original response message in its current state. */
    public synchronized Optional<JsonNode> original() {
        return originalMessageId == null
                ? Optional.empty()
                : messages.find(originalMessageId).map(m -> m);
    }

    /** Follow-up messages in their current state (a deferred reply's first follow-up is the original). */
    public synchronized List<JsonNode> followUps() {
        return followUpIds.stream()
                .flatMap(id -> messages.find(id).stream())
                .map(m -> (JsonNode) m)
                .toList();
    }

    /**
     * Time from the moment INTERACTION_CREATE was handed to the bot's socket to the moment the first accepted
     * callback reached the simulator, by the monotonic clock ({@link System#nanoTime()}): the bot's whole part in
     * answering, free of the millisecond steps of the id's time. Empty until both have happened.
     */
    public synchronized Optional<Duration> answeredAfterDelivery() {
        return acknowledgedAt == null || sentNanos == 0
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(acknowledgedNanos - sentNanos));
    }

    /** {@link System#nanoTime()} when INTERACTION_CREATE was handed to the bot's socket; 0 until it has been. */
    public long deliveredNanos() {
        return sentNanos;
    }

    /** Waits for the first accepted callback and returns its body; the wait ends as soon as it arrives. */
    public JsonNode awaitAcknowledgement(Duration timeout) {
        try {
            return firstCallback.get(timeout.toNanos(), TimeUnit.NANOSECONDS).deepCopy();
        } catch (TimeoutException e) {
            throw new IllegalStateException("no acknowledgement of " + this + " within " + timeout, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the acknowledgement of " + this, e);
        }
    }

    /**
     * Waits for the message the user finally sees: the reply of a type 4 or 7 callback, or after a
     * deferral (type 5 or 6) the original once the bot has edited it.
     */
    public JsonNode awaitFinalMessage(Duration timeout) {
        return Waits.until("final message of " + this, timeout, this::finalMessage);
    }

    /** Waits until the bot has sent at least {@code count} follow-ups; returns them all in their current state. */
    public List<JsonNode> awaitFollowUps(int count, Duration timeout) {
        return Waits.until(
                count + " follow-up(s) to " + this,
                timeout,
                () -> Optional.of(followUps()).filter(f -> f.size() >= count));
    }

    /** Waits until the original response, once sent, has been deleted. */
    public void awaitOriginalDeleted(Duration timeout) {
        Waits.until(
                "deletion of the original response to " + this,
                timeout,
                () -> Optional.of(this)
                        .filter(i ->
                                i.originalMessageId() != null && i.original().isEmpty()));
    }

    /** Waits for an autocomplete result (callback type 8) and returns its {@code choices}. */
    public JsonNode awaitChoices(Duration timeout) {
        return Waits.until(
                "autocomplete choices of " + this,
                timeout,
                () -> callbacks().stream()
                        .filter(c -> c.path("type").asInt() == 8)
                        .map(c -> c.path("data").path("choices"))
                        .findFirst());
    }

    /** Makes the token older than 15 minutes, so the next webhook call with it must fail. */
    public synchronized void expireToken() {
        createdAt = Instant.now().minus(TOKEN_LIFETIME).minusSeconds(1);
    }

    private synchronized Optional<JsonNode> finalMessage() {
        boolean deferred = ackType == 5 || ackType == 6;
        if (acknowledgedAt == null || (deferred && originalEdits == 0)) {
            return Optional.empty();
        }
        return original();
    }

    /**
     * When the 3-second clock started: when Discord created the interaction, the time in its snowflake id, not when
     * the bot received it. An interaction handed over late (replayed on RESUME after an outage) is as old as it is.
     * Discord's text says "within 3 seconds of receiving the event"; the id's time is what a bot can see, and the
     * stricter reading.
     */
    synchronized Instant clockStart() {
        return startOfClock();
    }

    private Instant startOfClock() {
        return Snowflakes.timeOf(id());
    }

    /** When INTERACTION_CREATE first reached the bot's socket, if it has. */
    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(sentAt);
    }

    void markSent(long nanos) {
        sentNanos = nanos;
        sentAt = Instant.now();
    }

    String sourceMessageId() {
        return sourceMessageId;
    }

    synchronized boolean acknowledged() {
        return acknowledgedAt != null;
    }

    synchronized int ackType() {
        return ackType;
    }

    synchronized boolean lateAt(Instant now) {
        return Duration.between(startOfClock(), now).compareTo(ACK_DEADLINE) > 0;
    }

    synchronized boolean expiredAt(Instant now) {
        return Duration.between(createdAt, now).compareTo(TOKEN_LIFETIME) > 0;
    }

    /** After a missed deadline Discord invalidates the token. */
    synchronized void invalidate() {
        invalidated = true;
    }

    synchronized boolean invalidated() {
        return invalidated;
    }

    synchronized void acknowledge(int type, JsonNode body, Instant at, long atNanos) {
        callbacks.add(body.deepCopy());
        acknowledgedAt = at;
        acknowledgedNanos = atNanos;
        ackType = type;
        firstCallback.complete(body.deepCopy());
    }

    synchronized String originalMessageId() {
        return originalMessageId;
    }

    synchronized void original(String messageId) {
        originalMessageId = messageId;
    }

    synchronized void originalEdited() {
        originalEdits++;
    }

    synchronized void followUp(String messageId) {
        followUpIds.add(messageId);
    }

    synchronized boolean ownsMessage(String messageId) {
        return messageId.equals(originalMessageId) || followUpIds.contains(messageId);
    }

    @Override
    public String toString() {
        String name = payload.path("data")
                .path("name")
                .asText(payload.path("data").path("custom_id").asText());
        return "interaction " + id() + " (type " + type() + ", " + name + ")";
    }
}
