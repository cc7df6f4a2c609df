package org.strikedesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite store. It owns the settings every connection needs (WAL, foreign keys, a busy timeout), checks on open
 * that the file is a healthy store of a schema this build knows and brings the schema up to date with the migrations,
 * and lends connections: several readers at once, never blocked by a writer, and one writer at a time, each write in
 * one transaction. A writer in another process is waited for (up to the busy timeout) rather than failed. Faults of
 * the store's surroundings come out as a {@link StoreException} carrying a {@link StoreProblem}.
 */
public final class Database implements AutoCloseable {
    /** How long a write waits for another process's write to finish, unless {@code data.busyTimeout} says otherwise. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int READERS = 4;
    /** The newest migration in {@code db/migration}; a test keeps the two in step. */
    static final int SCHEMA_VERSION = 14;

    /** The writer connection's page cache, in KiB. */
    public static final int WRITER_CACHE_KIB = 64 * 1024;

    private final Path file;
    private final Duration busyTimeout;
    private final SQLiteDataSource dataSource;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();
    private Connection writer;

    private Database(Path file, Duration busyTimeout, SQLiteDataSource dataSource) throws SQLException {
        this.file = file;
        this.busyTimeout = busyTimeout;
        this.dataSource = dataSource;
        this.writer = openWriter();
        for (int i = 0; i < READERS; i++) {
            Connection reader = dataSource.getConnection();
            try (Statement statement = reader.createStatement()) {
                statement.execute("PRAGMA query_only = true");
            }
            readers.add(reader);
        }
    }

    /**
     * The writer runs in SQLite's autocommit mode, with each transaction begun and ended here: {@code BEGIN
     * IMMEDIATE} takes the write lock first, so a second writer waits its turn at the start instead of failing when
     * it would upgrade a read; and after SQLite has rolled a transaction back itself (it does on a full disk or an
     * I/O error) no transaction is left for the driver to believe in.
     */
    private Connection openWriter() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            // An England-scale import touches every page of the figures table and its index; with SQLite's
            // default 2 MB cache those pages are written out and read back many times within one transaction.
            statement.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
        }
        return connection;
    }

    /** Opens the store at {@code file} as {@link #open(Path, Duration)} does, waiting the default for a writer. */
    public static Database open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT);
    }

    /**
     * Opens the store at {@code file}, creating it and its folder when missing, checks it and migrates its schema.
     *
     * @param busyTimeout how long a write waits for another process's write to finish
     * @throws StoreException with a {@link StoreProblem} when the file is not a usable store: not a database, a
     *     folder, unreadable, read-only, of a newer schema, or damaged
     */
    public static Database open(Path file, Duration busyTimeout) {
        StoreOpening.checkPath(file);
        SQLiteDataSource dataSource = new SQLiteDataSource(settings(busyTimeout));
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            StoreOpening.check(file, dataSource, SCHEMA_VERSION);
            if (schemaVersion(dataSource) < SCHEMA_VERSION) {
                migrate(dataSource);
            }
            return new Database(file, busyTimeout, dataSource);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException store) {
                throw store;
            }
            throw failure(file, busyTimeout, "Cannot open the store at " + file, e);
        }
    }

    private static SQLiteConfig settings(Duration busyTimeout) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Math.toIntExact(busyTimeout.toMillis()));
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

    /** Tells {@code listener} how each write ends, so that a running bot can report a store that fails. */
    public void addWriteListener(WriteListener listener) {
        listeners.add(listener);
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
            throw failure(file, busyTimeout, "Cannot read the store", e);
        } finally {
            readers.add(connection);
        }
    }

    /**
     * Runs work in one transaction on the writer: all of it is committed, or none of it. The transaction starts by
     * taking the write lock, waiting up to the busy timeout while another process holds it.
     */
    public <T extends @Nullable Object> T transaction(SqlWork<T> work) {
        writeLock.lock();
        try {
            T result = inTransaction(work);
            listeners.forEach(WriteListener::committed);
            return result;
        } catch (StoreException e) {
            e.problem().ifPresent(problem -> listeners.forEach(listener -> listener.failed(problem)));
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs work in one transaction, as {@link #transaction} does, but only if no other process is writing to the
     * store: it never waits for one. For records worth less than the answer they go with (who was shown which
     * figures), which must not keep a person waiting while another StrikeDesk imports.
     *
     * @return whether the work ran; false when another process held the write lock
     */
    public boolean transactionIfFree(SqlWork<?> work) {
        writeLock.lock();
        try {
            try {
                if (!beginWithoutWaiting()) {
                    return false;
                }
            } catch (SQLException e) {
                throw failure(file, busyTimeout, "Cannot start writing to the store", e);
            }
            runAndCommit(work);
            listeners.forEach(WriteListener::committed);
            return true;
        } catch (StoreException e) {
            e.problem().ifPresent(problem -> listeners.forEach(listener -> listener.failed(problem)));
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    private <T extends @Nullable Object> T inTransaction(SqlWork<T> work) {
        try {
            begin();
        } catch (SQLException e) {
            throw failure(file, busyTimeout, "Cannot start writing to the store", e);
        }
        return runAndCommit(work);
    }

    private <T extends @Nullable Object> T runAndCommit(SqlWork<T> work) {
        try {
            T result = work.run(writer);
            execute(writer, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            if (e instanceof StoreException store) {
                throw store;
            }
            if (e instanceof RuntimeException runtime
                    && SqliteFaults.of(file, busyTimeout, runtime).isEmpty()) {
                throw runtime;
            }
            throw failure(file, busyTimeout, "Cannot write to the store", e);
        }
    }

    /**
     * Takes the write lock. A first try does not wait, so that a wait can be said once in the log (a person at the
     * console sees why nothing happens); the second waits as long as the busy timeout allows.
     */
    private void begin() throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            try {
                statement.execute("BEGIN IMMEDIATE");
                return;
            } catch (SQLException e) {
                if (!SqliteFaults.busy(e)) {
                    throw e;
                }
            } finally {
                statement.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
            }
            log.warn("The store {} is in use by another StrikeDesk; waiting up to {} s for its turn", file, seconds());
            statement.execute("BEGIN IMMEDIATE");
            log.info("The store {} is free again; writing", file);
        }
    }

    /** Takes the write lock if no other process holds it; returns whether it did. */
    private boolean beginWithoutWaiting() throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
            try {
                statement.execute("BEGIN IMMEDIATE");
                return true;
            } catch (SQLException e) {
                if (!SqliteFaults.busy(e)) {
                    throw e;
                }
                return false;
            } finally {
                statement.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
            }
        }
    }

    private long seconds() {
        return Math.max(1, busyTimeout.toSeconds());
    }

    /**
     * Ends a failed transaction. SQLite may have rolled it back already (it does after a full disk or an I/O error,
     * and then says "no transaction is active"); otherwise it is rolled back here. If even that fails, the writer is
     * replaced, which rolls back whatever it held, so that the next write starts clean.
     */
    private void rollbackAfter(Exception failure) {
        try {
            execute(writer, "ROLLBACK");
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                log.debug("SQLite had rolled the failed transaction back itself");
                return;
            }
            failure.addSuppressed(e);
            replaceWriter(failure);
        }
    }

    private void replaceWriter(Exception failure) {
        try {
            writer.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            writer = openWriter();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A store exception for {@code e}: with its problem when SQLite's code says what it is, else as it came. */
    private static StoreException failure(Path file, Duration busyTimeout, String doing, Exception e) {
        return SqliteFaults.of(file, busyTimeout, e)
                .map(problem -> {
                    log.info("{}: {} ({})", doing, problem.fault(), e.getMessage());
                    return new StoreException(problem, e);
                })
                .orElseGet(() -> new StoreException(doing + ": " + e.getMessage(), e));
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

    /** Told how each write ends. */
    public interface WriteListener {
        /** A transaction was committed. */
        void committed();

        /** A transaction failed for a fault of the store's surroundings, and nothing of it was kept. */
        void failed(StoreProblem problem);
    }
}
