package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.Application;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.StoredAttachment;
import org.strikedesk.figures.DataVersion;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * Answers kept between imports, over the wire: the same command asked again is answered with the same message (its
 * use recorded each time), and an import by another StrikeDesk process on the same store, as from cron, reaches the
 * answers once the bot has read the store's data version ({@link DataVersion#EVERY}).
 */
class BotKeptAnswersTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Map<String, String> ENHT = Map.of("trust", "ENHT", "strike", "2023-04-junior-doctors");

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forEachTest();

    @DisplayName("Asked twice, the answer is the same message, and both uses are recorded")
    @Test
    void askedAgain() {
        JsonNode first = discord.sim().slash("cancellations", ENHT).awaitFinalMessage(WAIT);
        JsonNode again = discord.sim().slash("cancellations", ENHT).awaitFinalMessage(WAIT);

        assertThat(again.get("embeds")).isEqualTo(first.get("embeds"));
        assertThat(again.get("components")).isEqualTo(first.get("components"));
        assertThat(discord.bot().app().audit().pulls().of("RWH", 10))
                .extracting(pull -> pull.asked())
                .containsExactly(
                        "/cancellations trust:ENHT strike:2023-04-junior-doctors",
                        "/cancellations trust:ENHT strike:2023-04-junior-doctors");
    }

    @DisplayName("A kept answer with a file, sent again, carries its file whole again")
    @Test
    void filesSentAgain() {
        Map<String, String> every = Map.of("strike", "all");
        JsonNode first = discord.sim().slash("national", every).awaitFinalMessage(WAIT);
        JsonNode again = discord.sim().slash("national", every).awaitFinalMessage(WAIT);

        // JDA keeps the body it read from a file upload, so the message made once can be sent again, files and all.
        List<StoredAttachment> firstFiles = discord.sim().attachments(first);
        List<StoredAttachment> againFiles = discord.sim().attachments(again);
        assertThat(firstFiles).isNotEmpty();
        assertThat(againFiles).hasSameSizeAs(firstFiles);
        for (int i = 0; i < firstFiles.size(); i++) {
            assertThat(againFiles.get(i).filename()).isEqualTo(firstFiles.get(i).filename());
            assertThat(againFiles.get(i).bytes())
                    .isNotEmpty()
                    .isEqualTo(firstFiles.get(i).bytes());
        }
    }

    @DisplayName("An import by another process on the same store reaches the bot's answers")
    @Test
    void importFromAnotherProcess() throws IOException {
        assertThat(description(discord.sim().slash("cancellations", ENHT).awaitFinalMessage(WAIT)))
                .startsWith("**2,247** rescheduled");

        try (Application cron =
                TestApplications.open(discord.bot().folder(), discord.bot().clock(), TestApplications.WITHOUT_GATE)) {
            // Synthetic: a revision of East and North Hertfordshire's inpatient figure, 170 in the shipped data.
            TidyCsv.citing("https://example.org/synthetic/revision")
                    .row("2023-04-junior-doctors,RWH,,inpatient_rescheduled,171", "2023-04-20")
                    .importInto(cron, discord.bot().folder().resolve("revision.csv"));
        }

        // 171 inpatient + 2,077 outpatient.
        Awaitility.await("the revision in the answer")
                .atMost(WAIT)
                .pollInterval(DataVersion.EVERY.dividedBy(2))
                .until(
                        () -> description(
                                discord.sim().slash("cancellations", ENHT).awaitFinalMessage(WAIT)),
                        text -> text.startsWith("**2,248** rescheduled"));
    }

    private static String description(JsonNode message) {
        return message.path("embeds").path(0).path("description").asText();
    }
}
