package org.strikedesk.config;

import java.nio.file.Path;

/**
 * Where StrikeDesk is installed: the folder {@code bin/strikedesk} names in the {@code strikedesk.home} property, else
 * the working folder. Relative paths in the config, and the default store and config, are read from here.
 */
public final class Home {
    private Home() {}

    public static Path directory() {
        String home = System.getProperty("strikedesk.home");
        return Path.of(home == null || home.isBlank() ? "." : home);
    }
}
