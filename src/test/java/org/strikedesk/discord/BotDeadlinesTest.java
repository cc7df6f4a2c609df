package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.strikedesk.discord.sim.Faults;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.Snowflakes;
import org.strikedesk.support.TidyCsv;

/**
 * Interactions that are already dead when they reach the bot: Discord takes an answer only within three seconds of
 * creating an interaction, and the simulator counts from the time in its id (see {@code SimulatorDeadlinesTest}).
 * The bot leaves them unanswered and undone, and logs them. The figures uploaded here are synthetic.
 */
class BotDeadlinesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    @BeforeAll
    static void listen() {
        logs.start();
        listener().addAppender(logs);
    }

    @AfterAll
    static void stopListening() {
        listener().detachAppender(logs);
    }

    private static Logger listener() {
        return (Logger) LoggerFactory.getLogger(InteractionListener.class);
    }

    @DisplayName("An interaction delivered 4 s after Discord made it is not answered, and the log says why")
    @Test
    void deadOnArrival() {
        Interaction dead = discord.sim()
                .command("national")
                .createdAgo(Duration.ofSeconds(4))
                .send();
        // Events reach the bot in order: once a later interaction is answered, the dead one has been dealt with.
        JsonNode later = discord.sim().slash("national", Map.of()).awaitFinalMessage(WAIT);

        assertThat(later.get("embeds").get(0).get("description").asText()).startsWith("54,095");
        assertThat(discord.sim().requests())
                .noneSatisfy(r -> assertThat(r.path()).contains(dead.token()));
        assertThat(logs.list)
                .anySatisfy(event -> assertThat(event.getFormattedMessage())
                        .startsWith("/national from user " + SimDefaults.REPORTER.id() + " arrived ")
                        .endsWith("past the 3-second deadline: not answered"));
    }

    @DisplayName("An interaction with a second left is still answered in time")
    @Test
    void stillInTime() {
        Interaction interaction = discord.sim()
                .command("national")
                .createdAgo(Duration.ofSeconds(2))
                .send();

        interaction.awaitFinalMessage(WAIT);

        assertThat(interaction.acknowledgedWithin().orElseThrow()).isLessThan(Interaction.ACK_DEADLINE);
    }

    @DisplayName("An upload made during a gateway outage, handed over dead on RESUME, is not imported")
    @Test
    void afterAnOutage() {
        int importsBefore = discord.bot().app().history().latest(1000).size();
        Faults.Outage outage = discord.sim().faults().gatewayOutage();
        Interaction upload = discord.sim()
                .command("ingest")
                .attachment(
                        "file",
                        "synthetic-outage.csv",
                        TidyCsv.citing("https://example.org/synthetic/outage")
                                .row("2023-06-junior-doctors,RGT,,acute_rescheduled,77")
                                .bytes())
                .by(SimDefaults.EDITOR)
                .send();
        Awaitility.await("the upload to be older than Discord's deadline")
                .atMost(WAIT)
                .until(() -> Duration.between(Snowflakes.timeOf(upload.id()), Instant.now())
                                .compareTo(Interaction.ACK_DEADLINE)
                        > 0);
        outage.close();
        discord.sim().awaitEvents("RESUMED", 1, WAIT);

        JsonNode after = discord.sim().slash("national", Map.of()).awaitFinalMessage(WAIT);

        assertThat(upload.deliveredAt()).as("handed over on RESUME").isPresent();
        assertThat(after.get("embeds").get(0).get("description").asText()).startsWith("54,095");
        assertThat(upload.callbacks()).isEmpty();
        assertThat(discord.bot().app().history().latest(1000)).hasSize(importsBefore);
        assertThat(Optional.of(logs.list.toString()))
                .hasValueSatisfying(text -> assertThat(text).contains("/ingest from user " + SimDefaults.EDITOR.id()));
    }
}
