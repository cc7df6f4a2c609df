package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.config.DigestConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.posts.PostStatus;
import org.strikedesk.support.TidyCsv;

/** New figures posted to Discord through the simulator, exactly once. The figures imported here are synthetic. */
class BotPostsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final String SOURCE = "https://example.org/synthetic/release";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forEachTest();

    private OutboxPoster poster;

    @BeforeEach
    void poster() {
        poster = discord.bot().app().posts().poster(discord.bot().postSink());
    }

    @AfterEach
    void restore() {
        discord.sim().restoreChannel(NEWS);
    }

    private void subscribe(String channel, String trust) {
        JsonNode reply = discord.sim()
                .command("subscribe")
                .option("channel", channel)
                .option("trust", trust)
                .by(SimDefaults.EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);
        assertThat(reply.get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
    }

    private void ingest(String name, TidyCsv file) throws IOException {
        file.importInto(discord.bot().app(), discord.bot().folder().resolve(name));
    }

    private List<JsonNode> posted(String channel) {
        return discord.sim().channelMessages(channel);
    }

    @DisplayName("An import gives exactly one post per subscription; the same import again gives none")
    @Test
    void exactlyOnce() throws IOException {
        int before = posted(NEWS).size();
        subscribe(NEWS, "ENHT");
        ingest("a.csv", TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202", "2023-06-20"));

        poster.deliverDue();
        ingest(
                "a2.csv",
                TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202", "2023-06-20"));
        poster.deliverDue();

        List<JsonNode> news = posted(NEWS);
        assertThat(news).hasSize(before + 1);
        JsonNode embed = news.get(news.size() - 1).get("embeds").get(0);
        assertThat(embed.get("title").asText()).startsWith("New figures: East and North Hertfordshire NHS Trust");
        assertThat(embed.get("description").asText()).startsWith("1,202 appointments and procedures rescheduled");
    }

    @DisplayName("A revision gives a correction saying what changed, and an edit of the earlier post")
    @Test
    void correction() throws IOException {
        subscribe(NEWS, "RWH");
        ingest(
                "b1.csv",
                TidyCsv.citing(SOURCE).row("2023-08-junior-doctors,RWH,,acute_rescheduled,1202", "2023-08-20"));
        poster.deliverDue();
        String earlier = last(NEWS).get("id").asText();

        ingest(
                "b2.csv",
                TidyCsv.citing(SOURCE + "/v2").row("2023-08-junior-doctors,RWH,,acute_rescheduled,1214", "2023-08-27"));
        poster.deliverDue();

        JsonNode correction = last(NEWS).get("embeds").get(0);
        assertThat(correction.get("title").asText()).startsWith("Revised figures: ");
        assertThat(correction.toString()).contains("was 1,202, now 1,214");
        JsonNode edited =
                discord.sim().message(earlier).orElseThrow().get("embeds").get(0);
        assertThat(edited.get("description").asText()).startsWith("1,214 appointments");
        assertThat(edited.toString()).contains("Corrected 28 November 2026");
        assertThat(discord.sim().requests())
                .anySatisfy(r -> assertThat(r.method() + " " + r.path())
                        .isEqualTo("PATCH /channels/" + NEWS + "/messages/" + earlier));
    }

    @DisplayName("429s and server errors while posting still give exactly one post")
    @Test
    void faultsWhilePosting() throws IOException {
        subscribe(NEWS, "RWH");
        int before = posted(NEWS).size();
        discord.sim().faults().rateLimit("POST", "/channels/\\d+/messages$", 2, 1);
        discord.sim().faults().lostResponse("POST", "/channels/\\d+/messages$", 1);
        discord.sim().faults().serverError("POST", "/channels/\\d+/messages$", 1, 503);
        ingest("c.csv", TidyCsv.citing(SOURCE).row("2023-10-joint,RWH,,acute_rescheduled,77"));

        for (int round = 0; round < 5 && posted(NEWS).size() == before; round++) {
            poster.deliverDue();
            discord.bot().clock().advance(Duration.ofMinutes(5));
        }
        poster.deliverDue();

        assertThat(posted(NEWS)).hasSize(before + 1);
        assertThat(discord.sim().requests().stream()
                        .filter(r -> r.method().equals("POST") && r.path().endsWith(NEWS + "/messages")))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @DisplayName("A crash between Discord's acceptance and the local record gives no duplicate")
    @Test
    void crash() throws IOException {
        subscribe(NEWS, "RWH");
        int before = posted(NEWS).size();
        ingest("d.csv", TidyCsv.citing(SOURCE).row("2023-12-junior-doctors,RWH,,acute_rescheduled,88"));
        sql("CREATE TRIGGER crash BEFORE UPDATE OF status ON posts WHEN NEW.status = 'delivered'"
                + " BEGIN SELECT RAISE(ABORT, 'the process died here'); END");

        assertThatThrownBy(poster::deliverDue).hasMessageContaining("the process died here");
        sql("DROP TRIGGER crash");
        discord.bot().clock().advance(Duration.ofMinutes(1));
        discord.bot().app().posts().poster(discord.bot().postSink()).deliverDue();

        assertThat(posted(NEWS)).hasSize(before + 1);
        assertThat(discord.bot().app().posts().outbox().inChannel(NEWS)).last().satisfies(post -> {
            assertThat(post.progress().status()).isEqualTo(PostStatus.DELIVERED);
            assertThat(post.progress().messageId())
                    .isEqualTo(last(NEWS).get("id").asText());
        });
    }

    @DisplayName("A backlog for one channel is delivered as one summary post")
    @Test
    void backlog() throws IOException {
        subscribe(NEWS, "england");
        int before = posted(NEWS).size();
        ingest("e1.csv", TidyCsv.citing(SOURCE).row("2023-07-radiographers,ENG,,acute_rescheduled,10"));
        ingest("e2.csv", TidyCsv.citing(SOURCE).row("2024-02-junior-doctors,ENG,,acute_rescheduled,20"));
        ingest("e3.csv", TidyCsv.citing(SOURCE).row("2025-11-resident-doctors,ENG,,acute_rescheduled,30"));

        poster.deliverDue();

        assertThat(posted(NEWS)).hasSize(before + 1);
        assertThat(last(NEWS).get("embeds").get(0).get("title").asText())
                .isEqualTo("Figures released while posts were waiting: three updates");
    }

    @DisplayName("A channel the bot cannot post in is reported to the admins and shown in /status")
    @Test
    void forbiddenChannel() throws IOException {
        subscribe(NEWS, "RWH");
        discord.sim().forbidChannel(NEWS);
        ingest("f.csv", TidyCsv.citing(SOURCE).row("2024-01-junior-doctors,RWH,,acute_rescheduled,99"));

        poster.deliverDue();
        poster.deliverDue();

        JsonNode alert = last(DESK).get("embeds").get(0);
        assertThat(alert.get("title").asText()).isEqualTo("StrikeDesk could not post");
        assertThat(alert.get("description").asText()).contains("<#" + NEWS + ">", "Missing Permissions");
        JsonNode status = discord.sim()
                .slash("status", Map.of())
                .awaitFinalMessage(WAIT)
                .get("embeds")
                .get(0);
        assertThat(status.toString()).contains("Channels StrikeDesk cannot post in", NEWS);
    }

    @DisplayName("A digest is posted at 9am London time, before and after the start of British Summer Time")
    @Test
    void digest() {
        discord.bot().clock().set(Instant.parse("2026-03-28T08:59:00Z"));
        PostsConfig posts = new PostsConfig(
                List.of(new DigestConfig("morning", "0 9 * * *", NEWS, "england")), Duration.ofMinutes(10), 0, null);
        discord.bot().restart(posts);
        poster = discord.bot().app().posts().poster(discord.bot().postSink());
        int before = posted(NEWS).size();

        for (String instant : List.of(
                "2026-03-28T09:00:05Z", "2026-03-29T07:59:00Z", "2026-03-29T08:00:05Z", "2026-03-29T09:00:05Z")) {
            discord.bot().clock().set(Instant.parse(instant));
            discord.bot().app().posts().digests().fireDue();
            poster.deliverDue();
        }

        List<JsonNode> news = posted(NEWS);
        assertThat(news).hasSize(before + 2);
        assertThat(news.get(news.size() - 1).get("embeds").get(0).get("title").asText())
                .startsWith("Digest: England: resident doctors' strike");
    }

    private JsonNode last(String channel) {
        List<JsonNode> messages = posted(channel);
        assertThat(messages).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    private void sql(String statement) {
        discord.bot().app().database().transaction(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }
}
