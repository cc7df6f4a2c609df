package org.strikedesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite store. It owns the settings every connection needs (WAL, foreign keys, a busy timeout), brings
 * the schema up to date with the migrations on open, and lends connections: several readers at once, one
 * writer at a time, each write in one transaction.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    /** The newest migration in {@code db/migration}; a test keeps the two in step. */
    static final int SCHEMA_VERSION = 8;

    private static final int WRITER_CACHE_KIB = 64 * 1024;

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Connection writer;

    private Database(Path file, SQLiteDataSource dataSource) throws SQLException {
        this.file = file;
        this.dataSource = dataSource;
        this.writer = dataSource.getConnection();
        this.writer.setAutoCommit(false);
        try (Statement statement = writer.createStatement()) {
            // An England-scale import touches every page of the figures table and its index; with SQLite's
            // default 2 MB cache those pages are written out and read back many times within one transaction.
            statement.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
        }
        for (int i = 0; i < READERS; i++) {
            Connection reader = dataSource.getConnection();
            try (Statement statement = reader.createStatement()) {
                statement.execute("PRAGMA query_only = true");
            }
            readers.add(reader);
        }
    }

    /** Opens the store at {@code file}, creating it and its folder when missing, and migrates its schema. */
    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteDataSource dataSource = new SQLiteDataSource(settings());
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            if (schemaVersion(dataSource) < SCHEMA_VERSION) {
                migrate(dataSource);
            }
            return new Database(file, dataSource);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StoreException("Cannot open the store at " + file + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        return config;
    }

    /**
     * The version of the store's schema, 0 for a new store. Flyway is started only when the store is behind: it
     * costs a noticeable part of a one-off console answer's start-up, to learn that nothing needs doing.
     */
    static int schemaVersion(SQLiteDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
                if (!exists.next()) {
                    return 0;
                }
            }
            try (ResultSet version = statement.executeQuery(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return version.next() ? version.getInt(1) : 0;
            }
        }
    }

    private static void migrate(SQLiteDataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** The file this store lives in. */
    public Path file() {
        return file;
    }

    /** Runs read-only work on one of the reader connections. */
    public <T extends @Nullable Object> T read(SqlWork<T> work) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting to read the store", e);
        }
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store: " + e.getMessage(), e);
        } finally {
            readers.add(connection);
        }
    }

    /** Runs work in one transaction on the writer: all of it is committed, or none of it. */
    public <T extends @Nullable Object> T transaction(SqlWork<T> work) {
        writeLock.lock();
        try {
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StoreException("Cannot write to the store: " + e.getMessage(), e);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackAfter(Exception failure) {
        try {
            writer.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
            for (Connection reader : readers) {
                reader.close();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot close the store: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Database[" + file + ", " + dataSource.getUrl() + "]";
    }
}
