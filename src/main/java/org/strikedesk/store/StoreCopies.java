package org.strikedesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;

/**
 * Copies of the store, to back it up and to restore it.
 *
 * <p>A backup is written by SQLite's {@code VACUUM INTO}, which reads the store in one read transaction: a copy taken
 * while the bot runs and imports holds each import whole or not at all, never a file copy of a live database. It is
 * written under a temporary name and checked before it takes the name asked for, so a backup that exists is whole.
 *
 * <p>A restore puts a backup in the store's place only when the backup is a StrikeDesk store that passes SQLite's
 * integrity check, and only when nothing has the store open. The old store stays where it is until the new one
 * replaces it in one rename, and is kept beside it as {@code NAME.before-restore}. A damaged store, or one that is not
 * a database at all, can be replaced too: that is what backups are for.
 */
public final class StoreCopies {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_MILLIS = 10_000;
    /** The store and the files SQLite keeps beside it in WAL mode. */
    private static final List<String> JOURNAL_FILES = List.of("", "-wal", "-shm");

    private StoreCopies() {}

    /**
     * Writes a consistent copy of the store at {@code store}, which may be in use, to {@code target}.
     *
     * @throws StoreException when the store is missing or cannot be read, {@code target} exists, or the copy cannot
     *     be written; nothing is left at {@code target} then
     */
    public static StoreSummary backup(Path store, Path target) {
        if (!Files.isRegularFile(store)) {
            throw new StoreException("There is no store at " + store + " to back up", null);
        }
        if (Files.exists(target)) {
            throw new StoreException(target + " already exists; name a new file for the backup", null);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(partial);
            copy(store, partial);
            StoreSummary summary = usable(partial, "The backup just written to " + partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot back up the store to " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Whether {@code file} is a StrikeDesk store this version can use; it is only read. */
    public static StoreCheck check(Path file) {
        if (!Files.isRegularFile(file)) {
            return new StoreCheck.Unusable("does not exist, or is not a file");
        }
        try {
            if (!startsWithSqliteHeader(file)) {
                return new StoreCheck.Unusable("is not an SQLite database, so not a StrikeDesk store");
            }
            try (Connection connection = readOnly(file)) {
                return check(connection);
            }
        } catch (IOException | SQLException e) {
            return new StoreCheck.Unusable("cannot be read as a store (" + e.getMessage() + ")");
        }
    }

    /**
     * Replaces the store at {@code store} with the backup at {@code backup}, after checking the backup and that
     * nothing has the store open. On refusal nothing has changed.
     */
    public static RestoreOutcome restore(Path backup, Path store) {
        if (backup.toAbsolutePath().normalize().equals(store.toAbsolutePath().normalize())) {
            return new RestoreOutcome.Refused("The backup is the store itself; name a backup file");
        }
        if (check(backup) instanceof StoreCheck.Unusable unusable) {
            return new RestoreOutcome.Refused(backup + " " + unusable.reason() + "; the store was left as it was");
        }
        Path incoming = store.resolveSibling(store.getFileName() + ".restoring");
        try {
            Path parent = store.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.deleteIfExists(incoming);
            copy(backup, incoming);
            StoreSummary summary = usable(incoming, "The copy of the backup at " + incoming);
            if (!Files.exists(store)) {
                Files.move(incoming, store, StandardCopyOption.ATOMIC_MOVE);
                return new RestoreOutcome.Restored(summary, Optional.empty());
            }
            if (closeJournal(store) == Journal.IN_USE) {
                return new RestoreOutcome.Refused("The store " + store + " is in use: stop the bot, and any other"
                        + " StrikeDesk command using it, then restore again; the store was left as it was");
            }
            Path previous = store.resolveSibling(store.getFileName() + ".before-restore");
            for (String suffix : JOURNAL_FILES) {
                copyIfThere(Path.of(store + suffix), Path.of(previous + suffix));
            }
            Files.move(incoming, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // A damaged store's log must not be replayed into the backup that replaced it.
            for (String suffix : JOURNAL_FILES.subList(1, JOURNAL_FILES.size())) {
                Files.deleteIfExists(Path.of(store + suffix));
            }
            return new RestoreOutcome.Restored(summary, Optional.of(previous));
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot restore " + backup + " into " + store + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /** Writes {@code from}, read in one transaction, to {@code to}, which must not exist. */
    private static void copy(Path from, Path to) throws SQLException {
        try (Connection connection = readOnly(from);
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, to.toAbsolutePath().toString());
            vacuum.execute();
        }
    }

    /** The summary of a copy just written, which must be usable: anything else is a fault of the disk or SQLite. */
    private static StoreSummary usable(Path copy, String what) throws IOException {
        StoreCheck result = check(copy);
        if (result instanceof StoreCheck.Usable usable) {
            return usable.summary();
        }
        if (result instanceof StoreCheck.Unusable unusable) {
            throw new IOException(what + " " + unusable.reason());
        }
        throw new IllegalStateException("A store check with no meaning here: " + result);
    }

    private static StoreCheck check(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String integrity = text(statement, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) {
                return new StoreCheck.Unusable("fails SQLite's integrity check (" + integrity + ")");
            }
            if (count(
                            statement,
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                    + " AND name IN ('flyway_schema_history', 'figures', 'imports', 'strikes', 'trusts')")
                    < 5) {
                return new StoreCheck.Unusable("is an SQLite database, but not a StrikeDesk store");
            }
            int version = (int) count(
                    statement, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1");
            if (version > Database.SCHEMA_VERSION) {
                return new StoreCheck.Unusable("was written by a newer StrikeDesk (store version " + version
                        + "; this one knows up to " + Database.SCHEMA_VERSION + ")");
            }
            if (count(statement, "SELECT count(*) FROM pragma_foreign_key_check") > 0) {
                return new StoreCheck.Unusable("has rows whose references are broken (PRAGMA foreign_key_check)");
            }
            String last = text(statement, "SELECT max(imported_at) FROM imports");
            return new StoreCheck.Usable(new StoreSummary(
                    version,
                    count(statement, "SELECT count(*) FROM figures"),
                    count(statement, "SELECT count(*) FROM imports"),
                    Optional.ofNullable(last).map(Instant::parse)));
        }
    }

    /** What became of the store's write-ahead log before a restore. */
    private enum Journal {
        /** Folded into the store, which is one file now. */
        CLOSED,
        /** Another connection has the store open: it must not be replaced. */
        IN_USE,
        /** The store cannot be read (damaged, or not a database), so nothing could be folded in. */
        UNREADABLE
    }

    /**
     * Folds the store's write-ahead log into it and leaves WAL mode, which SQLite allows only when no other
     * connection has the store open. The store is then one file, safe to copy and to replace; the next open turns WAL
     * on again.
     */
    private static Journal closeJournal(Path store) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(0);
        try (Connection connection = dataSource(store, config).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return "delete".equalsIgnoreCase(text(statement, "PRAGMA journal_mode = DELETE"))
                    ? Journal.CLOSED
                    : Journal.IN_USE;
        } catch (SQLException e) {
            return e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code
                            || e.getErrorCode() == SQLiteErrorCode.SQLITE_LOCKED.code
                    ? Journal.IN_USE
                    : Journal.UNREADABLE;
        }
    }

    private static void copyIfThere(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(to);
        }
    }

    private static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_MILLIS);
        return dataSource(file, config).getConnection();
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private static boolean startsWithSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    private static String text(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind holds nothing the next attempt needs; it is replaced then.
        }
    }
}
