package org.strikedesk;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.ConfigException;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.store.StoreException;
import org.strikedesk.store.StoreProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code run}, {@code ask}, {@code shell}, {@code ingest}, {@code imports}, {@code export},
 * {@code backup}, {@code restore}, {@code review} and {@code corrections}.
 */
@Command(
        name = "strikedesk",
        // Every subcommand inherits --help and --version.
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = StrikeDesk.VersionProvider.class,
        description = "Answers questions about the NHS strikes in England, in Discord or at the console.")
public final class StrikeDesk {
    private static final Logger log = LoggerFactory.getLogger(StrikeDesk.class);

    /** The subcommands, in the order {@code --help} lists them; {@code help} is picocli's own and comes last. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(
            RunCommand.class,
            AskCommand.class,
            ShellCommand.class,
            IngestCommand.class,
            ImportsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ExportFiguresCommand.class,
            ReviewAtConsole.class,
            CorrectionsAtConsole.class);

    public static void main(String[] args) {
        // Charts are drawn off-screen; a server has no display, and a desktop should not show a window for one.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLineFor(args).execute(args));
    }

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return withSubcommands(SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: when they start with a subcommand's name, that subcommand alone. Picocli
     * reads the options of every subcommand it is given before it parses anything, which was a good part of the
     * start-up of a one-off {@code ask}; {@code --help}, {@code help} and anything else get them all.
     */
    static CommandLine commandLineFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equalsIgnoreCase(args[0])) {
                    return withSubcommands(List.of(subcommand));
                }
            }
        }
        return commandLine();
    }

    /** The command line with its error handling: a problem a person can fix is one sentence, not a stack trace. */
    private static CommandLine withSubcommands(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new StrikeDesk());
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        if (subcommands.size() > 1) {
            commandLine.addSubcommand(CommandLine.HelpCommand.class);
        }
        commandLine.setSubcommandsCaseInsensitive(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof UserFacingException) {
                cmd.getErr().println(e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof StoreException store && store.problem().isPresent()) {
                StoreProblem problem = store.problem().get();
                log.debug("The store could not be used", e);
                cmd.getErr().println(problem.sentence());
                return ExitCodes.of(problem.kind());
            }
            throw e;
        });
        return commandLine;
    }

    /** Prints the version from the jar's manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"StrikeDesk " + Version.current()};
        }
    }
}
