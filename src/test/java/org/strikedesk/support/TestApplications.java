package org.strikedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.strikedesk.Application;
import org.strikedesk.config.ConfigLoader;
import org.strikedesk.config.StrikeDeskConfig;

/**
 * Opens StrikeDesk on a fresh store in a test's folder, loaded with the data it ships. The arguments always come in
 * one order: the folder, the clock, then the settings. A class whose tests only ask questions of StrikeDesk as shipped
 * uses {@link AppOnShippedData}, which opens and closes it for them.
 */
public final class TestApplications {
    /** The moment tests run at unless they say otherwise: 28 November 2026, 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    /** The data folder StrikeDesk ships (tests run from the project's folder). */
    public static final Path SHIPPED_DATA = Path.of("data").toAbsolutePath();

    /**
     * The default settings with the plausibility gate off: for tests of imports at scale or under faults, whose
     * synthetic figures (every trust in England, made-up values) the gate would rightly hold. The gate has its own tests.
     */
    public static final StrikeDeskConfig WITHOUT_GATE = StrikeDeskConfig.DEFAULT.withReview(
            StrikeDeskConfig.DEFAULT.review().withoutGate());

    /** {@link #WITHOUT_GATE} as a config file's section: {@code "review": {"gate": false}}. */
    public static final String WITHOUT_GATE_JSON = "\"review\": {\"gate\": false}";

    private TestApplications() {}

    /** StrikeDesk with the default settings, its clock standing at {@link #NOW}. */
    public static Application open(Path folder) {
        return open(folder, new MutableClock(NOW));
    }

    /** StrikeDesk with the default settings. */
    public static Application open(Path folder, Clock clock) {
        return open(folder, clock, StrikeDeskConfig.DEFAULT);
    }

    /** StrikeDesk with the settings in {@code json}, a config file's text. */
    public static Application open(Path folder, Clock clock, String json) {
        return open(folder, clock, settings(json));
    }

    public static Application open(Path folder, Clock clock, StrikeDeskConfig config) {
        try {
            return Application.open(config, folder.resolve("strikedesk.db"), SHIPPED_DATA, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings in {@code json}, a config file's text, as StrikeDesk would load them. */
    public static StrikeDeskConfig settings(String json) {
        return new ConfigLoader().parse("test config", json);
    }
}
