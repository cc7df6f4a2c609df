package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How log lines are written (to standard error).
 *
 * @param format one line of text per event, or one JSON object per line for log collectors
 */
public record LoggingConfig(Format format) {
    public static final LoggingConfig DEFAULT = new LoggingConfig(Format.TEXT);

    /** The shape of a log line. */
    public enum Format {
        /** {@code 2026-11-29 14:00:00.000 INFO  [thread] logger - message}. */
        TEXT,
        /** One JSON object per line: time, level, thread, logger, message and any exception. */
        JSON
    }

    public LoggingConfig {
        format = format == null ? Format.TEXT : format;
    }

    @JsonCreator
    static LoggingConfig of(@JsonProperty("format") String format) {
        if (format == null) {
            return DEFAULT;
        }
        try {
            return new LoggingConfig(Format.valueOf(format.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("logging.format must be "
                    + Arrays.stream(Format.values())
                            .map(value -> "\"" + value.name().toLowerCase(Locale.ROOT) + "\"")
                            .collect(Collectors.joining(" or "))
                    + ", not \"" + format + "\"");
        }
    }
}
