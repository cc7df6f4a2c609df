package org.strikedesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.strikedesk.config.StrikeDeskConfig;

/** Opens StrikeDesk on a fresh store in a test's temporary folder, loaded from the shipped {@code data/}. */
public final class TestApplications {
    /** A fixed moment for tests: 28 November 2026, 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private TestApplications() {}

    /** The project's shipped reference data. */
    public static Path shippedData() {
        return Path.of("data").toAbsolutePath();
    }

    public static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static Application open(Path folder) {
        return open(folder, StrikeDeskConfig.DEFAULT);
    }

    public static Application open(Path folder, StrikeDeskConfig config) {
        return open(folder, config, fixedClock());
    }

    public static Application open(Path folder, StrikeDeskConfig config, Clock clock) {
        try {
            return Application.open(config, folder.resolve("strikedesk.db"), shippedData(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
