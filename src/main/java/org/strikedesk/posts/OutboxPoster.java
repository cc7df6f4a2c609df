package org.strikedesk.posts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.replies.HouseStyle;

/**
 * Delivers the outbox. A post is claimed as being sent before it goes (by one process only, however many share the
 * store), and delivered only when the platform has
 * accepted it and its message id is recorded; if the process dies in between, the next attempt reuses the post's
 * nonce, and Discord returns the message it already has instead of posting twice. Passing failures (rate limits,
 * server errors, timeouts) are retried with exponential backoff, up to {@link #MAX_ATTEMPTS} attempts or
 * {@link #GIVE_UP_AFTER}; a post Discord refuses for what it is is not retried. Either way a post that will not be
 * sent is marked failed with its reason, reported to where it was subscribed, and listed in {@code /status}. A
 * channel that cannot be posted in is reported once, and other channels carry on.
 */
public final class OutboxPoster {
    private static final Logger log = LoggerFactory.getLogger(OutboxPoster.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 50;
    /** Attempts after which a post that keeps failing for passing reasons is given up and reported (about 5 hours). */
    static final int MAX_ATTEMPTS = 12;
    /** Time since its first attempt after which such a post is given up, however few its attempts. */
    static final Duration GIVE_UP_AFTER = Duration.ofHours(12);

    private final Outbox outbox;
    private final SubscriptionStore subscriptions;
    private final PostRenderer renderer;
    private final PostSink sink;
    private final Clock clock;
    private final ChannelProblems problems;
    private final Backlogs backlogs;
    private final Nonces nonces;
    private final Duration nonceWindow;
    /** Whether a post has been found taken by another process, said once in the log. */
    private boolean otherPosterSeen;

    OutboxPoster(
            Outbox outbox,
            SubscriptionStore subscriptions,
            ChannelProblems problems,
            PostRenderer renderer,
            PostSink sink,
            Clock clock,
            int backlog,
            Duration nonceWindow) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.nonceWindow = nonceWindow;
        this.problems = problems;
        this.renderer = renderer;
        this.sink = sink;
        this.clock = clock;
        this.backlogs = new Backlogs(outbox, backlog);
        this.nonces = new Nonces(outbox.database());
    }

    /**
     * Delivers every post that is due for the servers of the sink's shards; returns how many were delivered. Posts
     * whose server the store does not know are first placed, where the sink sees their channel.
     */
    public synchronized int deliverDue() {
        place();
        backlogs.merge(clock.instant());
        int delivered = 0;
        for (Post post : outbox.due(clock.instant(), BATCH, sink.shards())) {
            delivered += attempt(post) ? 1 : 0;
        }
        return delivered;
    }

    /**
     * Records the server of each channel the store does not know the server of, where the sink sees the channel: a
     * digest's or the editors' channel names no server, and with several processes only the one whose shards have
     * that server may post there. One that runs every shard posts them all anyway, as before there were shards.
     */
    private void place() {
        for (String channel : outbox.unplaced()) {
            sink.guildOf(channel).ifPresent(guild -> {
                int placed = outbox.place(channel, guild);
                log.debug("Placed {} posts for channel {} in server {}", placed, channel, guild);
            });
        }
    }

    private boolean attempt(Post post) {
        Instant now = clock.instant();
        if (!outbox.claim(post, now, now.plus(backoff(post.progress().attempts() + 1)))) {
            otherPoster(post);
            return false;
        }
        PostSink.Delivery delivery;
        try {
            delivery = send(post);
        } catch (RuntimeException e) {
            log.error("Post {} to channel {} could not be written or sent", post.id(), channel(post), e);
            delivery = new PostSink.Delivery.Retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return delivery.handle(new Recorder(post, clock.instant()));
    }

    /**
     * A post found due was claimed by another process first: two bots run on this store for the same servers. It is
     * left to that one. Said once in the log, for whoever set them up, then at debug level for each such post.
     */
    private void otherPoster(Post post) {
        if (!otherPosterSeen) {
            otherPosterSeen = true;
            log.warn(
                    "Post {} to channel {} was taken by another StrikeDesk on this store, which posts for the same"
                            + " servers: each post is sent once, by whichever takes it first. Check that the shard"
                            + " ranges of the processes on this store do not overlap (discord.shards.from and discord.shards.to)",
                    post.id(),
                    channel(post));
        } else {
            log.debug("Post {} was taken by another StrikeDesk on this store", post.id());
        }
    }

    private PostSink.Delivery send(Post post) {
        Long editOf = post.owed().editOf();
        Optional<Post> original = editOf == null ? Optional.empty() : outbox.byId(editOf);
        PostMessage reply = renderer.render(post, original);
        if (post.owed().kind() == PostKind.EDIT) {
            return sink.edit(channel(post), original.orElseThrow().progress().messageId(), reply);
        }
        reply = reply.mentioning(mentionRole(post)).replyingTo(outbox.corrected(post));
        String nonce = nonces.of(post);
        if (pastNonceWindow(post)) {
            return sink.find(channel(post), nonce).handle(new Resend(post, reply, nonce));
        }
        return sink.send(channel(post), reply, nonce);
    }

    /**
     * The role a post mentions: its subscription's, if it chose one, for the posts that bring figures (releases,
     * corrections and their summaries); never for edits, digests, alerts or notices.
     */
    private Optional<String> mentionRole(Post post) {
        Long subscription = post.owed().subscriptionId();
        boolean news = switch (post.owed().kind()) {
            case RELEASE, CORRECTION, SUMMARY -> true;
            case EDIT, DIGEST, ALERT, REVIEW, CORRECTION_NOTICE, OVERDUE -> false;
        };
        return news && subscription != null ? subscriptions.mentionRole(subscription) : Optional.empty();
    }

    /**
     * Whether an earlier attempt could have posted this already so long ago that Discord may have forgotten its
     * nonce, and would post it again: then the channel is searched first.
     */
    private boolean pastNonceWindow(Post post) {
        Instant first = post.progress().firstAttemptAt();
        return first != null && Duration.between(first, clock.instant()).compareTo(nonceWindow) > 0;
    }

    /** What to do once the channel has been searched for an earlier copy of a post. */
    private final class Resend implements PostSink.Search.Then<PostSink.Delivery> {
        private final Post post;
        private final PostMessage reply;
        private final String nonce;

        Resend(Post post, PostMessage reply, String nonce) {
            this.post = post;
            this.reply = reply;
            this.nonce = nonce;
        }

        @Override
        public PostSink.Delivery found(PostSink.Search.Found found) {
            log.info("Post {} was already in channel {} as message {}", post.id(), channel(post), found.messageId());
            return new PostSink.Delivery.Delivered(found.messageId());
        }

        @Override
        public PostSink.Delivery absent(PostSink.Search.Absent absent) {
            return sink.send(channel(post), reply, nonce);
        }

        @Override
        public PostSink.Delivery unknown(PostSink.Search.Unknown unknown) {
            return new PostSink.Delivery.Retry("could not look for an earlier copy: " + unknown.reason());
        }

        /** Sending is better than never posting; /status says which channels cannot be searched. */
        @Override
        public PostSink.Delivery blind(PostSink.Search.Blind blind) {
            log.warn(
                    "Post {} may already be in channel {}, but StrikeDesk cannot look ({}); sending it again",
                    post.id(),
                    channel(post),
                    blind.reason());
            return sink.send(channel(post), reply, nonce);
        }
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

        /** Tried again later, unless it has been tried too often or for too long: then it is given up and reported. */
        @Override
        public Boolean retry(PostSink.Delivery.Retry retry) {
            int attempts = post.progress().attempts() + 1;
            Instant first = post.progress().firstAttemptAt() == null
                    ? now
                    : post.progress().firstAttemptAt();
            Duration trying = Duration.between(first, now);
            if (attempts >= MAX_ATTEMPTS || trying.compareTo(GIVE_UP_AFTER) >= 0) {
                String reason = "not delivered after " + attempts + " attempts in " + HouseStyle.duration(trying)
                        + "; the last: " + retry.reason();
                return failedOrRetry(reason, () -> postFailed(post, reason, now));
            }
            outbox.retry(post.id(), retry.reason());
            log.warn("Post {} to channel {} will be tried again: {}", post.id(), channel(post), retry.reason());
            return false;
        }

        @Override
        public Boolean rejected(PostSink.Delivery.Rejected rejected) {
            String reason = "Discord refused it (" + rejected.reason() + ")";
            return failedOrRetry(reason, () -> postFailed(post, reason, now));
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
                Alerts.channelUnusable(connection, post, reason, now, sink::access);
            }
            return null;
        });
    }

    /** A post that will not be sent, for what it is rather than where it goes: recorded, logged and reported. */
    private void postFailed(Post post, String reason, Instant now) {
        outbox.database().transaction(connection -> {
            Outbox.failed(connection, post.id(), reason);
            log.error("Post {} to channel {} will not be sent: {}", post.id(), channel(post), reason);
            Alerts.postFailed(connection, post, reason, now, sink::access);
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
