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
        Long subscriptionId = post.owed().subscriptionId();
        String channelId = post.owed().channelId();
        if (subscriptionId == null) {
            return;
        }
        String sql = "SELECT created_in, created_by FROM subscriptions WHERE id = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, subscriptionId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()
                        || rows.getString(1).equals(channelId)
                        || rows.getString(1).isEmpty()) {
                    return;
                }
                String note = "Posts for <#" + channelId + "> cannot be delivered: " + reason + ". Give StrikeDesk"
                        + " View Channel, Send Messages and Embed Links there, or /unsubscribe it. Subscribed by "
                        + rows.getString(2) + ".";
                Outbox.add(connection, Post.Owed.alert(rows.getString(1), PostPayload.note(note)), now);
            }
        }
    }
}
