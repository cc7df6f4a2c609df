package org.strikedesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.strikedesk.config.ConfigException;
import org.strikedesk.config.ConfigLoader;
import org.strikedesk.config.Home;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.config.UserFacingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: {@code run}, {@code ask}, {@code shell}, {@code ingest} and {@code imports}. */
@Command(
        name = "strikedesk",
        mixinStandardHelpOptions = true,
        versionProvider = StrikeDesk.VersionProvider.class,
        description = "Answers questions about the NHS strikes in England, in Discord or at the console.",
        subcommands = {
            RunCommand.class,
            AskCommand.class,
            ShellCommand.class,
            IngestCommand.class,
            ImportsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class StrikeDesk {

    public static void main(String[] args) {
        // Charts are drawn off-screen; a server has no display, and a desktop should not show a window for one.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a problem a person can fix is one sentence, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StrikeDesk());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof UserFacingException) {
                cmd.getErr().println(e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }

    /** Options every subcommand takes. */
    public static final class Locations {
        @Option(names = "--db", paramLabel = "PATH", description = "The SQLite store (default: data/strikedesk.db)")
        Path db;

        @Option(
                names = "--config",
                paramLabel = "PATH",
                description = "The config file (default: config/strikedesk.json)")
        Path config;

        Path database() {
            return db != null ? db : Home.directory().resolve("data").resolve("strikedesk.db");
        }

        StrikeDeskConfig loadConfig() {
            Path file =
                    config != null ? config : Home.directory().resolve("config").resolve("strikedesk.json");
            if (config == null && !Files.exists(file)) {
                return StrikeDeskConfig.DEFAULT;
            }
            return new ConfigLoader().load(file);
        }

        /** Opens the application with the store and config these options name. */
        Application open() throws java.io.IOException {
            StrikeDeskConfig loaded = loadConfig();
            Path data = Path.of(loaded.data().directory());
            Path dataDirectory = data.isAbsolute() ? data : Home.directory().resolve(data);
            return Application.open(loaded, database(), dataDirectory, Clock.systemUTC());
        }
    }

    /** Prints the version from the jar's manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"StrikeDesk " + Version.current()};
        }
    }
}
