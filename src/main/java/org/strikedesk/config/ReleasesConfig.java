package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When strikes' figures are due.
 *
 * @param expectedWithin how many working days in England after a strike's last day NHS England's figures are
 *     expected by; after that day they are overdue
 */
public record ReleasesConfig(int expectedWithin) {
    /**
     * The longest wait in the shipped data: for each strike with a publication date, the working days from its last
     * day to its earliest publication (1 to 4; the June–July 2024 strike's figures came on the fourth). A test works
     * it out again from {@code data/} and keeps this in step.
     */
    public static final int FROM_SHIPPED_DATA = 4;

    public static final ReleasesConfig DEFAULT = new ReleasesConfig(FROM_SHIPPED_DATA);

    public ReleasesConfig {
        if (expectedWithin < 1 || expectedWithin > 60) {
            throw new ConfigException("releases.expectedWithin must be 1 to 60 working days, not " + expectedWithin);
        }
    }

    /** Reads the config section; a key left out takes its default. */
    @JsonCreator
    static ReleasesConfig of(@JsonProperty("expectedWithin") Integer expectedWithin) {
        return new ReleasesConfig(expectedWithin == null ? FROM_SHIPPED_DATA : expectedWithin);
    }
}
