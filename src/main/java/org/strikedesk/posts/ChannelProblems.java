package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.strikedesk.store.Database;

/** Channels the bot could not post in, and why; a channel is cleared when a post there succeeds again. */
public final class ChannelProblems {
    private final Database database;

    public ChannelProblems(Database database) {
        this.database = database;
    }

    /** Channel id to problem, oldest first. */
    public Map<String, String> all() {
        return database.read(connection -> {
            Map<String, String> problems = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                            "SELECT channel_id, problem FROM channel_problems ORDER BY since");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    problems.put(rows.getString(1), rows.getString(2));
                }
            }
            return problems;
        });
    }

    /** Records a problem; returns false when the channel already had one (so it is reported once). */
    static boolean record(Connection connection, String channelId, String problem, Instant now) throws SQLException {
        String sql = "INSERT OR IGNORE INTO channel_problems (channel_id, problem, since) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, channelId);
            insert.setString(2, problem);
            insert.setString(3, now.toString());
            return insert.executeUpdate() > 0;
        }
    }

    /** Clears a channel's problem, if it had one: a post there was delivered. */
    void clear(String channelId) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM channel_problems WHERE channel_id = ?")) {
                delete.setString(1, channelId);
                return delete.executeUpdate();
            }
        });
    }
}
