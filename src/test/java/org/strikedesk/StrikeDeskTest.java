package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The command line's answers to mistakes with the bot token: one clear sentence, and never the token itself. */
class StrikeDeskTest {
    /** Shaped like a bot token, made up at run time so nothing token-shaped is kept in the repository. */
    private static final String TOKEN = "M" + "x".repeat(23) + "." + "y".repeat(6) + "." + "z".repeat(30);

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level level;

    @BeforeEach
    void keepLogLevel() {
        level = root.getLevel();
    }

    /** The console commands quieten logging for the whole process; other tests expect it as it was. */
    @AfterEach
    void restoreLogLevel() {
        root.setLevel(level);
    }

    private int execute(String... args) {
        CommandLine commandLine = StrikeDesk.commandLineFor(args);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @DisplayName("ask with a config file holding a token fails, says to use DISCORD_TOKEN, and does not repeat it")
    @Test
    void tokenInConfig() throws IOException {
        Path config = folder.resolve("strikedesk.json");
        Files.writeString(config, "{\"discord\": {\"guilds\": [\"" + TOKEN + "\"]}}");

        int exit = execute(
                "ask",
                "--config",
                config.toString(),
                "--db",
                folder.resolve("s.db").toString(),
                "/help");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("DISCORD_TOKEN").doesNotContain(TOKEN, "y".repeat(6), "z".repeat(30));
        assertThat(out.toString()).doesNotContain(TOKEN);
        assertThat(Files.exists(folder.resolve("s.db"))).as("nothing opened").isFalse();
    }

    @DisplayName("ask with a token pasted as the whole config file fails the same way")
    @Test
    void configThatIsAToken() throws IOException {
        Path config = folder.resolve("strikedesk.json");
        Files.writeString(config, TOKEN + "\n");

        int exit = execute(
                "ask",
                "--config",
                config.toString(),
                "--db",
                folder.resolve("s.db").toString(),
                "/help");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("DISCORD_TOKEN").doesNotContain("x".repeat(23), "z".repeat(30));
    }

    @DisplayName("run without a token exits with one sentence saying how to provide it")
    @Test
    void runWithoutToken() {
        assumeTrue(System.getenv("DISCORD_TOKEN") == null, "DISCORD_TOKEN is set in this environment");
        assumeTrue(System.getenv("DISCORD_TOKEN_FILE") == null, "DISCORD_TOKEN_FILE is set in this environment");

        int exit = execute("run", "--db", folder.resolve("s.db").toString());

        String said = err.toString().strip();
        assertThat(exit).isNotZero();
        assertThat(said)
                .doesNotContain("\n", "Exception", "\tat ")
                .contains("DISCORD_TOKEN")
                .endsWith(".");
        assertThat(said.substring(0, said.length() - 1)).doesNotContain(". ");
    }
}
