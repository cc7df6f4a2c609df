package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.GuildBuilder;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.support.TidyCsv;

/**
 * A release to sixty channels at once, and a run of posts to one channel, against the simulator's rate limits (see
 * {@code SimulatorRateLimitsTest}). Posts go one after another, each waiting for Discord's answer, which keeps them
 * far under Discord's global limit of 50 a second at Discord's own speed; the simulator answers in milliseconds, so
 * here the global limit is 20 a second to meet it, and a channel allows two messages a second (Discord: five per
 * five seconds) to keep the test short. The figures imported here are synthetic.
 */
class BotRateLimitsTest {
    private static final int CHANNELS = 60;
    private static final long FIRST_CHANNEL = 1300000000000001000L;
    /** Six trusts, each followed in #news: one release gives six posts for one channel. */
    private static final List<String> TRUSTS = List.of("RWH", "RGT", "RRV", "RJ1", "R1H", "RAL");

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass(b -> b.globalRateLimit(20)
            .routeRateLimit("POST /channels/{channel}/messages", 2, Duration.ofSeconds(1))
            .guild(BotRateLimitsTest::sixtyChannels));

    private static void sixtyChannels(GuildBuilder guild) {
        guild.newsroomDefaults();
        channels().forEach(id -> guild.textChannel(id, "desk-" + id.substring(id.length() - 2)));
    }

    private static List<String> channels() {
        return IntStream.range(0, CHANNELS)
                .mapToObj(i -> Long.toString(FIRST_CHANNEL + i))
                .toList();
    }

    @DisplayName("A release to 60 channels is posted once in each, with no more than a few global 429s waited out")
    @Test
    void sixtyChannelsAtOnce() throws IOException {
        for (String channel : channels()) {
            discord.bot()
                    .app()
                    .posts()
                    .subscriptions()
                    .add(SimDefaults.GUILD_ID, channel, "ENG", "editor", SimDefaults.DESK_CHANNEL_ID);
        }
        TidyCsv.citing("https://example.org/synthetic/sixty")
                // England's total stays above what the six trusts of oneChannelPaced add up to (126): otherwise, run
                // after this test, that import is rightly held for review (trusts adding up to more than England).
                .row("2023-07-radiographers,ENG,,acute_rescheduled,1200")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("sixty.csv"));
        Map<String, Integer> before = discord.sim().tooManyRequests();
        long start = System.nanoTime();

        OutboxPoster poster = discord.bot().app().posts().poster(discord.bot().postSink());
        int delivered = 0;
        for (int round = poster.deliverDue(); round > 0; round = poster.deliverDue()) {
            delivered += round;
        }

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(delivered).isEqualTo(CHANNELS);
        for (String channel : channels()) {
            List<JsonNode> messages = discord.sim().channelMessages(channel);
            assertThat(messages).as(channel).hasSize(1);
            assertThat(messages.get(0).get("embeds").get(0).get("title").asText())
                    .startsWith("New figures: England");
        }
        Map<String, Integer> after = discord.sim().tooManyRequests();
        assertThat(after.getOrDefault("global", 0) - before.getOrDefault("global", 0))
                .as("global 429s in %s (each stops every request for a second)", took)
                .isBetween(0, 5);
        assertThat(after.getOrDefault("user", 0)).isEqualTo(before.getOrDefault("user", 0));
    }

    @DisplayName("Six posts for one channel go at the channel's pace, told by the headers: no 429")
    @Test
    void oneChannelPaced() throws IOException {
        TidyCsv release = TidyCsv.citing("https://example.org/synthetic/paced");
        for (String trust : TRUSTS) {
            discord.bot()
                    .app()
                    .posts()
                    .subscriptions()
                    .add(
                            SimDefaults.GUILD_ID,
                            SimDefaults.NEWS_CHANNEL_ID,
                            trust,
                            "editor",
                            SimDefaults.DESK_CHANNEL_ID);
            release.row("2023-07-radiographers," + trust + ",,acute_rescheduled,21");
        }
        release.importInto(discord.bot().app(), discord.bot().folder().resolve("paced.csv"));
        Map<String, Integer> before = discord.sim().tooManyRequests();
        long start = System.nanoTime();

        int delivered =
                discord.bot().app().posts().poster(discord.bot().postSink()).deliverDue();

        assertThat(delivered).isEqualTo(TRUSTS.size());
        assertThat(discord.sim().channelMessages(SimDefaults.NEWS_CHANNEL_ID)).hasSize(TRUSTS.size());
        assertThat(discord.sim().tooManyRequests()).isEqualTo(before);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("three windows of two")
                .isGreaterThan(Duration.ofMillis(1500));
    }
}
