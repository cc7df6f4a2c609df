package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.strikedesk.support.TidyCsv;

/**
 * What the bot does where a server's channel permissions keep it out, with the simulator computing permissions from
 * roles and channel overwrites as Discord does (see {@code SimulatorPermissionsTest}). The figures imported here are
 * synthetic.
 */
class BotChannelPermissionsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    /** {@code @everyone} may not view it, and nothing lets the bot in. */
    private static final String LOCKED = "1300000000000000203";
    /** The bot's own overwrite denies it Embed Links. */
    private static final String NO_EMBEDS = "1300000000000000204";

    private static final String SOURCE = "https://example.org/synthetic/permissions";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord =
            BotOnSimulator.forEachTest(b -> b.guild(g -> g.newsroomDefaults()
                    .textChannel(LOCKED, "locked")
                    .denyEveryone(LOCKED, Permissions.VIEW_CHANNEL)
                    .textChannel(NO_EMBEDS, "no-embeds")
                    .botOverwrite(NO_EMBEDS, 0, Permissions.EMBED_LINKS)));

    @AfterEach
    void restore() {
        discord.sim().overwrites(NEWS, List.of());
        discord.sim().overwrites(DESK, List.of());
    }

    private static JsonNode subscribe(String channel) {
        return discord.sim()
                .command("subscribe")
                .option("channel", channel)
                .option("trust", "RWH")
                .by(SimDefaults.EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);
    }

    @DisplayName("/subscribe refuses a channel the bot cannot view, naming View Channel, and keeps nothing")
    @Test
    void refusesWhatItCannotView() {
        JsonNode reply = subscribe(LOCKED);

        JsonNode embed = reply.get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("StrikeDesk cannot post there");
        assertThat(embed.get("description").asText()).contains("missing View Channel in <#" + LOCKED + ">");
        assertThat(reply.get("flags").asInt() & 64).isEqualTo(64);
        assertThat(discord.bot().app().posts().subscriptions().all()).isEmpty();
    }

    @DisplayName("/subscribe refuses a channel where the bot may not embed, naming Embed Links")
    @Test
    void refusesWhereItCannotEmbed() {
        JsonNode embed = subscribe(NO_EMBEDS).get("embeds").get(0);

        assertThat(embed.get("description").asText())
                .contains("missing Embed Links in <#" + NO_EMBEDS + ">")
                .doesNotContain("Send Messages in");
        assertThat(discord.bot().app().posts().subscriptions().all()).isEmpty();
    }

    @DisplayName("A post refused for a permission names it; the alert goes to where /subscribe was used")
    @Test
    void postNamesTheMissingPermission() throws IOException {
        assertThat(subscribe(NEWS).get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
        denyBot(NEWS, Permissions.SEND_MESSAGES);
        ingest("a.csv", "2024-01-junior-doctors,RWH,,acute_rescheduled,99");

        poster().deliverDue();
        poster().deliverDue();

        assertThat(discord.sim().channelMessages(NEWS)).isEmpty();
        JsonNode alert = last(DESK).get("embeds").get(0);
        assertThat(alert.get("title").asText()).isEqualTo("StrikeDesk could not post");
        assertThat(alert.get("description").asText()).contains("<#" + NEWS + ">", "missing Send Messages");
        assertThat(status()).contains("Channels StrikeDesk cannot post in", "missing Send Messages");
    }

    @DisplayName("When the bot cannot write where /subscribe was used either, the problem shows only in /status")
    @Test
    void noAlertWhereItCannotWrite() throws IOException {
        assertThat(subscribe(NEWS).get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
        int deskBefore = discord.sim().channelMessages(DESK).size();
        denyBot(NEWS, Permissions.SEND_MESSAGES);
        denyBot(DESK, Permissions.SEND_MESSAGES);
        ingest("b.csv", "2024-01-junior-doctors,RWH,,acute_rescheduled,98");

        poster().deliverDue();
        poster().deliverDue();

        assertThat(discord.sim().channelMessages(DESK)).hasSize(deskBefore);
        assertThat(discord.sim().requests().stream()
                        .filter(r -> r.method().equals("POST") && r.path().contains("/channels/")))
                .as("nothing sent where JDA's cache says the bot may not send")
                .isEmpty();
        assertThat(status()).contains("<#" + NEWS + ">: StrikeDesk is missing Send Messages there");
    }

    /** An overwrite for the bot's own member, sent to its cache with CHANNEL_UPDATE as Discord would. */
    private static void denyBot(String channel, long permissions) {
        discord.sim().overwrites(channel, List.of(SimOverwrite.member(SimDefaults.BOT_ID, 0, permissions)));
        Awaitility.await("the bot's cache to learn of the new overwrite in " + channel)
                .atMost(WAIT)
                .until(() -> !discord.bot()
                        .postSink()
                        .access(SimDefaults.GUILD_ID, channel)
                        .granted());
    }

    private static OutboxPoster poster() {
        return discord.bot().app().posts().poster(discord.bot().postSink());
    }

    private static void ingest(String name, String row) throws IOException {
        TidyCsv.citing(SOURCE)
                .row(row)
                .importInto(discord.bot().app(), discord.bot().folder().resolve(name));
    }

    private static String status() {
        return discord.sim()
                .slash("status", Map.of())
                .awaitFinalMessage(WAIT)
                .get("embeds")
                .get(0)
                .toString();
    }

    private static JsonNode last(String channel) {
        List<JsonNode> messages = discord.sim().channelMessages(channel);
        return Optional.of(messages)
                .filter(m -> !m.isEmpty())
                .map(m -> m.get(m.size() - 1))
                .orElseThrow();
    }
}
