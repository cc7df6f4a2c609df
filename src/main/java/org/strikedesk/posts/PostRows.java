package org.strikedesk.posts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a post is stored in the {@code posts} table: the word for each {@link PostStatus} and {@link PostKind} (the
 * migration's CHECKs list the same words), a row read back as a {@link Post}, and values bound to a statement.
 * Only {@link Outbox} uses it.
 */
final class PostRows {
    private PostRows() {}

    /** The word a status is stored as; the migration's CHECK lists the same words. */
    static String stored(PostStatus status) {
        return switch (status) {
            case PENDING -> "pending";
            case SENDING -> "sending";
            case DELIVERED -> "delivered";
            case MERGED -> "merged";
            case FAILED -> "failed";
            case HELD -> "held";
            case WITHDRAWN -> "withdrawn";
        };
    }

    /** The word a kind is stored as; the migration's CHECK lists the same words. */
    static String stored(PostKind kind) {
        return switch (kind) {
            case RELEASE -> "release";
            case CORRECTION -> "correction";
            case EDIT -> "edit";
            case DIGEST -> "digest";
            case SUMMARY -> "summary";
            case ALERT -> "alert";
            case REVIEW -> "review";
            case CORRECTION_NOTICE -> "correction_notice";
            case OVERDUE -> "overdue";
        };
    }

    static PostStatus status(String stored) {
        return Arrays.stream(PostStatus.values())
                .filter(status -> stored(status).equals(stored))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown post status " + stored));
    }

    private static PostKind kind(String stored) {
        return Arrays.stream(PostKind.values())
                .filter(kind -> stored(kind).equals(stored))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown post kind " + stored));
    }

    static String placeholders(List<?> values) {
        return values.stream().map(value -> "?").collect(Collectors.joining(", "));
    }

    /**
     * Binds values in order: statuses and kinds as their stored words, instants as text, and the elements of a list
     * one by one, for {@code IN} lists made with {@link #placeholders}.
     */
    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        List<Object> flat = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof List<?> list) {
                flat.addAll(list);
            } else {
                flat.add(value);
            }
        }
        for (int i = 0; i < flat.size(); i++) {
            statement.setObject(i + 1, stored(flat.get(i)));
        }
    }

    private static Object stored(Object value) {
        if (value instanceof PostStatus status) {
            return stored(status);
        }
        if (value instanceof PostKind kind) {
            return stored(kind);
        }
        return value instanceof Instant instant ? instant.toString() : value;
    }

    static List<Post> posts(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<Post> posts = new ArrayList<>();
            while (rows.next()) {
                posts.add(read(rows));
            }
            return posts;
        }
    }

    private static Post read(ResultSet rows) throws SQLException {
        Post.Owed owed = new Post.Owed(
                rows.getString("guild_id"),
                rows.getString("channel_id"),
                nullableLong(rows, "subscription_id"),
                kind(rows.getString("kind")),
                nullableLong(rows, "import_id"),
                PostPayload.fromJson(rows.getString("payload")),
                nullableLong(rows, "edit_of"));
        String firstAttempt = rows.getString("first_attempt_at");
        Post.Progress progress = new Post.Progress(
                status(rows.getString("status")),
                rows.getInt("attempts"),
                rows.getString("message_id"),
                firstAttempt == null ? null : Instant.parse(firstAttempt));
        return new Post(rows.getLong("id"), owed, progress, Instant.parse(rows.getString("created_at")));
    }

    private static Long nullableLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
