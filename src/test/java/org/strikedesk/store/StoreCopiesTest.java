package org.strikedesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreCopiesTest {
    @TempDir
    Path folder;

    @DisplayName("A backup of a store that is open is a usable copy of what was committed, and takes its name last")
    @Test
    void backupOfAnOpenStore() throws SQLException {
        Path store = folder.resolve("live.db");
        Path backup = folder.resolve("copies/backup.db");
        try (Database database = Database.open(store)) {
            addRegions(database, "X1", "X2");

            StoreSummary summary = StoreCopies.backup(store, backup);

            assertThat(summary.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(summary.figures()).isZero();
            addRegions(database, "X3");
        }
        assertThat(StoreCopies.check(backup)).isInstanceOf(StoreCheck.Usable.class);
        assertThat(regions(backup)).containsExactly("X1", "X2");
        assertThat(folder.resolve("copies")).isDirectoryNotContaining("glob:**.partial");
    }

    @DisplayName("A backup is refused, and nothing written, when the store is missing or the file exists")
    @Test
    void backupRefused() throws IOException {
        Path store = folder.resolve("live.db");
        assertThatThrownBy(() -> StoreCopies.backup(store, folder.resolve("b.db")))
                .isInstanceOf(StoreException.class)
                .hasMessage("There is no store at " + store + " to back up");
        assertThat(folder.resolve("b.db")).doesNotExist();

        Database.open(store).close();
        Path existing = Files.writeString(folder.resolve("existing.db"), "keep me");
        assertThatThrownBy(() -> StoreCopies.backup(store, existing))
                .hasMessage(existing + " already exists; name a new file for the backup");
        assertThat(existing).hasContent("keep me");
    }

    @DisplayName("Files that are not a usable StrikeDesk store are told apart, each with its reason")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "missing      | does not exist, or is not a file",
                "text         | is not an SQLite database, so not a StrikeDesk store",
                "empty        | is not an SQLite database, so not a StrikeDesk store",
                "other sqlite | is an SQLite database, but not a StrikeDesk store",
                "newer        | was written by a newer StrikeDesk (store version 99; this one knows up to",
                "corrupt      | fails SQLite's integrity check",
            })
    void unusable(String kind, String reason) throws Exception {
        Path file = unusableFile(kind);

        StoreCheck check = StoreCopies.check(file);

        assertThat(check).isInstanceOf(StoreCheck.Unusable.class);
        assertThat(((StoreCheck.Unusable) check).reason()).startsWith(reason);
    }

    @DisplayName("A restore replaces a closed store with the backup and keeps the old store beside it")
    @Test
    void restore() throws SQLException {
        Path store = folder.resolve("live.db");
        Path backup = folder.resolve("backup.db");
        try (Database database = Database.open(store)) {
            addRegions(database, "X1");
            StoreCopies.backup(store, backup);
            addRegions(database, "X2");
        }

        RestoreOutcome outcome = StoreCopies.restore(backup, store);

        assertThat(outcome).isInstanceOf(RestoreOutcome.Restored.class);
        Path previous = folder.resolve("live.db.before-restore");
        assertThat(((RestoreOutcome.Restored) outcome).previous()).contains(previous);
        assertThat(regions(store)).containsExactly("X1");
        assertThat(regions(previous)).containsExactly("X1", "X2");
        try (Database reopened = Database.open(store)) {
            addRegions(reopened, "X3");
        }
        assertThat(regions(store)).containsExactly("X1", "X3");
        assertThat(folder).isDirectoryNotContaining("glob:**.restoring");
    }

    @DisplayName("A damaged store, or one that is not a database, is replaced by the backup and kept beside it")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"corrupt", "text"})
    void restoreOverABrokenStore(String kind) throws Exception {
        Path backup = folder.resolve("backup.db");
        Path source = folder.resolve("source.db");
        try (Database database = Database.open(source)) {
            addRegions(database, "X1");
        }
        StoreCopies.backup(source, backup);
        Path broken = unusableFile(kind);
        byte[] before = Files.readAllBytes(broken);

        RestoreOutcome outcome = StoreCopies.restore(backup, broken);

        assertThat(outcome).isInstanceOf(RestoreOutcome.Restored.class);
        assertThat(regions(broken)).containsExactly("X1");
        assertThat(Path.of(broken + ".before-restore")).hasBinaryContent(before);
        assertThat(Path.of(broken + "-wal")).doesNotExist();
    }

    @DisplayName("A restore is refused, leaving the store as it was, when the store is open or the backup unusable")
    @Test
    void restoreRefused() throws Exception {
        Path store = folder.resolve("live.db");
        Path backup = folder.resolve("backup.db");
        try (Database database = Database.open(store)) {
            addRegions(database, "X1");
            StoreCopies.backup(store, backup);
            addRegions(database, "X2");

            RestoreOutcome whileOpen = StoreCopies.restore(backup, store);

            assertThat(whileOpen).isInstanceOf(RestoreOutcome.Refused.class);
            assertThat(((RestoreOutcome.Refused) whileOpen).reason())
                    .isEqualTo("The store " + store + " is in use: stop the bot, and any other StrikeDesk command"
                            + " using it, then restore again; the store was left as it was");
            addRegions(database, "X3");
        }
        for (String kind : List.of("text", "other sqlite", "corrupt", "newer")) {
            Path bad = unusableFile(kind);
            RestoreOutcome outcome = StoreCopies.restore(bad, store);
            assertThat(outcome).as(kind).isInstanceOf(RestoreOutcome.Refused.class);
            assertThat(((RestoreOutcome.Refused) outcome).reason())
                    .startsWith(bad + " ")
                    .endsWith("; the store was left as it was");
        }
        assertThat(regions(store)).containsExactly("X1", "X2", "X3");
        assertThat(folder.resolve("live.db.before-restore")).doesNotExist();
    }

    private Path unusableFile(String kind) throws Exception {
        Path file = folder.resolve(kind.replace(' ', '-') + ".db");
        switch (kind) {
            case "missing" -> {}
            case "text" -> Files.writeString(file, "strike,org_code\n2023-04-junior-doctors,RWH\n");
            case "empty" -> Files.write(file, new byte[0]);
            case "other sqlite" -> {
                try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE notes (text TEXT)");
                }
            }
            case "newer" -> {
                Database.open(file).close();
                execute(
                        file,
                        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                                + " checksum, installed_by, installed_on, execution_time, success) SELECT 99, '99',"
                                + " description, type, script, checksum, installed_by, installed_on, execution_time,"
                                + " 1 FROM flyway_schema_history LIMIT 1");
            }
            case "corrupt" -> corrupt(file);
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    /** A store with enough rows to fill pages, then seeded garbage over the last pages, which hold those rows. */
    private static void corrupt(Path file) throws IOException, SQLException {
        try (Database database = Database.open(file)) {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                codes.add("Z" + i);
            }
            addRegions(database, codes.toArray(String[]::new));
        }
        execute(file, "PRAGMA journal_mode = DELETE");
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            int page = 4096;
            byte[] garbage = new byte[page * 4];
            new Random(20261129).nextBytes(garbage);
            // The last pages hold the rows added after the migrations, so the schema the check reads first stays whole.
            raw.seek(Math.max(page * 2L, raw.length() / page * page - garbage.length));
            raw.write(garbage);
        }
    }

    private static void addRegions(Database database, String... codes) {
        database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String code : codes) {
                    statement.executeUpdate(
                            "INSERT INTO regions (code, name) VALUES ('" + code + "', 'Synthetic " + code + "')");
                }
            }
            return null;
        });
    }

    private static List<String> regions(Path file) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT code FROM regions WHERE name LIKE 'Synthetic %' ORDER BY code")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
