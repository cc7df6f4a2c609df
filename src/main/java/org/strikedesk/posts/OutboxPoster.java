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
    private final ChannelProblems problems;
    private final Backlogs backlogs;
    private final Nonces nonces;

    OutboxPoster(
            Outbox outbox, ChannelProblems problems, PostRenderer renderer, PostSink sink, Clock clock, int backlog) {
        this.outbox = outbox;
        this.problems = problems;
        this.renderer = renderer;
        this.sink = sink;
        this.clock = clock;
        this.backlogs = new Backlogs(outbox, backlog);
        this.nonces = new Nonces(outbox.database());
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

    private boolean attempt(Post post) {
        outbox.sending(post.id(), clock.instant().plus(backoff(post.progress().attempts() + 1)));
        PostSink.Delivery delivery;
        try {
            delivery = send(post);
        } catch (RuntimeException e) {
            log.error("Post {} to channel {} could not be written or sent", post.id(), channel(post), e);
            delivery = new PostSink.Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return delivery.handle(new Recorder(post, clock.instant()));
    }

    private PostSink.Delivery send(Post post) {
        Long editOf = post.owed().editOf();
        Optional<Post> original = editOf == null ? Optional.empty() : outbox.byId(editOf);
        Reply reply = renderer.render(post, original);
        if (post.owed().kind() == PostKind.EDIT) {
            return sink.edit(channel(post), original.orElseThrow().progress().messageId(), reply);
        }
        return sink.send(channel(post), reply, nonces.of(post));
    }

    private static String channel(Post post) {
        return post.owed().channelId();
    }

    /**
     * Records one attempt's outcome; returns whether the post was delivered. If recording a failure fails, the post
     * is put back to be tried again rather than left as it was. If recording a delivery fails, the post stays as
     * being sent, as after a crash at that moment: it is due again after its backoff and is sent with the same
     * nonce, so Discord returns the message it already has.
     */
    private final class Recorder implements PostSink.Delivery.Handler<Boolean> {
        private final Post post;
        private final Instant now;

        Recorder(Post post, Instant now) {
            this.post = post;
            this.now = now;
        }

        @Override
        public Boolean delivered(PostSink.Delivery.Delivered delivered) {
            outbox.delivered(post.id(), delivered.messageId(), now);
            problems.clear(channel(post));
            log.info("Delivered post {} to channel {} as message {}", post.id(), channel(post), delivered.messageId());
            return true;
        }

        @Override
        public Boolean retry(PostSink.Delivery.Retry retry) {
            outbox.retry(post.id(), retry.reason());
            log.warn("Post {} to channel {} will be tried again: {}", post.id(), channel(post), retry.reason());
            return false;
        }

        @Override
        public Boolean unusable(PostSink.Delivery.Unusable unusable) {
            return failedOrRetry(unusable.reason(), () -> OutboxPoster.this.unusable(post, unusable.reason(), now));
        }

        @Override
        public Boolean messageGone(PostSink.Delivery.MessageGone gone) {
            return failedOrRetry(gone.reason(), () -> outbox.failed(post.id(), gone.reason()));
        }

        private Boolean failedOrRetry(String reason, Runnable failed) {
            try {
                failed.run();
            } catch (RuntimeException e) {
                log.error(
                        "Post {} failed ({}), but that could not be recorded; it will be tried again",
                        post.id(),
                        reason,
                        e);
                return retry(new PostSink.Delivery.Retry(reason));
            }
            return false;
        }
    }

    private void unusable(Post post, String reason, Instant now) {
        outbox.database().transaction(connection -> {
            Outbox.failed(connection, post.id(), reason);
            if (ChannelProblems.record(connection, channel(post), reason, now)) {
                log.error("StrikeDesk cannot post in channel {}: {}", channel(post), reason);
                Alerts.owe(connection, post, reason, now);
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
