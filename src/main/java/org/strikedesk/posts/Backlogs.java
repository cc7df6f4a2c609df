package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a backlog into one post: when releases from several imports wait for the same channel (after downtime,
 * say), they are merged into one summary instead of a flood. Only posts never attempted are merged, so nothing
 * that may already be in the channel is posted again.
 */
final class Backlogs {
    private final Outbox outbox;
    private final int threshold;

    Backlogs(Outbox outbox, int threshold) {
        this.outbox = outbox;
        this.threshold = threshold;
    }

    void merge(Instant now) {
        outbox.database().transaction(connection -> {
            for (String channel : backloggedChannels(connection)) {
                summarise(connection, channel, now);
            }
            return null;
        });
    }

    private List<String> backloggedChannels(Connection connection) throws SQLException {
        String sql = "SELECT channel_id FROM posts WHERE status = 'pending' AND attempts = 0 AND kind IN ('release',"
                + " 'correction') GROUP BY channel_id HAVING count(DISTINCT import_id) >= ?";
        List<String> channels = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, threshold);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    channels.add(rows.getString(1));
                }
            }
        }
        return channels;
    }

    private void summarise(Connection connection, String channel, Instant now) throws SQLException {
        List<Post> waiting = Outbox.list(
                connection,
                "SELECT " + Outbox.COLUMNS + " FROM posts WHERE channel_id = ? AND"
                        + " status = 'pending' AND attempts = 0 AND kind IN ('release', 'correction') ORDER BY id",
                channel);
        Map<List<Object>, PostChange> merged = new LinkedHashMap<>();
        for (Post post : waiting) {
            for (PostChange change : post.payload().changes()) {
                List<Object> key =
                        java.util.Arrays.asList(change.org(), change.strike(), change.metric(), change.day());
                PostChange earlier = merged.get(key);
                Long before = earlier != null ? earlier.before() : change.before();
                merged.put(
                        key,
                        new PostChange(
                                change.org(), change.strike(), change.metric(), change.day(), before, change.after()));
            }
        }
        Post first = waiting.get(0);
        long summary = Outbox.add(
                connection,
                channel,
                first.subscriptionId(),
                PostKind.SUMMARY,
                null,
                PostPayload.changes(first.payload().org(), new ArrayList<>(merged.values())),
                null,
                now);
        for (PostChange change : merged.values()) {
            Outbox.cover(connection, summary, change.org(), change.strike());
        }
        try (PreparedStatement mark =
                connection.prepareStatement("UPDATE posts SET status = 'merged', merged_into = ? WHERE id = ?")) {
            for (Post post : waiting) {
                mark.setLong(1, summary);
                mark.setLong(2, post.id());
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }
}
