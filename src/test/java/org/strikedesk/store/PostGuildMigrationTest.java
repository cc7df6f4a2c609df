package org.strikedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.support.StoreAtVersion;

/**
 * The migration that gives each post its channel's server backfills what the store can tell: a post for a
 * subscription is in that subscription's server, and an alert or overdue notice to a channel that a subscription posts
 * to or was made from is in that subscription's server. A digest's channel, which no subscription names, stays
 * without a server.
 */
class PostGuildMigrationTest {
    private static final String GUILD = "300000000000000001";
    private static final String NEWS = "100000000000000001";
    private static final String DESK = "100000000000000002";
    private static final String ELSEWHERE = "100000000000000009";

    @TempDir
    Path folder;

    @DisplayName("Posts of a subscription, and alerts and notices to a subscription's channels, get its server")
    @Test
    void backfilled() throws Exception {
        Path file = folder.resolve("v10.db");
        DataSource source = StoreAtVersion.create(file, 10);
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO subscriptions (id, guild_id, channel_id, org_code, created_by,"
                    + " created_in, created_at) VALUES (1, '" + GUILD + "', '" + NEWS + "', 'RWH', 'editor', '" + DESK
                    + "', '2026-01-01T00:00:00Z')");
            insert(statement, 1, NEWS, "release", "1");
            insert(statement, 2, DESK, "alert", "NULL");
            insert(statement, 3, NEWS, "overdue", "NULL");
            insert(statement, 4, ELSEWHERE, "digest", "NULL");
        }

        try (Database database = Database.open(file)) {
            List<String> rows = database.read(connection -> {
                List<String> found = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("SELECT id, guild_id FROM posts ORDER BY id")) {
                    while (result.next()) {
                        found.add(result.getLong(1) + " " + result.getString(2));
                    }
                }
                return found;
            });

            assertThat(rows).containsExactly("1 " + GUILD, "2 " + GUILD, "3 " + GUILD, "4 null");
        }
    }

    private static void insert(Statement statement, int id, String channel, String kind, String subscription)
            throws Exception {
        statement.executeUpdate("INSERT INTO posts (id, channel_id, subscription_id, kind, payload, status,"
                + " next_attempt_at, created_at) VALUES (" + id + ", '" + channel + "', " + subscription + ", '" + kind
                + "', '{}', 'pending', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    }
}
