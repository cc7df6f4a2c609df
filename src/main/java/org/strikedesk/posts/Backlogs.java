package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strikedesk.figures.Figure;

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
            for (String channel : Outbox.backlogged(connection, threshold)) {
                summarise(connection, channel, now);
            }
            return null;
        });
    }

    private static void summarise(Connection connection, String channel, Instant now) throws SQLException {
        List<Post> waiting = Outbox.mergeable(connection, channel);
        Map<SameFigure, PostChange> merged = new LinkedHashMap<>();
        for (Post post : waiting) {
            for (PostChange change : post.owed().payload().changes()) {
                SameFigure key = SameFigure.of(change);
                PostChange earlier = merged.get(key);
                Long before = earlier != null ? earlier.before() : change.before();
                merged.put(
                        key,
                        new PostChange(
                                change.org(), change.strike(), change.metric(), change.day(), before, change.after()));
            }
        }
        Post.Owed first = waiting.get(0).owed();
        PostPayload payload = PostPayload.changes(first.payload().org(), new ArrayList<>(merged.values()));
        long summary = Outbox.add(
                connection, Post.Owed.summary(first.guildId(), channel, first.subscriptionId(), payload), now);
        for (PostChange change : merged.values()) {
            Outbox.cover(connection, summary, change.scope());
        }
        Outbox.merged(connection, waiting, summary);
    }

    /**
     * Which figure a change is to, whatever its value. The metric stays the stored id, so a waiting post is merged
     * even if its metric is one this version does not know.
     */
    private record SameFigure(Figure.Scope scope, String metric, LocalDate day) {
        static SameFigure of(PostChange change) {
            return new SameFigure(change.scope(), change.metric(), change.day());
        }
    }
}
