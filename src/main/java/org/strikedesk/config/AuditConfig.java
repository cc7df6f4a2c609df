package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/**
 * The record of who was shown which figures.
 *
 * @param keep how long who asked, where, when, and what they were shown is kept, with the corrections that name them
 */
public record AuditConfig(Duration keep) {
    public static final AuditConfig DEFAULT = new AuditConfig(Duration.ofDays(180));

    public AuditConfig {
        if (keep == null) {
            keep = Duration.ofDays(180);
        }
        Durations.atLeast("audit.keep", keep, Duration.ofDays(1));
    }

    /** Reads the config section; the duration is ISO 8601 text such as {@code P180D}. */
    @JsonCreator
    static AuditConfig of(@JsonProperty("keep") String keep) {
        return new AuditConfig(Durations.parse("audit.keep", keep, null));
    }
}
