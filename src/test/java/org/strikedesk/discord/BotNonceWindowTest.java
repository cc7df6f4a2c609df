package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.Permissions;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimOverwrite;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.posts.PostStatus;
import org.strikedesk.support.TidyCsv;

/**
 * Exactly once after Discord has forgotten a post's nonce. This simulator remembers a nonce for half a second only
 * (long enough for the retries JDA and its HTTP client make at once), so a post sent again later would be posted
 * twice (see {@code SimulatorMessagesTest}); the bot, past its own window (posts.nonceWindow, one minute, on the
 * bot's clock, which the test moves), looks for the post's reference in the channel's recent messages first. Discord
 * returns no nonce when messages are fetched, and no messages at all without Read Message History (docs
 * {@code resources/message.mdx}, "Get Channel Messages"). The figures imported here are synthetic.
 */
class BotNonceWindowTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord =
            BotOnSimulator.forEachTest(b -> b.nonceWindow(Duration.ofMillis(500)));

    @AfterEach
    void restore() {
        discord.sim().overwrites(NEWS, List.of());
    }

    @DisplayName("A post whose answer never came is found in the channel before it is sent again: one message")
    @Test
    void foundNotResent() throws IOException {
        subscribeAndRelease();
        int before = news().size();

        sendWithoutLearningTheOutcome();
        assertThat(news()).as("Discord took it; the bot does not know").hasSize(before + 1);
        poster().deliverDue();

        assertThat(news()).hasSize(before + 1);
        JsonNode posted = news().get(before);
        assertThat(posted.path("embeds").path(0).path("footer").path("text").asText())
                .startsWith("Ref sd");
        assertThat(discord.bot().app().posts().outbox().inChannel(NEWS)).last().satisfies(post -> {
            assertThat(post.progress().status()).isEqualTo(PostStatus.DELIVERED);
            assertThat(post.progress().messageId()).isEqualTo(posted.path("id").asText());
        });
        assertThat(discord.sim().requests())
                .anySatisfy(
                        r -> assertThat(r.method() + " " + r.path()).isEqualTo("GET /channels/" + NEWS + "/messages"));
    }

    @DisplayName("Without Read Message History the bot cannot look: it sends again, and /status says so")
    @Test
    void cannotLook() throws IOException {
        subscribeAndRelease();
        discord.sim()
                .overwrites(
                        NEWS, List.of(SimOverwrite.member(SimDefaults.BOT_ID, 0, Permissions.READ_MESSAGE_HISTORY)));
        Awaitility.await("the bot's cache to lose Read Message History in #news")
                .atMost(WAIT)
                .until(() -> !discord.bot().postSink().readsHistory(SimDefaults.GUILD_ID, NEWS));
        int before = news().size();

        sendWithoutLearningTheOutcome();
        poster().deliverDue();

        assertThat(news())
                .as("posted twice: what the bot could not rule out, and says")
                .hasSize(before + 2);
        assertThat(discord.sim()
                        .slash("status", Map.of())
                        .awaitFinalMessage(WAIT)
                        .toString())
                .contains("Channels StrikeDesk cannot search", "Without Read Message History in <#" + NEWS + ">");
    }

    /**
     * One attempt that Discord carries out but whose answer never comes (the connection closes), then time passes:
     * Discord forgets the nonce, and the bot's clock passes its own window.
     */
    private static void sendWithoutLearningTheOutcome() {
        discord.sim().faults().noAnswer("POST", "/channels/" + NEWS + "/messages$", 5, true);
        poster().deliverDue();
        discord.sim().faults().clear();
        List<JsonNode> news = news();
        String nonce = news.get(news.size() - 1).path("nonce").asText();
        Awaitility.await("Discord to forget the post's nonce")
                .atMost(WAIT)
                .until(() -> !discord.sim().remembersNonce(NEWS, nonce));
        discord.bot().clock().advance(Duration.ofMinutes(2));
    }

    private static void subscribeAndRelease() throws IOException {
        JsonNode reply = discord.sim()
                .command("subscribe")
                .option("channel", NEWS)
                .option("trust", "RWH")
                .by(SimDefaults.EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);
        assertThat(reply.get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
        TidyCsv.citing("https://example.org/synthetic/nonce")
                .row("2024-01-junior-doctors,RWH,,acute_rescheduled,99")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("nonce.csv"));
    }

    private static List<JsonNode> news() {
        return discord.sim().channelMessages(NEWS);
    }

    private static OutboxPoster poster() {
        return discord.bot().app().posts().poster(discord.bot().postSink());
    }
}
