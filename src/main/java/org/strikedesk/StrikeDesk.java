package org.strikedesk;

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
        description = "Answers questions about the NHS strikes in England, in Discord or at the console.",
        subcommands = {
            RunCommand.class,
            AskCommand.class,
            ShellCommand.class,
            IngestCommand.class,
            ImportsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ExportFiguresCommand.class,
            ReviewAtConsole.class,
            CorrectionsAtConsole.class,
            CommandLine.HelpCommand.class
        })
public final class StrikeDesk {
    private static final Logger log = LoggerFactory.getLogger(StrikeDesk.class);

    public static void main(String[] args) {
        // Charts are drawn off-screen; a server has no display, and a desktop should not show a window for one.
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a problem a person can fix is one sentence, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new StrikeDesk()).setSubcommandsCaseInsensitive(true);
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
