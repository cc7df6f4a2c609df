package org.strikedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path folder;

    @DisplayName("The schema version the store checks before starting Flyway is the newest migration")
    @Test
    void schemaVersionIsTheNewestMigration() throws IOException {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = migrations
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @DisplayName("A new store is created with every migration, in WAL mode with foreign keys on")
    @Test
    void newStore() {
        try (Database database = Database.open(folder.resolve("nested/new.db"))) {
            database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
                    assertThat(single(statement, "PRAGMA foreign_keys")).isEqualTo("1");
                    assertThat(single(statement, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                            .isEqualTo(Integer.toString(Database.SCHEMA_VERSION));
                }
                return null;
            });
        }
        try (Database again = Database.open(folder.resolve("nested/new.db"))) {
            assertThat(again.file()).endsWith(Path.of("new.db"));
        }
    }

    @DisplayName("A write that fails is rolled back whole")
    @Test
    void rollback() {
        try (Database database = Database.open(folder.resolve("r.db"))) {
            assertThatThrownBy(() -> database.transaction(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.executeUpdate("INSERT INTO regions (code, name) VALUES ('X1', 'Test region')");
                            statement.executeUpdate("INSERT INTO regions (code, name) VALUES ('X1', 'Duplicate')");
                        }
                        return null;
                    }))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("UNIQUE");
            int regions = database.read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return Integer.parseInt(single(statement, "SELECT count(*) FROM regions"));
                }
            });
            assertThat(regions).isZero();
        }
    }

    private static String single(Statement statement, String sql) throws java.sql.SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
