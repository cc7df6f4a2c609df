package org.strikedesk.config;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * How a date written as text reads, such as {@code d/M/uuuu}; British month names. A date cell reads as its ISO
 * date ({@code 2023-04-11}), which is also the pattern when none is given.
 *
 * @param pattern the pattern as written
 * @param formatter the pattern compiled
 */
public record DateText(String pattern, DateTimeFormatter formatter) {
    public static final String ISO = "uuuu-MM-dd";

    static DateText of(String key, String pattern) {
        String text = pattern == null ? ISO : pattern;
        if (text.contains("y")) {
            throw new ConfigException(key + ": \"" + text + "\" writes the year as y; write it as u (uuuu), which"
                    + " reads the year without an era, so 31/02/2024 is refused rather than taken as 29 February");
        }
        try {
            return new DateText(
                    text, DateTimeFormatter.ofPattern(text, Locale.UK).withResolverStyle(ResolverStyle.STRICT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    key + ": \"" + text + "\" is not a date pattern such as d/M/uuuu (" + e.getMessage() + ")");
        }
    }

    /** The date the text holds, if it reads as this pattern. */
    public Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), formatter));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
