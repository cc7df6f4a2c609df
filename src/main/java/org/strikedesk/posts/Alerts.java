package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Tells the people who subscribed a channel that it cannot be posted in, in the channel they subscribed from. */
final class Alerts {
    private Alerts() {}

    static void owe(Connection connection, Post post, String reason, Instant now) throws SQLException {
        if (post.subscriptionId() == null) {
            return;
        }
        String sql = "SELECT created_in, created_by FROM subscriptions WHERE id = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, post.subscriptionId());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()
                        || rows.getString(1).equals(post.channelId())
                        || rows.getString(1).isEmpty()) {
                    return;
                }
                String note =
                        "Posts for <#" + post.channelId() + "> cannot be delivered: " + reason + ". Give StrikeDesk"
                                + " View Channel, Send Messages and Embed Links there, or /unsubscribe it. Subscribed by "
                                + rows.getString(2) + ".";
                Outbox.add(
                        connection, rows.getString(1), null, PostKind.ALERT, null, PostPayload.note(note), null, now);
            }
        }
    }
}
