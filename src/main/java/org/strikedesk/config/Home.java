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

    /** A path from the config: as it is when absolute, else within the home folder. */
    public static Path resolve(String configured) {
        return resolve(directory(), configured);
    }

    /** A path from the config: as it is when absolute, else within {@code home}. */
    public static Path resolve(Path home, String configured) {
        Path path = Path.of(configured);
        return path.isAbsolute() ? path : home.resolve(path);
    }
}
