package org.strikedesk.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Durations in config files, written as ISO-8601 ({@code PT1H}, {@code PT30S}, {@code P1D}). */
final class Durations {
    private Durations() {}

    /** The duration {@code text} names, {@code fallback} when it is missing; the key is named when it is wrong. */
    static Duration parse(String key, String text, Duration fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException(
                    key + ": \"" + text + "\" is not a duration; write it as PT30S, PT5M, PT1H or P1D");
        }
    }

    /** Refuses a duration shorter than {@code min}. */
    static void atLeast(String key, Duration value, Duration min) {
        if (value.compareTo(min) < 0) {
            throw new ConfigException(key + " must be at least " + min + ", not " + value);
        }
    }
}
