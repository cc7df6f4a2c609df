package org.strikedesk.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.replies.Reply;

/**
 * Delivers the outbox. A post is marked as being sent before it goes, and delivered only when the platform has
 * accepted it and its message id is recorded; if the process dies in between, the next attempt reuses the post's
 * nonce, and Discord returns the message it already has instead of posting twice. Failures are retried with
 * exponential backoff; a channel that cannot be posted in is reported once, to where it was subscribed, and other
 * channels carry on.
 */
public final class OutboxPoster {
    private static final Logger log = LoggerFactory.getLogger(OutboxPoster.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final PostRenderer renderer;
    private final PostSink sink;
    private final Clock clock;
    private final Backlogs backlogs;
    private final String storeId;

    public OutboxPoster(Outbox outbox, PostRenderer renderer, PostSink sink, Clock clock, int backlog) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.sink = sink;
        this.clock = clock;
        this.backlogs = new Backlogs(outbox, backlog);
        this.storeId = outbox.storeId();
    }

    /** Delivers every post that is due; returns how many were delivered. */
    public synchronized int deliverDue() {
        backlogs.merge(clock.instant());
        int delivered = 0;
        for (Post post : outbox.due(clock.instant(), BATCH)) {
            delivered += attempt(post) ? 1 : 0;
        }
        return delivered;
    }

    /** The nonce Discord uses to refuse a duplicate of this post: the store's id and the post's number. */
    String nonce(Post post) {
        return "sd" + storeId + "-" + post.id();
    }

    private boolean attempt(Post post) {
        Instant now = clock.instant();
        outbox.update(
                "UPDATE posts SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? WHERE id = ?",
                now.plus(backoff(post.attempts() + 1)),
                post.id());
        PostSink.Delivery delivery;
        try {
            delivery = send(post);
        } catch (RuntimeException e) {
            log.error("Post {} to channel {} could not be written or sent", post.id(), post.channelId(), e);
            delivery = new PostSink.Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return record(post, delivery);
    }

    private PostSink.Delivery send(Post post) {
        Optional<Post> original = post.editOf() == null ? Optional.empty() : outbox.byId(post.editOf());
        Reply reply = renderer.render(post, original);
        if (post.kind() == PostKind.EDIT) {
            return sink.edit(post.channelId(), original.orElseThrow().messageId(), reply);
        }
        return sink.send(post.channelId(), reply, nonce(post));
    }

    private boolean record(Post post, PostSink.Delivery delivery) {
        Instant now = clock.instant();
        if (delivery instanceof PostSink.Delivery.Delivered delivered) {
            outbox.update(
                    "UPDATE posts SET status = 'delivered', message_id = ?, delivered_at = ?, last_error = NULL"
                            + " WHERE id = ?",
                    delivered.messageId(),
                    now,
                    post.id());
            outbox.update("DELETE FROM channel_problems WHERE channel_id = ?", post.channelId());
            return true;
        }
        if (delivery instanceof PostSink.Delivery.Retry retry) {
            outbox.update(
                    "UPDATE posts SET status = 'pending', last_error = ? WHERE id = ?", retry.reason(), post.id());
            log.warn("Post {} to channel {} will be tried again: {}", post.id(), post.channelId(), retry.reason());
        } else if (delivery instanceof PostSink.Delivery.MessageGone gone) {
            outbox.update("UPDATE posts SET status = 'failed', last_error = ? WHERE id = ?", gone.reason(), post.id());
        } else if (delivery instanceof PostSink.Delivery.Unusable unusable) {
            unusable(post, unusable.reason(), now);
        }
        return false;
    }

    private void unusable(Post post, String reason, Instant now) {
        outbox.database().transaction(connection -> {
            try (var update =
                    connection.prepareStatement("UPDATE posts SET status = 'failed', last_error = ? WHERE id = ?")) {
                update.setString(1, reason);
                update.setLong(2, post.id());
                update.executeUpdate();
            }
            if (ChannelProblems.record(connection, post.channelId(), reason, now)) {
                log.error("StrikeDesk cannot post in channel {}: {}", post.channelId(), reason);
                Alerts.owe(connection, post, reason, now, sink::access);
            }
            return null;
        });
    }

    /** 30 seconds, doubling with each attempt, at most an hour. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
