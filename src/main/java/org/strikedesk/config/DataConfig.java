package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import org.strikedesk.store.Database;

/**
 * Where the shipped reference data and the store live, and how the store is shared. Paths are relative to
 * StrikeDesk's home unless absolute.
 *
 * @param directory the folder holding {@code ods-etr.csv}, {@code strikes.csv} and the figures files
 * @param store the SQLite store, created on first use; {@code --db} overrides it
 * @param busyTimeout how long a write to the store waits while another StrikeDesk (an import from cron, the bot)
 *     is writing to it, before giving up
 */
public record DataConfig(String directory, String store, Duration busyTimeout) {
    /** SQLite counts the timeout in milliseconds, in an int. */
    private static final Duration LONGEST_BUSY_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    public static final DataConfig DEFAULT =
            new DataConfig("data", "data/strikedesk.db", Database.DEFAULT_BUSY_TIMEOUT);

    public DataConfig {
        if (directory == null || directory.isBlank()) {
            throw new ConfigException("data.directory must name a folder");
        }
        if (store == null || store.isBlank()) {
            throw new ConfigException("data.store must name a file");
        }
        if (busyTimeout == null) {
            throw new ConfigException("data.busyTimeout must be a duration, such as PT10S");
        }
        Durations.atLeast("data.busyTimeout", busyTimeout, Duration.ZERO);
        if (busyTimeout.compareTo(LONGEST_BUSY_TIMEOUT) > 0) {
            throw new ConfigException(
                    "data.busyTimeout must be at most " + LONGEST_BUSY_TIMEOUT + ", not " + busyTimeout);
        }
    }

    /** The reference data in {@code directory}, with the default store and busy timeout. */
    public static DataConfig in(String directory) {
        return new DataConfig(directory, DEFAULT.store(), DEFAULT.busyTimeout());
    }

    @JsonCreator
    static DataConfig of(
            @JsonProperty("directory") String directory,
            @JsonProperty("store") String store,
            @JsonProperty("busyTimeout") String busyTimeout) {
        return new DataConfig(
                directory == null ? DEFAULT.directory() : directory,
                store == null ? DEFAULT.store() : store,
                Durations.parse("data.busyTimeout", busyTimeout, Database.DEFAULT_BUSY_TIMEOUT));
    }
}
