package org.strikedesk.posts;

import java.util.Optional;
import org.strikedesk.config.ShardsConfig;

/** Where posts are delivered: Discord in the bot. Each call blocks until the platform accepted it or refused. */
public interface PostSink {

    /**
     * The shards this sink posts for: only posts for the servers of these shards are handed to it. By default every
     * shard, as one process that runs them all.
     */
    default ShardsConfig shards() {
        return ShardsConfig.RECOMMENDED;
    }

    /** The server a channel belongs to, if it is one of the servers this sink knows; empty when it cannot tell. */
    default Optional<String> guildOf(String channelId) {
        return Optional.empty();
    }

    /**
     * Sends a message. The nonce is the post's own: sending again with the same nonce must not post twice.
     */
    Delivery send(String channelId, PostMessage message, String nonce);

    /** Replaces an earlier message's content. */
    Delivery edit(String channelId, String messageId, PostMessage message);

    /** Whether a post to this channel of this server could go through, as far as can be told without trying. */
    ChannelAccess access(String guildId, String channelId);

    /**
     * Looks through the channel's recent messages for a post sent with this nonce, which each post carries in a form
     * the platform gives back (Discord returns no nonce when messages are fetched).
     */
    Search find(String channelId, String nonce);

    /** Whether StrikeDesk may read the channel's history, which {@link #find} needs. */
    boolean readsHistory(String guildId, String channelId);

    /** What looking for an earlier copy of a post found. Each outcome hands itself to its {@link Then} method. */
    sealed interface Search {
        <R> R handle(Then<R> then);

        /**
         * What to do with each outcome; one method per outcome, none optional.
         *
         * @param <R> what handling gives back
         */
        interface Then<R> {
            R found(Found found);

            R absent(Absent absent);

            R unknown(Unknown unknown);

            R blind(Blind blind);
        }

        /** The post is there already, as this message. */
        record Found(String messageId) implements Search {
            @Override
            public <R> R handle(Then<R> then) {
                return then.found(this);
            }
        }

        /** The recent messages were read, and the post is not among them. */
        record Absent() implements Search {
            @Override
            public <R> R handle(Then<R> then) {
                return then.absent(this);
            }
        }

        /** The messages could not be read this time (a server error, say); worth looking again later. */
        record Unknown(String reason) implements Search {
            @Override
            public <R> R handle(Then<R> then) {
                return then.unknown(this);
            }
        }

        /** StrikeDesk may not read the channel's history, so it cannot tell. */
        record Blind(String reason) implements Search {
            @Override
            public <R> R handle(Then<R> then) {
                return then.blind(this);
            }
        }
    }

    /**
     * The outcome of one attempt. Java 17 cannot switch over a sealed type, so each outcome hands itself to the
     * {@link Handler} method for its kind: an outcome added here adds a method there, and a handler that does not
     * handle it does not compile.
     */
    sealed interface Delivery {
        /** Calls the handler's method for this outcome. */
        <R> R handle(Handler<R> handler);

        /**
         * What to do with each outcome; one method per outcome, none optional.
         *
         * @param <R> what handling gives back
         */
        interface Handler<R> {
            R delivered(Delivered delivered);

            R retry(Retry retry);

            R unusable(Unusable unusable);

            R rejected(Rejected rejected);

            R messageGone(MessageGone gone);
        }

        /** Accepted, with the message's id. */
        record Delivered(String messageId) implements Delivery {
            @Override
            public <R> R handle(Handler<R> handler) {
                return handler.delivered(this);
            }
        }

        /** Not delivered this time; worth trying again later. */
        record Retry(String reason) implements Delivery {
            @Override
            public <R> R handle(Handler<R> handler) {
                return handler.retry(this);
            }
        }

        /** The channel cannot be posted in (missing permission, deleted): trying again will not help. */
        record Unusable(String reason) implements Delivery {
            @Override
            public <R> R handle(Handler<R> handler) {
                return handler.unusable(this);
            }
        }

        /**
         * The platform refused this post for what it is (an invalid form body, say), not for where it goes; sending
         * it again would be refused again.
         */
        record Rejected(String reason) implements Delivery {
            @Override
            public <R> R handle(Handler<R> handler) {
                return handler.rejected(this);
            }
        }

        /** The message to edit no longer exists; the channel itself is fine. */
        record MessageGone(String reason) implements Delivery {
            @Override
            public <R> R handle(Handler<R> handler) {
                return handler.messageGone(this);
            }
        }
    }
}
