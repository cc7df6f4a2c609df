package org.strikedesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads SQLite's result codes as {@link StoreProblem}s: the faults of the store's surroundings, as opposed to
 * StrikeDesk's own mistakes (a constraint broken, a query wrong), which stay plain failures. See
 * <a href="https://www.sqlite.org/rescode.html">SQLite's result codes</a>.
 */
final class SqliteFaults {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteFaults() {}

    /** The problem behind {@code failure}, looking through the exceptions that wrap it (Flyway's among them). */
    static Optional<StoreProblem> of(Path file, Duration busyTimeout, @Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                Optional<StoreProblem> problem = of(file, busyTimeout, sql);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StoreProblem> of(Path file, Duration busyTimeout, SQLException failure) {
        // The vendor code is SQLite's extended result code; its low byte is the primary code.
        return switch (failure.getErrorCode() & 0xff) {
            case BUSY, LOCKED -> Optional.of(new StoreProblem.Busy(file, busyTimeout));
            case READONLY -> Optional.of(new StoreProblem.ReadOnly(file));
            case IOERR -> Optional.of(new StoreProblem.InputOutput(file, String.valueOf(failure.getMessage())));
            case CORRUPT -> Optional.of(new StoreProblem.Damaged(file, String.valueOf(failure.getMessage())));
            case FULL -> Optional.of(new StoreProblem.DiskFull(file));
            case NOTADB -> Optional.of(new StoreProblem.NotADatabase(file));
            case CANTOPEN ->
                Optional.of(
                        Files.isDirectory(file) ? new StoreProblem.Directory(file) : new StoreProblem.Unreadable(file));
            default -> Optional.empty();
        };
    }

    /** Whether {@code failure} is SQLite saying another connection holds the lock. */
    static boolean busy(SQLException failure) {
        int code = failure.getErrorCode() & 0xff;
        return code == BUSY || code == LOCKED;
    }
}
