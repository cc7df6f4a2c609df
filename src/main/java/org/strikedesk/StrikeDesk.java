package org.strikedesk;

import org.strikedesk.config.ConfigException;
import org.strikedesk.config.UserFacingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code run}, {@code ask}, {@code shell}, {@code ingest}, {@code imports}, {@code review} and
 * {@code corrections}.
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
            ReviewAtConsole.class,
            CorrectionsAtConsole.class,
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
        CommandLine commandLine = new CommandLine(new StrikeDesk()).setSubcommandsCaseInsensitive(true);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof UserFacingException) {
                cmd.getErr().println(e.getMessage());
                return 2;
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
