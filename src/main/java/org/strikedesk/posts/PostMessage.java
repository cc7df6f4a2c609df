package org.strikedesk.posts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.strikedesk.replies.Reply;

/**
 * A post as it is sent: its card, and what makes it a channel post that notifies well. The platform shows the kind as
 * a colour, the time as the card's timestamp, the content line in push notifications, and the role (the only mention
 * StrikeDesk ever makes) at the start of the content.
 *
 * @param reply the card
 * @param kind what the post is for
 * @param content one short line that says what is new, for notifications ("New figures: …")
 * @param at when the post was owed
 * @param role the role its subscription mentions, if it chose one
 * @param replyTo the message a correction corrects, which the post replies to
 */
public record PostMessage(
        Reply reply, PostKind kind, String content, Instant at, Optional<String> role, Optional<String> replyTo) {
    public PostMessage {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(replyTo, "replyTo");
    }

    /** A post that mentions no one and replies to nothing. */
    static PostMessage of(Reply reply, PostKind kind, String content, Instant at) {
        return new PostMessage(reply, kind, content, at, Optional.empty(), Optional.empty());
    }

    public PostMessage mentioning(Optional<String> roleId) {
        return new PostMessage(reply, kind, content, at, roleId, replyTo);
    }

    PostMessage replyingTo(Optional<String> messageId) {
        return new PostMessage(reply, kind, content, at, role, messageId);
    }
}
