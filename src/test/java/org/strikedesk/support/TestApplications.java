package org.strikedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.strikedesk.Application;
import org.strikedesk.config.ConfigLoader;
import org.strikedesk.config.StrikeDeskConfig;

/** Opens StrikeDesk on a fresh store in a test folder, loaded with the data it ships. */
public final class TestApplications {
    /** The data folder StrikeDesk ships (tests run from the project's folder). */
    public static final Path SHIPPED_DATA = Path.of("data");

    private TestApplications() {}

    /** StrikeDesk with the default settings. */
    public static Application open(Path folder, Clock clock) {
        return open(folder, clock, StrikeDeskConfig.DEFAULT);
    }

    /** StrikeDesk with the settings in {@code json}, a config file's text. */
    public static Application open(Path folder, Clock clock, String json) {
        return open(folder, clock, new ConfigLoader().parse("test config", json));
    }

    public static Application open(Path folder, Clock clock, StrikeDeskConfig config) {
        try {
            return Application.open(config, folder.resolve("strikedesk.db"), SHIPPED_DATA, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
