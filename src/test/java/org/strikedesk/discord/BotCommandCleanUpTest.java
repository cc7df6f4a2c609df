package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.strikedesk.discord.sim.GuildBuilder;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.WireRecord;

/**
 * The removal of guild commands an earlier per-server run left, when the bot registers globally. An app "can have a
 * global and guild {@code CHAT_INPUT} command with the same name" and a server then offers both (docs
 * {@code developers/interactions/application-commands.mdx}, "Registering a Command"); the bulk overwrite of a server's
 * commands replaces "the existing command list for this application for the targeted guild" ("Bulk Overwrite Guild
 * Application Commands", {@code PUT /applications/{app}/guilds/{guild}/commands}), so {@code []} empties it. The
 * simulator keeps each scope's list that way ({@code sim/CommandRoutes}). Three synthetic servers; the bot remembers in
 * its store where it registered per server, and empties only those, once every server has been swept a first time.
 */
class BotCommandCleanUpTest {
    private static final String NEWSROOM = SimDefaults.GUILD_ID;
    private static final String SECOND = "1300000000000000500";
    private static final String THIRD = "1300000000000000600";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern GUILD_COMMANDS = Pattern.compile("/applications/\\d+/guilds/(\\d+)/commands");

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord =
            BotOnSimulator.forEachTest(b -> b.guild(GuildBuilder::newsroomDefaults)
                    .guild(g -> g.id(SECOND).name("Synthetic second").textChannel("1300000000000000501", "desk"))
                    .guild(g -> g.id(THIRD).name("Synthetic third").textChannel("1300000000000000601", "desk")));

    @DisplayName("After a per-server run the next global start empties that"
            + " server alone, and the start after that sends no guild-commands request at all")
    @Test
    void emptiesOnlyWhereItRegistered() {
        assertThat(recorded("command_sweeps"))
                .as("the first global start on a fresh store swept shard 0 of 1")
                .isEqualTo(1);

        discord.bot().restartRegisteringIn(List.of(SECOND));
        assertThat(discord.sim().registeredGuildCommands(SECOND)).isNotEmpty();
        int before = guildCommandRequests().size();

        discord.bot().restartRegisteringIn(List.of());

        assertThat(guildCommandRequests().subList(before, guildCommandRequests().size()))
                .containsExactly("PUT " + SECOND);
        assertThat(discord.sim().registeredGuildCommands(SECOND)).isEmpty();
        assertThat(discord.sim().registeredCommands()).isNotEmpty();
        assertThat(recorded("guild_commands"))
                .as("forgotten once Discord confirmed")
                .isZero();
        int afterCleanUp = guildCommandRequests().size();

        discord.bot().restart();

        assertThat(guildCommandRequests()).hasSize(afterCleanUp);
    }

    @DisplayName("A store from before the record (no sweep, no server named) sweeps every server once, then never")
    @Test
    void oldStoreSweepsOnce() {
        discord.bot().restartRegisteringIn(List.of(THIRD));
        assertThat(discord.sim().registeredGuildCommands(THIRD)).isNotEmpty();
        forgetEverything();
        int before = guildCommandRequests().size();

        discord.bot().restartRegisteringIn(List.of());

        assertThat(guildCommandRequests().subList(before, guildCommandRequests().size()))
                .containsExactlyInAnyOrder("PUT " + NEWSROOM, "PUT " + SECOND, "PUT " + THIRD);
        assertThat(discord.sim().registeredGuildCommands(THIRD)).isEmpty();
        assertThat(recorded("command_sweeps")).as("shard 0 of 1 swept").isEqualTo(1);
        int afterSweep = guildCommandRequests().size();

        discord.bot().restart();

        assertThat(guildCommandRequests()).hasSize(afterSweep);
    }

    @DisplayName("The sweep runs after start: the bot answers while it is under way, and stopping the bot ends it after"
            + " the request in flight, to be done again at the next start")
    @Test
    void sweepsAfterStartAndStopsWithTheBot() throws InterruptedException {
        forgetEverything();
        // Each server's request takes three seconds, so the sweep of three is under way for nine.
        discord.sim().faults().delay("PUT", GUILD_COMMANDS.pattern(), 3000);
        int before = guildCommandRequests().size();
        int afterStop;
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger logger = (Logger) LoggerFactory.getLogger(GuildCommandCleanUp.class);
        logger.addAppender(logs);
        logs.start();
        try {
            discord.bot().restartLeavingCleanUp();

            JsonNode answer = discord.sim()
                    .command("trust")
                    .option("trust", "ENHT")
                    .by(SimDefaults.REPORTER)
                    .in(SimDefaults.NEWS_CHANNEL_ID)
                    .send()
                    .awaitFinalMessage(WAIT);
            assertThat(answer.toString()).contains("ENHT");
            assertThat(discord.bot().discordBot().awaitCommandCleanUp(Duration.ZERO))
                    .as("the sweep still under way when the answer came")
                    .isFalse();

            discord.bot().discordBot().close();

            assertThat(discord.bot().discordBot().awaitCommandCleanUp(Duration.ZERO))
                    .as("the clean-up over once the bot has stopped")
                    .isTrue();
            afterStop = guildCommandRequests().size();
            assertThat(afterStop - before).isBetween(1, 2);
            assertThat(recorded("command_sweeps"))
                    .as("a sweep cut short is not recorded")
                    .isZero();
            discord.sim().faults().clear();
            discord.bot().restart();
        } finally {
            discord.sim().faults().clear();
            logger.detachAppender(logs);
        }

        assertThat(guildCommandRequests()
                        .subList(afterStop, guildCommandRequests().size()))
                .as("the sweep begun again from the start")
                .containsExactlyInAnyOrder("PUT " + NEWSROOM, "PUT " + SECOND, "PUT " + THIRD);
        assertThat(recorded("command_sweeps")).isEqualTo(1);
        assertThat(logs.list.stream().map(ILoggingEvent::getFormattedMessage))
                .anyMatch(line -> line.matches("Stopped removing per-server slash commands; [12] of 3 servers left"))
                .contains("Removed the per-server slash commands in 3 of 3 servers");
    }

    /** Empties the record, as the store of a build before it: no sweep, no server registered in. */
    private static void forgetEverything() {
        discord.bot().app().database().transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM guild_commands");
                return statement.executeUpdate("DELETE FROM command_sweeps");
            }
        });
    }

    /** The bot's requests on servers' own command lists, in order, as "METHOD guild". */
    private static List<String> guildCommandRequests() {
        return discord.sim().requests().stream()
                .map(BotCommandCleanUpTest::guildCommands)
                .flatMap(List::stream)
                .toList();
    }

    private static List<String> guildCommands(WireRecord request) {
        Matcher matcher = GUILD_COMMANDS.matcher(request.path());
        return matcher.matches() ? List.of(request.method() + " " + matcher.group(1)) : List.of();
    }

    private static int recorded(String table) {
        return discord.bot().app().database().read(connection -> {
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                return rows.next() ? rows.getInt(1) : -1;
            }
        });
    }
}
