package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.support.TidyCsv;

/**
 * Discord's gateway drops connections, invalidates sessions and asks clients to reconnect, and its REST API has slow
 * days. After each of these the bot is still connected and answers correctly.
 */
class BotGatewayFaultsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Just under Discord's three seconds, leaving the bot 0.8 s to answer (on a busy machine, it needs that). */
    private static final long SLOW_CALLBACK_MILLIS = 2200;

    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final AtomicInteger faults = new AtomicInteger();

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    @AfterAll
    static void record() {
        ReliabilityRecord.write("gateway-faults", Map.of("faultsInjected", faults.get()));
    }

    @DisplayName("Five dropped connections in a row are each resumed, and a command sent while down is answered")
    @Test
    void repeatedDrops() {
        Interaction sentWhileDown = null;
        for (int drop = 1; drop <= 5; drop++) {
            int resumed = discord.sim().events("RESUMED").size();
            discord.sim().faults().dropGateway();
            faults.incrementAndGet();
            if (drop == 5) {
                // Discord keeps what it could not deliver and replays it after RESUME.
                sentWhileDown = discord.sim().slash("cancellations", Map.of("trust", "ENHT"));
            }
            discord.sim().awaitEvents("RESUMED", resumed + 1, WAIT);
            awaitConnected();
        }

        assertThat(description(sentWhileDown.awaitFinalMessage(WAIT))).startsWith("**2,247**");
        assertAnswers();
    }

    @DisplayName("An invalidated session is identified afresh, and the bot answers again")
    @Test
    void invalidSession() {
        int readies = discord.sim().events("READY").size();

        discord.sim().faults().invalidateSession();
        faults.incrementAndGet();

        discord.sim().awaitEvents("READY", readies + 1, WAIT);
        awaitConnected();
        assertAnswers();
    }

    @DisplayName("A reconnect request is followed by a resume, and the bot answers again")
    @Test
    void reconnectRequest() {
        int resumed = discord.sim().events("RESUMED").size();

        discord.sim().faults().requestReconnect();
        faults.incrementAndGet();

        discord.sim().awaitEvents("RESUMED", resumed + 1, WAIT);
        awaitConnected();
        assertAnswers();
    }

    @DisplayName("Interaction callbacks that take Discord 2.2 seconds to accept still make the 3-second deadline")
    @Test
    void slowCallbacks() {
        discord.sim().faults().delay("POST", "/callback$", SLOW_CALLBACK_MILLIS);
        faults.incrementAndGet();

        Interaction interaction = discord.sim().slash("national", Map.of("strike", "2023-04-junior-doctors"));

        assertThat(description(interaction.awaitFinalMessage(WAIT))).startsWith("**196,225**");
        assertThat(interaction.acknowledgedWithin().orElseThrow()).isLessThan(Interaction.ACK_DEADLINE);
        discord.sim().faults().clear();
        assertAnswers();
    }

    @DisplayName("A channel post that takes Discord 2.5 seconds is delivered once, and answers do not wait for it")
    @Test
    void slowChannelPosts() throws IOException {
        discord.bot()
                .app()
                .posts()
                .subscriptions()
                .add(SimDefaults.GUILD_ID, NEWS, "ENG", "editor", SimDefaults.DESK_CHANNEL_ID);
        TidyCsv.citing("https://example.org/synthetic/slow")
                .row("2024-06-junior-doctors,ENG,,acute_rescheduled,61989")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("release.csv"));
        int before = discord.sim().channelMessages(NEWS).size();
        discord.sim().faults().delay("POST", "/channels/\\d+/messages$", 2500);
        faults.incrementAndGet();

        CompletableFuture<Void> posting = CompletableFuture.runAsync(() ->
                discord.bot().app().posts().poster(discord.bot().postSink()).deliverDue());
        Interaction meanwhile = discord.sim().slash("cancellations", Map.of("trust", "ENHT"));

        assertThat(description(meanwhile.awaitFinalMessage(WAIT))).startsWith("**2,247**");
        assertThat(meanwhile.callbacks().get(0).path("type").asInt())
                .as("answered, not deferred")
                .isEqualTo(4);
        posting.join();
        List<JsonNode> news = discord.sim().channelMessages(NEWS);
        assertThat(news).hasSize(before + 1);
        assertThat(news.get(news.size() - 1).toString()).contains("61,989");
    }

    /** The bot is connected and gives the right figures for a command. */
    private static void assertAnswers() {
        assertThat(discord.bot().jda().getStatus()).isEqualTo(JDA.Status.CONNECTED);
        JsonNode message =
                discord.sim().slash("cancellations", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);
        assertThat(description(message)).startsWith("**2,247** rescheduled");
    }

    private static void awaitConnected() {
        Awaitility.await("JDA connected")
                .atMost(WAIT)
                .until(() -> discord.bot().jda().getStatus() == JDA.Status.CONNECTED);
    }

    private static String description(JsonNode message) {
        return message.path("embeds").path(0).path("description").asText();
    }
}
