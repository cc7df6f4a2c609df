package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimUser;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.ingest.ImportRecord;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.TidyCsv;

/** {@code /ingest file:} through the Discord simulator: the upload is downloaded, imported, and reported. */
class BotIngestTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SOURCE = "https://example.org/synthetic/upload";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    private static Interaction upload(String name, TidyCsv content, SimUser by) {
        return discord.sim()
                .command("ingest")
                .attachment("file", name, content.bytes())
                .by(by)
                .in(SimDefaults.DESK_CHANNEL_ID)
                .send();
    }

    @DisplayName("An editor's upload is imported; the reply, deferred privately, says what changed to the editor alone,"
            + " and the history says who")
    @Test
    void imports() {
        Interaction interaction = upload(
                "synthetic-upload.csv",
                TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RGT,,acute_rescheduled,\"1,202\"", "2023-06-20"),
                SimDefaults.EDITOR);

        JsonNode reply = interaction.awaitFinalMessage(WAIT);

        JsonNode deferral = interaction.callbacks().get(0);
        assertThat(deferral.get("type").asInt()).as("deferred first").isEqualTo(5);
        assertThat(deferral.path("data").path("flags").asInt() & 64)
                .as("deferred privately")
                .isEqualTo(64);
        assertThat(reply.toString()).contains("1 added");
        assertThat(reply.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(discord.sim().seenByEveryone(SimDefaults.DESK_CHANNEL_ID))
                .noneSatisfy(m -> assertThat(m.toString()).contains("1 added"));
        List<ImportRecord> history = discord.bot().app().history().latest(1);
        assertThat(history.get(0).arrival().route()).isEqualTo(ImportRoute.UPLOAD);
        assertThat(history.get(0).arrival().by()).contains("editor");
        assertThat(history.get(0).arrival().file()).isEqualTo("synthetic-upload.csv");
    }

    @DisplayName("A malformed upload is rejected with row and column, and nothing is imported")
    @Test
    void rejects() {
        long before = discord.bot().app().history().latest(100).stream()
                .filter(r -> r.counts().added() > 0)
                .count();

        JsonNode reply = upload(
                        "synthetic-bad.csv",
                        TidyCsv.citing(SOURCE).row("2023-06-junior-doctors,RGT,,acute_rescheduled,lots"),
                        SimDefaults.EDITOR)
                .awaitFinalMessage(WAIT);

        assertThat(reply.toString()).contains("row 2", "column value (E)", "\\\"lots\\\" is not a whole number");
        assertThat(discord.bot().app().history().latest(100).stream()
                        .filter(r -> r.counts().added() > 0)
                        .count())
                .isEqualTo(before);
    }

    @DisplayName("A reporter without Manage Server cannot upload")
    @Test
    void refusesReporters() {
        JsonNode reply = upload("synthetic-upload.csv", TidyCsv.citing(SOURCE), SimDefaults.REPORTER)
                .awaitFinalMessage(WAIT);

        assertThat(reply.get("embeds").get(0).get("title").asText()).isEqualTo("Not allowed");
    }
}
