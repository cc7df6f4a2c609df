package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.posts.Post;
import org.strikedesk.posts.PostStatus;
import org.strikedesk.support.TidyCsv;

/**
 * Errors that will not heal and errors that may, with the simulator answering as Discord does (its JSON errors, docs
 * {@code topics/opcodes-and-status-codes.mdx}; JDA's own retries of 429s, 502-504 and lost connections happen first).
 * A permanent error stops retrying at once; a passing one is retried with a bound; either way the post ends failed
 * with its reason, reported where it was subscribed from and in /status. The figures imported here are synthetic.
 */
class BotPostFailuresTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final String POSTS_TO_NEWS = "/channels/" + NEWS + "/messages$";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forEachTest();

    @DisplayName("A permanent error is not retried: the post fails with its reason, reported and shown in /status")
    @ParameterizedTest(name = "{0} / {1} {2}")
    @CsvSource({
        "400, 50035, Invalid Form Body",
        "403, 50001, Missing Access",
        "403, 50013, Missing Permissions",
        "404, 10003, Unknown Channel"
    })
    void permanent(int status, int code, String message) throws IOException {
        subscribeAndRelease();
        long before = postsToNews();
        discord.sim().faults().error("POST", POSTS_TO_NEWS, 1000, status, code, message);

        for (int round = 0; round < 3; round++) {
            poster().deliverDue();
            discord.bot().clock().advance(Duration.ofHours(2));
        }

        assertThat(postsToNews() - before).as("one attempt, no retry").isEqualTo(1);
        Post post = lastPostTo(NEWS);
        assertThat(post.progress().status()).isEqualTo(PostStatus.FAILED);
        assertThat(discord.sim().channelMessages(DESK))
                .last()
                .satisfies(
                        alert -> assertThat(text(alert)).contains("<#" + NEWS + ">", message, Integer.toString(code)));
        assertThat(status()).contains("Posts not sent", "<#" + NEWS + ">", message);
    }

    @DisplayName("A server error that goes on is retried with backoff, then given up after 12 attempts and reported")
    @Test
    void boundedRetry() throws IOException {
        subscribeAndRelease();
        long before = postsToNews();
        // JDA does not retry a 500 itself: each of the bot's attempts is one request.
        discord.sim().faults().error("POST", POSTS_TO_NEWS, 1000, 500, 0, "Internal Server Error");

        for (int round = 0; round < 20 && lastPostTo(NEWS).progress().status().waiting(); round++) {
            poster().deliverDue();
            discord.bot().clock().advance(Duration.ofHours(1));
        }
        poster().deliverDue();

        Post post = lastPostTo(NEWS);
        assertThat(post.progress().status()).isEqualTo(PostStatus.FAILED);
        assertThat(post.progress().attempts()).isEqualTo(12);
        assertThat(postsToNews() - before).isEqualTo(12);
        assertThat(text(discord.sim()
                        .channelMessages(DESK)
                        .get(discord.sim().channelMessages(DESK).size() - 1)))
                .contains("not delivered after 12 attempts");
        assertThat(status()).contains("Posts not sent", "not delivered after 12 attempts");
    }

    @DisplayName("Passing faults (server errors JDA retries, a dropped connection) heal: the post goes exactly once")
    @Test
    void passingFaults() throws IOException {
        subscribeAndRelease();
        discord.sim().faults().serverError("POST", POSTS_TO_NEWS, 5, 503);
        discord.sim().faults().noAnswer("POST", POSTS_TO_NEWS, 2, true);

        for (int round = 0; round < 5 && lastPostTo(NEWS).progress().status().waiting(); round++) {
            poster().deliverDue();
            discord.bot().clock().advance(Duration.ofMinutes(10));
        }

        assertThat(lastPostTo(NEWS).progress().status()).isEqualTo(PostStatus.DELIVERED);
        assertThat(discord.sim().channelMessages(NEWS)).hasSize(1);
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
        TidyCsv.citing("https://example.org/synthetic/failures")
                .row("2024-01-junior-doctors,RWH,,acute_rescheduled,99")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("failures.csv"));
    }

    private static OutboxPoster poster() {
        return discord.bot().app().posts().poster(discord.bot().postSink());
    }

    /** POST requests to #news so far, in this class's simulator. */
    private static long postsToNews() {
        return discord.sim().requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/channels/" + NEWS + "/messages"))
                .count();
    }

    private static Post lastPostTo(String channel) {
        List<Post> posts = discord.bot().app().posts().outbox().inChannel(channel);
        return posts.get(posts.size() - 1);
    }

    private static String text(JsonNode message) {
        return message.path("embeds").path(0).toString();
    }

    private static String status() {
        return discord.sim().slash("status", Map.of()).awaitFinalMessage(WAIT).toString();
    }
}
