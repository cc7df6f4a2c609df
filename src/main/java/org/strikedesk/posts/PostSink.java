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

        /** The message to edit no longer exists; the channel itself is fine. */
        record MessageGone(String reason) implements Delivery {
            @Override
            public <R> R handle(Handler<R> handler) {
                return handler.messageGone(this);
            }
        }
    }
}
