package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the people who subscribed a channel that it cannot be posted in, in the channel they subscribed from, if
 * StrikeDesk can post there; otherwise the problem is shown only by {@code /status} and {@code /subscriptions}.
 */
final class Alerts {
    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    private Alerts() {}

    /** Tells them a channel cannot be posted in, and what would let StrikeDesk post there. */
    static void channelUnusable(
            Connection connection, Post post, String reason, Instant now, ChannelAccess.Check access)
            throws SQLException {
        String channelId = post.owed().channelId();
        owe(
                connection,
                post,
                now,
                access,
                by -> "Posts for <#" + channelId + "> cannot be delivered: " + reason
                        + ". Give StrikeDesk View Channel, Send Messages and Embed Links there, or /unsubscribe it. Subscribed"
                        + " by " + by + ".");
    }

    /** Tells them one post for a channel will not be sent, and why; the channel itself may be fine. */
    static void postFailed(Connection connection, Post post, String reason, Instant now, ChannelAccess.Check access)
            throws SQLException {
        String channelId = post.owed().channelId();
        owe(
                connection,
                post,
                now,
                access,
                by -> "A post for <#" + channelId + "> will not be sent: " + reason
                        + ". /status lists the posts that were not sent. Subscribed by " + by + ".");
    }

    private interface Note {
        String by(String subscriber);
    }

    private static void owe(Connection connection, Post post, Instant now, ChannelAccess.Check access, Note note)
            throws SQLException {
        Long subscriptionId = post.owed().subscriptionId();
        String channelId = post.owed().channelId();
        if (subscriptionId == null) {
            return;
        }
        String sql = "SELECT created_in, created_by, guild_id FROM subscriptions WHERE id = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, subscriptionId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()
                        || rows.getString(1).equals(channelId)
                        || rows.getString(1).isEmpty()) {
                    return;
                }
                String alertChannel = rows.getString(1);
                if (!access.of(rows.getString(3), alertChannel).granted()) {
                    log.warn(
                            "StrikeDesk cannot post in channel {} either, so the problem with channel {} shows only in"
                                    + " /status",
                            alertChannel,
                            channelId);
                    return;
                }
                PostPayload alert = PostPayload.note(note.by(rows.getString(2)));
                Outbox.add(connection, Post.Owed.alert(rows.getString(3), alertChannel, alert), now);
            }
        }
    }
}
