package org.strikedesk.posts;

import org.strikedesk.replies.Reply;

/** Where posts are delivered: Discord in the bot. Each call blocks until the platform accepted it or refused. */
public interface PostSink {

    /**
     * Sends a message. The nonce is the post's own: sending again with the same nonce must not post twice.
     */
    Delivery send(String channelId, Reply reply, String nonce);

    /** Replaces an earlier message's content. */
    Delivery edit(String channelId, String messageId, Reply reply);

    /** Whether a post to this channel of this server could go through, as far as can be told without trying. */
    ChannelAccess access(String guildId, String channelId);

    /** The outcome of one attempt. */
    sealed interface Delivery {
        /** Accepted, with the message's id. */
        record Delivered(String messageId) implements Delivery {}

        /** Not delivered this time; worth trying again later. */
        record Retry(String reason) implements Delivery {}

        /** The channel cannot be posted in (missing permission, deleted): trying again will not help. */
        record Unusable(String reason) implements Delivery {}

        /** The message to edit no longer exists; the channel itself is fine. */
        record MessageGone(String reason) implements Delivery {}
    }
}
