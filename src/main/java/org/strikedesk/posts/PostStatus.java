package org.strikedesk.posts;

/** Where a post is in its delivery. Only the outbox knows how each is stored. */
public enum PostStatus {
    /** Owed and not yet attempted, or waiting to be tried again. */
    PENDING,
    /** Being sent; a post found in this state after a crash is sent again with its own nonce. */
    SENDING,
    /** Accepted by the platform, with its message id recorded. */
    DELIVERED,
    /** Never attempted, and folded into a summary post instead. */
    MERGED,
    /** Will not be tried again: the channel cannot be posted in, or the message to edit is gone. */
    FAILED,
    /** Owed by an import the plausibility gate held: not sent unless an editor approves the import. */
    HELD,
    /** Owed by a held import an editor rejected: never sent. */
    WITHDRAWN;

    /** Whether the post is still to be delivered: pending, or interrupted while sending. */
    public boolean waiting() {
        return switch (this) {
            case PENDING, SENDING -> true;
            case DELIVERED, MERGED, FAILED, HELD, WITHDRAWN -> false;
        };
    }
}
