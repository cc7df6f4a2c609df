package org.strikedesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.strikedesk.config.ConfigLoader;
import org.strikedesk.config.Home;
import org.strikedesk.config.StrikeDeskConfig;
import picocli.CommandLine.Option;

/** Options every subcommand takes: where the store and the config are. */
final class Locations {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "The SQLite store (default: data.store in the config, data/strikedesk.db)")
    Path db;

    @Option(names = "--config", paramLabel = "PATH", description = "The config file (default: config/strikedesk.json)")
    Path config;

    /** The store: {@code --db}, else {@code data.store} in the config. */
    Path database(StrikeDeskConfig loaded) {
        return db != null ? db : Home.resolve(loaded.data().store());
    }

    /** The config, whose logging format takes effect at once. */
    StrikeDeskConfig loadConfig() {
        Path file = config != null ? config : Home.directory().resolve("config").resolve("strikedesk.json");
        StrikeDeskConfig loaded =
                config == null && !Files.exists(file) ? StrikeDeskConfig.DEFAULT : new ConfigLoader().load(file);
        Logging.use(loaded.logging().format());
        return loaded;
    }

    /** The store these options name, without opening it. */
    Path store() {
        return database(loadConfig());
    }

    /** Opens the application with the store and config these options name. */
    Application open() throws IOException {
        StrikeDeskConfig loaded = loadConfig();
        return Application.open(
                loaded, database(loaded), Home.resolve(loaded.data().directory()), Clock.systemUTC());
    }
}
