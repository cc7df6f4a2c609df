package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.MutableClock;
import org.strikedesk.TestApplications;
import org.strikedesk.config.DigestConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.DiscordSimulatorExtension;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.posts.OutboxPoster;

/** New figures posted to Discord through the simulator, exactly once. The figures imported here are synthetic. */
class BotPostsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final String SOURCE = "https://example.org/synthetic/release";

    @RegisterExtension
    static final DiscordSimulatorExtension discord = new DiscordSimulatorExtension();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(TestApplications.NOW);
    private DiscordSimulator sim;
    private BotOnSimulator bot;
    private OutboxPoster poster;

    @BeforeEach
    void start() {
        sim = discord.simulator();
        bot = BotOnSimulator.start(sim, folder, List.of(), clock);
        poster = bot.app.posts().poster(bot.postSink());
    }

    @AfterEach
    void stop() {
        bot.close();
        sim.restoreChannel(NEWS);
        sim.faults().clear();
    }

    private void subscribe(String channel, String trust) {
        JsonNode reply = sim.command("subscribe")
                .option("channel", channel)
                .option("trust", trust)
                .by(SimDefaults.EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);
        assertThat(reply.get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
    }

    private void ingest(String name, String rows) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, "strike,org_code,date,metric,value,source,published\n" + rows, StandardCharsets.UTF_8);
        bot.app.importer().importFile(file, name, ImportRoute.COMMAND_LINE, "test");
    }

    private List<JsonNode> posted(String channel) {
        return sim.channelMessages(channel);
    }

    @DisplayName("An import gives exactly one post per subscription; the same import again gives none")
    @Test
    void exactlyOnce() throws IOException {
        int before = posted(NEWS).size();
        subscribe(NEWS, "ENHT");
        ingest("a.csv", "2023-06-junior-doctors,RWH,,acute_rescheduled,1202," + SOURCE + ",2023-06-20\n");

        poster.deliverDue();
        ingest("a2.csv", "2023-06-junior-doctors,RWH,,acute_rescheduled,1202," + SOURCE + ",2023-06-20\n");
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
        ingest("b1.csv", "2023-08-junior-doctors,RWH,,acute_rescheduled,1202," + SOURCE + ",2023-08-20\n");
        poster.deliverDue();
        String earlier = last(NEWS).get("id").asText();

        ingest("b2.csv", "2023-08-junior-doctors,RWH,,acute_rescheduled,1214," + SOURCE + "/v2,2023-08-27\n");
        poster.deliverDue();

        JsonNode correction = last(NEWS).get("embeds").get(0);
        assertThat(correction.get("title").asText()).startsWith("Revised figures: ");
        assertThat(correction.toString()).contains("was 1,202, now 1,214");
        JsonNode edited = sim.message(earlier).orElseThrow().get("embeds").get(0);
        assertThat(edited.get("description").asText()).startsWith("1,214 appointments");
        assertThat(edited.toString()).contains("Corrected 28 November 2026");
        assertThat(sim.requests())
                .anySatisfy(r -> assertThat(r.method() + " " + r.path())
                        .isEqualTo("PATCH /channels/" + NEWS + "/messages/" + earlier));
    }

    @DisplayName("429s and server errors while posting still give exactly one post")
    @Test
    void faultsWhilePosting() throws IOException {
        subscribe(NEWS, "RWH");
        int before = posted(NEWS).size();
        sim.faults().rateLimit("POST", "/channels/\\d+/messages$", 2, 1);
        sim.faults().lostResponse("POST", "/channels/\\d+/messages$", 1);
        sim.faults().serverError("POST", "/channels/\\d+/messages$", 1, 503);
        ingest("c.csv", "2023-10-joint,RWH,,acute_rescheduled,77," + SOURCE + ",\n");

        for (int round = 0; round < 5 && posted(NEWS).size() == before; round++) {
            poster.deliverDue();
            clock.advance(Duration.ofMinutes(5));
        }
        poster.deliverDue();

        assertThat(posted(NEWS)).hasSize(before + 1);
        assertThat(sim.requests().stream()
                        .filter(r -> r.method().equals("POST") && r.path().endsWith(NEWS + "/messages")))
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @DisplayName("A crash between Discord's acceptance and the local record gives no duplicate")
    @Test
    void crash() throws IOException {
        subscribe(NEWS, "RWH");
        int before = posted(NEWS).size();
        ingest("d.csv", "2023-12-junior-doctors,RWH,,acute_rescheduled,88," + SOURCE + ",\n");
        sql("CREATE TRIGGER crash BEFORE UPDATE OF status ON posts WHEN NEW.status = 'delivered'"
                + " BEGIN SELECT RAISE(ABORT, 'the process died here'); END");

        assertThatThrownBy(poster::deliverDue).hasMessageContaining("the process died here");
        sql("DROP TRIGGER crash");
        clock.advance(Duration.ofMinutes(1));
        bot.app.posts().poster(bot.postSink()).deliverDue();

        assertThat(posted(NEWS)).hasSize(before + 1);
        assertThat(bot.app.posts().outbox().inChannel(NEWS)).last().satisfies(post -> {
            assertThat(post.status()).isEqualTo("delivered");
            assertThat(post.messageId()).isEqualTo(last(NEWS).get("id").asText());
        });
    }

    @DisplayName("A backlog for one channel is delivered as one summary post")
    @Test
    void backlog() throws IOException {
        subscribe(NEWS, "england");
        int before = posted(NEWS).size();
        ingest("e1.csv", "2023-07-radiographers,ENG,,acute_rescheduled,10," + SOURCE + ",\n");
        ingest("e2.csv", "2024-02-junior-doctors,ENG,,acute_rescheduled,20," + SOURCE + ",\n");
        ingest("e3.csv", "2025-11-resident-doctors,ENG,,acute_rescheduled,30," + SOURCE + ",\n");

        poster.deliverDue();

        assertThat(posted(NEWS)).hasSize(before + 1);
        assertThat(last(NEWS).get("embeds").get(0).get("title").asText())
                .isEqualTo("Figures released while posts were waiting: three updates");
    }

    @DisplayName("A channel the bot cannot post in is reported to the admins and shown in /status")
    @Test
    void forbiddenChannel() throws IOException {
        subscribe(NEWS, "RWH");
        sim.forbidChannel(NEWS);
        ingest("f.csv", "2024-01-junior-doctors,RWH,,acute_rescheduled,99," + SOURCE + ",\n");

        poster.deliverDue();
        poster.deliverDue();

        JsonNode alert = last(DESK).get("embeds").get(0);
        assertThat(alert.get("title").asText()).isEqualTo("StrikeDesk cannot post in a channel");
        assertThat(alert.get("description").asText()).contains("<#" + NEWS + ">", "Missing Permissions");
        JsonNode status = sim.slash("status", Map.of())
                .awaitFinalMessage(WAIT)
                .get("embeds")
                .get(0);
        assertThat(status.toString()).contains("Channels StrikeDesk cannot post in", NEWS);
    }

    @DisplayName("A digest is posted at 9am London time, before and after the start of British Summer Time")
    @Test
    void digest() {
        bot.close();
        clock.set(Instant.parse("2026-03-28T08:59:00Z"));
        PostsConfig posts = new PostsConfig(
                List.of(new DigestConfig("morning", "0 9 * * *", NEWS, "england")), Duration.ofMinutes(10), 0);
        bot = BotOnSimulator.start(sim, folder.resolve("digest"), List.of(), clock, posts);
        poster = bot.app.posts().poster(bot.postSink());
        int before = posted(NEWS).size();

        for (String instant : List.of(
                "2026-03-28T09:00:05Z", "2026-03-29T07:59:00Z", "2026-03-29T08:00:05Z", "2026-03-29T09:00:05Z")) {
            clock.set(Instant.parse(instant));
            bot.app.posts().digests().fireDue();
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
        bot.app.database().transaction(connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }
}
