package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimUser;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.posts.OutboxPoster;
import org.strikedesk.support.TidyCsv;

/**
 * Editors' review over the wire: the review card posted in the editors' channel, and its Approve and Reject buttons
 * pressed by an editor, by a member of the editors' role without Manage Server, and by a reporter who may not. The
 * figures imported are synthetic.
 */
class BotReviewTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final String NIGHT_DESK_ROLE = "1300000000000000220";
    /** In the editors' role, with no Manage Server. */
    private static final SimUser NIGHT_EDITOR = SimUser.human("1300000000000000303", "night editor");

    private static final String SOURCE = "https://example.org/synthetic/review";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forEachTest(
            world -> world.guild(guild -> guild.newsroomDefaults()
                    .role(NIGHT_DESK_ROLE, "Night desk", 0)
                    .member(NIGHT_EDITOR, NIGHT_DESK_ROLE)),
            config -> config.withReview(config.review().withChannel(DESK).withRole(NIGHT_DESK_ROLE)));

    private OutboxPoster poster;

    @BeforeEach
    void subscribe() {
        poster = discord.bot().app().posts().poster(discord.bot().postSink());
        JsonNode reply = discord.sim()
                .command("subscribe")
                .option("channel", NEWS)
                .option("trust", "ENHT")
                .by(SimDefaults.EDITOR)
                .in(DESK)
                .send()
                .awaitFinalMessage(WAIT);
        assertThat(reply.get("embeds").get(0).get("title").asText()).isEqualTo("Subscribed");
    }

    /** RWH's April inpatient count revised from 170 to 400, which the revision rule holds; its card, delivered. */
    private JsonNode heldCard() throws IOException {
        ImportReport report = TidyCsv.citing(SOURCE)
                .row("2023-04-junior-doctors,RWH,,inpatient_rescheduled,400")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("revised.csv"));
        assertThat(report).isInstanceOf(ImportReport.Held.class);
        poster.deliverDue();
        List<JsonNode> desk = discord.sim().channelMessages(DESK);
        JsonNode card = desk.get(desk.size() - 1);
        assertThat(card.get("embeds").get(0).get("title").asText())
                .isEqualTo("Held for review: revised.csv (import #" + report.id() + ")");
        assertThat(buttons(card)).containsExactly("review:approve:" + report.id(), "review:reject:" + report.id());
        return card;
    }

    private static List<String> buttons(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components")
                .forEach(row -> row.path("components")
                        .forEach(b -> ids.add(b.get("custom_id").asText())));
        return ids;
    }

    private static String title(JsonNode message) {
        return message.get("embeds").get(0).get("title").asText();
    }

    private static boolean ephemeral(JsonNode message) {
        return (message.path("flags").asInt() & 64) == 64;
    }

    @DisplayName("A reporter's Approve is refused to them alone; the editors' role approves, and the posts go out")
    @Test
    void approvedByTheEditorsRole() throws IOException {
        JsonNode card = heldCard();
        String approve = buttons(card).get(0);
        int newsBefore = discord.sim().channelMessages(NEWS).size();

        JsonNode refused =
                discord.sim().button(approve, card, SimDefaults.REPORTER).awaitFinalMessage(WAIT);
        poster.deliverDue();

        assertThat(title(refused)).isEqualTo("Not allowed");
        assertThat(ephemeral(refused)).isTrue();
        assertThat(discord.sim().channelMessages(NEWS)).hasSize(newsBefore);

        JsonNode approved = discord.sim().button(approve, card, NIGHT_EDITOR).awaitFinalMessage(WAIT);
        poster.deliverDue();

        assertThat(title(approved)).startsWith("Approved: import #");
        assertThat(approved.get("embeds").get(0).get("description").asText())
                .startsWith("<@" + NIGHT_EDITOR.id() + "> approved revised.csv");
        assertThat(ephemeral(approved))
                .as("the editors' channel sees the decision")
                .isFalse();
        List<JsonNode> news = discord.sim().channelMessages(NEWS);
        assertThat(news).hasSize(newsBefore + 1);
        assertThat(title(news.get(news.size() - 1))).startsWith("Revised figures: East and North Hertfordshire");
    }

    @DisplayName("An editor with Manage Server rejects: nothing is posted, and a second press says it was decided")
    @Test
    void rejectedByAnEditor() throws IOException {
        JsonNode card = heldCard();
        int newsBefore = discord.sim().channelMessages(NEWS).size();

        JsonNode rejected = discord.sim()
                .button(buttons(card).get(1), card, SimDefaults.EDITOR)
                .awaitFinalMessage(WAIT);
        poster.deliverDue();
        JsonNode again =
                discord.sim().button(buttons(card).get(0), card, NIGHT_EDITOR).awaitFinalMessage(WAIT);

        assertThat(title(rejected)).startsWith("Rejected: import #");
        assertThat(discord.sim().channelMessages(NEWS)).hasSize(newsBefore);
        assertThat(title(again)).startsWith("Already decided: import #");
        assertThat(ephemeral(again)).isTrue();
    }

    @DisplayName("/review lists what is held to the editors' role, and refuses a reporter")
    @Test
    void reviewCommand() throws IOException {
        heldCard();

        JsonNode listed =
                discord.sim().slash("review", Map.of(), NIGHT_EDITOR, DESK).awaitFinalMessage(WAIT);
        JsonNode refused = discord.sim()
                .slash("review", Map.of(), SimDefaults.REPORTER, DESK)
                .awaitFinalMessage(WAIT);

        assertThat(title(listed)).isEqualTo("One import held for review");
        assertThat(buttons(listed)).hasSize(2);
        assertThat(title(refused)).isEqualTo("Not allowed");
        assertThat(refused.get("embeds").get(0).get("description").asText()).contains("<@&" + NIGHT_DESK_ROLE + ">");
    }
}
