package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Optional;

/**
 * Backups the running bot takes of its store on its own.
 *
 * @param every how often; empty (the default) takes none
 * @param keep how many of the newest backups are kept in {@code directory}; older ones are deleted
 * @param directory where they go, relative to StrikeDesk's home unless absolute
 */
public record BackupConfig(Optional<Duration> every, int keep, String directory) {
    public static final BackupConfig DEFAULT = new BackupConfig(Optional.empty(), 7, "data/backups");

    /** The most backups kept: a sanity limit, so that a typo does not fill the disk. */
    static final int MOST_KEPT = 1000;

    public BackupConfig {
        every.ifPresent(value -> Durations.atLeast("backup.every", value, Duration.ofMinutes(1)));
        if (keep < 1 || keep > MOST_KEPT) {
            throw new ConfigException("backup.keep must be between 1 and " + MOST_KEPT + ", not " + keep);
        }
        if (directory.isBlank()) {
            throw new ConfigException("backup.directory must name a folder");
        }
    }

    /** Reads the config section; {@code every} is ISO 8601 text such as {@code PT6H}. */
    @JsonCreator
    static BackupConfig of(
            @JsonProperty("every") String every,
            @JsonProperty("keep") Integer keep,
            @JsonProperty("directory") String directory) {
        return new BackupConfig(
                Optional.ofNullable(Durations.parse("backup.every", every, null)),
                keep == null ? DEFAULT.keep() : keep,
                directory == null ? DEFAULT.directory() : directory);
    }
}
