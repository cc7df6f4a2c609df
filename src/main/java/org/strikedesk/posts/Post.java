package org.strikedesk.posts;

import java.time.Instant;
import java.util.Objects;

/**
 * One post in the outbox: what is owed, and how far its delivery has come.
 *
 * @param id its number, which also makes its message nonce
 * @param owed what it says and where, fixed when it was written
 * @param progress how far its delivery has come
 * @param createdAt when it was owed
 */
public record Post(long id, Owed owed, Progress progress, Instant createdAt) {
    public Post {
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * What a post is to say, where, and why. Made by the factory for its kind, which leaves out what that kind
     * has not got.
     *
     * @param guildId the server of its channel, which tells which shard's process posts it; null where the store does
     *     not know it (a digest or an editors' notice names only a channel), until a process that sees the channel
     *     records it
     * @param channelId where it goes
     * @param subscriptionId the subscription it serves, or null
     * @param kind what it is for
     * @param importId the import that owed it, or null
     * @param payload what it says
     * @param editOf for an edit, the post whose message is edited; otherwise null
     */
    public record Owed(
            String guildId,
            String channelId,
            Long subscriptionId,
            PostKind kind,
            Long importId,
            PostPayload payload,
            Long editOf) {
        public Owed {
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(payload, "payload");
            if ((kind == PostKind.EDIT) != (editOf != null)) {
                throw new IllegalArgumentException("an edit, and only an edit, names the post it edits");
            }
        }

        /** New or revised figures an import owes a subscription: a release or a correction. */
        static Owed figures(Subscription subscription, PostKind kind, long importId, PostPayload payload) {
            return new Owed(
                    subscription.guildId(), subscription.channelId(), subscription.id(), kind, importId, payload, null);
        }

        /** An edit of an earlier post, to show a revision an import made. */
        static Owed edit(Subscription subscription, long importId, PostPayload payload, long earlier) {
            return new Owed(
                    subscription.guildId(),
                    subscription.channelId(),
                    subscription.id(),
                    PostKind.EDIT,
                    importId,
                    payload,
                    earlier);
        }

        /** Several waiting releases for one channel, posted as one. */
        static Owed summary(String guildId, String channelId, Long subscriptionId, PostPayload payload) {
            return new Owed(guildId, channelId, subscriptionId, PostKind.SUMMARY, null, payload, null);
        }

        /** A scheduled digest. */
        static Owed digest(String channelId, PostPayload payload) {
            return new Owed(null, channelId, null, PostKind.DIGEST, null, payload, null);
        }

        /** A note, to where a channel was subscribed from, that the channel cannot be posted in. */
        static Owed alert(String guildId, String channelId, PostPayload payload) {
            return new Owed(guildId, channelId, null, PostKind.ALERT, null, payload, null);
        }

        /** A notice to people ({@link PostKind#notice()}), in a server the store may not know (null). */
        static Owed notice(String guildId, String channelId, PostKind kind, Long importId, PostPayload payload) {
            return new Owed(guildId, channelId, null, kind, importId, payload, null);
        }
    }

    /**
     * How far a post's delivery has come.
     *
     * @param status where it is
     * @param attempts how many times delivery was tried
     * @param messageId the platform's id for the message once accepted, otherwise null
     * @param firstAttemptAt when delivery was first tried, or null before that
     */
    public record Progress(PostStatus status, int attempts, String messageId, Instant firstAttemptAt) {
        public Progress {
            Objects.requireNonNull(status, "status");
        }
    }
}
