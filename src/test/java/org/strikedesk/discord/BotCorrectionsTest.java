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
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.WireRecord;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.support.TidyCsv;

/**
 * A revision of a figure two people pulled in two channels, over the wire: the correction notice in the editors'
 * channel names the figure, its old and new values, and both people and channels, as Discord shows them, while
 * allowing no mention, so no one is pinged. The revision is synthetic.
 */
class BotCorrectionsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String NEWS = SimDefaults.NEWS_CHANNEL_ID;
    private static final String DESK = SimDefaults.DESK_CHANNEL_ID;
    private static final String EDITORS = "1300000000000000203";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forEachTest(
            world -> world.guild(guild -> guild.newsroomDefaults().textChannel(EDITORS, "editors")),
            config -> config.withReview(config.review().withChannel(EDITORS)));

    @DisplayName("Two people pull a figure in two channels; its revision names both to the editors, pinging no one")
    @Test
    void revisionAfterTwoPulls() throws IOException {
        discord.sim()
                .slash("cancellations", Map.of("trust", "ENHT"), SimDefaults.REPORTER, NEWS)
                .awaitFinalMessage(WAIT);
        discord.sim()
                .slash("quote", Map.of("trust", "Lister"), SimDefaults.EDITOR, DESK)
                .awaitFinalMessage(WAIT);

        ImportReport report = TidyCsv.citing("https://example.org/synthetic/revision")
                .row("2023-04-junior-doctors,RWH,,outpatient_rescheduled,2100")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("revised.csv"));
        discord.bot().app().posts().poster(discord.bot().postSink()).deliverDue();

        assertThat(report).isInstanceOf(ImportReport.Imported.class);
        List<JsonNode> editors = discord.sim().channelMessages(EDITORS);
        assertThat(editors).singleElement().satisfies(notice -> {
            JsonNode embed = notice.get("embeds").get(0);
            assertThat(embed.get("title").asText())
                    .isEqualTo("Figures people used were revised: revised.csv (import #" + report.id() + ")");
            JsonNode field = embed.get("fields").get(0);
            assertThat(field.get("name").asText())
                    .isEqualTo("East and North Hertfordshire NHS Trust: outpatient, whole strike, junior doctors'"
                            + " strike of 11\u201314 April 2023");
            assertThat(field.get("value").asText())
                    .startsWith("Was 2,077, now 2,100")
                    .contains("<@" + SimDefaults.REPORTER.id() + "> in <#" + NEWS + "> (once")
                    .contains("<@" + SimDefaults.EDITOR.id() + "> in <#" + DESK + "> (once");
        });
        WireRecord posted = discord.sim().requests().stream()
                .filter(r -> "POST".equals(r.method()) && r.path().equals("/channels/" + EDITORS + "/messages"))
                .findFirst()
                .orElseThrow();
        assertThat(posted.body().get("allowed_mentions").get("parse")).isEmpty();
        assertThat(posted.body().get("allowed_mentions").has("users")).isFalse();
        assertThat(posted.body().get("allowed_mentions").has("roles")).isFalse();
    }
}
