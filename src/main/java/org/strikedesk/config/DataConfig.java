package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import org.strikedesk.store.Database;

/**
 * Where the shipped reference data lives, and how the store is shared.
 *
 * @param directory the folder holding {@code ods-etr.csv}, {@code strikes.csv} and the figures files, relative
 *     to the project's home unless absolute
 * @param busyTimeout how long a write to the store waits while another StrikeDesk (an import from cron, the bot)
 *     is writing to it, before giving up
 */
public record DataConfig(String directory, Duration busyTimeout) {
    /** SQLite counts the timeout in milliseconds, in an int. */
    private static final Duration LONGEST_BUSY_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    public static final DataConfig DEFAULT = new DataConfig("data", Database.DEFAULT_BUSY_TIMEOUT);

    public DataConfig {
        if (directory == null || directory.isBlank()) {
            throw new ConfigException("data.directory must name a folder");
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

    /** The reference data in {@code directory}, with the default busy timeout. */
    public static DataConfig in(String directory) {
        return new DataConfig(directory, Database.DEFAULT_BUSY_TIMEOUT);
    }

    @JsonCreator
    static DataConfig of(@JsonProperty("directory") String directory, @JsonProperty("busyTimeout") String busyTimeout) {
        return new DataConfig(
                directory == null ? "data" : directory,
                Durations.parse("data.busyTimeout", busyTimeout, Database.DEFAULT_BUSY_TIMEOUT));
    }
}
