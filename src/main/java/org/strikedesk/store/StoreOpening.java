package org.strikedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteDataSource;

/**
 * The checks a store passes before StrikeDesk uses it: a file (not a folder) that this user may read and write, a
 * database, of a schema no newer than this build's, that passes SQLite's integrity check. Each failure is a
 * {@link StoreException} with its {@link StoreProblem}.
 */
final class StoreOpening {
    private static final Logger log = LoggerFactory.getLogger(StoreOpening.class);

    private StoreOpening() {}

    /** What can be told from the path alone, before SQLite opens it; creates its folder when missing. */
    static void checkPath(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(new StoreProblem.Directory(file), null);
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            log.info("Cannot create the folder of the store {}: {}", file, e.toString());
            throw new StoreException(new StoreProblem.Unreadable(file), e);
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new StoreException(new StoreProblem.Unreadable(file), null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException(new StoreProblem.ReadOnly(file), null);
        }
    }

    /**
     * Reads the schema version and runs SQLite's integrity check. A store written by a newer StrikeDesk is refused
     * before anything touches it: this build's migrations would not know its tables, and Flyway by default lets
     * migrations it does not know pass.
     */
    static void check(Path file, SQLiteDataSource dataSource, int known) throws SQLException {
        int version = Database.schemaVersion(dataSource);
        if (version > known) {
            throw new StoreException(new StoreProblem.NewerSchema(file, version, known), null);
        }
        String integrity = integrity(dataSource);
        if (!"ok".equals(integrity)) {
            log.info("The store {} fails SQLite's integrity check: {}", file, integrity);
            throw new StoreException(new StoreProblem.Damaged(file, integrity), null);
        }
    }

    /** SQLite's integrity check: "ok", or its first finding. */
    private static String integrity(SQLiteDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check(1)")) {
            return result.next() ? result.getString(1) : "no answer";
        }
    }
}
