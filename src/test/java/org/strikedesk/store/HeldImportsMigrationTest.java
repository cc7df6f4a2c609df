package org.strikedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.support.StoreAtVersion;

/**
 * The migration that gives the outbox its held and withdrawn states rebuilds the {@code posts} table: a store with
 * posts, their coverage and a digest run in it keeps every row, with the references between them intact.
 */
class HeldImportsMigrationTest {
    @TempDir
    Path folder;

    @DisplayName("Posts, their coverage and digest runs survive the rebuild, and the new states are accepted")
    @Test
    void postsSurvive() throws Exception {
        Path file = folder.resolve("v6.db");
        DataSource source = StoreAtVersion.create(file, 6);
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO posts (id, channel_id, kind, payload, status, next_attempt_at,"
                    + " created_at, message_id, first_attempt_at) VALUES (1, '100000000000000001', 'release', '{}',"
                    + " 'delivered', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '555', '2026-01-01T00:00:01Z')");
            statement.executeUpdate("INSERT INTO posts (id, channel_id, kind, payload, edit_of, status,"
                    + " next_attempt_at, created_at) VALUES (2, '100000000000000001', 'edit', '{}', 1, 'pending',"
                    + " '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')");
            statement.executeUpdate("INSERT INTO post_coverage (post_id, org_code, strike_id) VALUES (1, 'RWH',"
                    + " '2023-04-junior-doctors')");
            statement.executeUpdate("INSERT INTO digest_runs (digest, scheduled_for, post_id) VALUES ('morning',"
                    + " '2026-01-01T09:00:00Z', 1)");
        }

        try (Database database = Database.open(file)) {
            database.transaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    assertThat(rows(
                                    statement,
                                    "SELECT id, kind, status, edit_of, message_id, first_attempt_at FROM posts ORDER BY"
                                            + " id"))
                            .containsExactly(
                                    "1 release delivered null 555 2026-01-01T00:00:01Z", "2 edit pending 1 null null");
                    assertThat(rows(statement, "SELECT post_id, org_code FROM post_coverage"))
                            .containsExactly("1 RWH");
                    assertThat(rows(statement, "SELECT digest, post_id FROM digest_runs"))
                            .containsExactly("morning 1");
                    assertThat(rows(statement, "PRAGMA foreign_key_check")).isEmpty();
                    statement.executeUpdate("UPDATE posts SET status = 'held' WHERE id = 2");
                    statement.executeUpdate("UPDATE posts SET status = 'withdrawn' WHERE id = 2");
                    assertThatThrownBy(() -> statement.executeUpdate("UPDATE posts SET status = 'lost' WHERE id = 2"))
                            .hasMessageContaining("CHECK");
                    assertThatThrownBy(() -> statement.executeUpdate(
                                    "INSERT INTO post_coverage (post_id, org_code, strike_id) VALUES (9, 'X', 'y')"))
                            .as("coverage still refers to posts")
                            .hasMessageContaining("FOREIGN KEY");
                }
                return null;
            });
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
