package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.DiscordSimulatorExtension;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.ingest.ImportRecord;

/** {@code /ingest file:} through the Discord simulator: the upload is downloaded, imported, and reported. */
class BotIngestTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String HEADER = "strike,org_code,date,metric,value,source,published\n";
    private static final String SOURCE = "https://example.org/synthetic/upload";

    @RegisterExtension
    static final DiscordSimulatorExtension discord = new DiscordSimulatorExtension();

    @TempDir
    static Path folder;

    private static DiscordSimulator sim;
    private static BotOnSimulator bot;

    @BeforeAll
    static void start() {
        sim = discord.simulator();
        bot = BotOnSimulator.start(sim, folder);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static Interaction upload(String name, String content, org.strikedesk.discord.sim.SimUser by) {
        return sim.command("ingest")
                .attachment("file", name, content.getBytes(StandardCharsets.UTF_8))
                .by(by)
                .in(SimDefaults.DESK_CHANNEL_ID)
                .send();
    }

    @DisplayName("An editor's upload is imported; the reply says what changed, and the history says who")
    @Test
    void imports() {
        Interaction interaction = upload(
                "synthetic-upload.csv",
                HEADER + "2023-06-junior-doctors,RGT,,acute_rescheduled,\"1,202\"," + SOURCE + ",2023-06-20\n",
                SimDefaults.EDITOR);

        JsonNode reply = interaction.awaitFinalMessage(WAIT);

        assertThat(interaction.callbacks().get(0).get("type").asInt())
                .as("deferred first")
                .isEqualTo(5);
        assertThat(reply.toString()).contains("1 added");
        List<ImportRecord> history = bot.app.history().latest(1);
        assertThat(history.get(0).route()).isEqualTo("upload");
        assertThat(history.get(0).by()).contains("editor");
        assertThat(history.get(0).file()).isEqualTo("synthetic-upload.csv");
    }

    @DisplayName("A malformed upload is rejected with row and column, and nothing is imported")
    @Test
    void rejects() {
        long before = bot.app.history().latest(100).stream()
                .filter(r -> r.added() > 0)
                .count();

        JsonNode reply = upload(
                        "synthetic-bad.csv",
                        HEADER + "2023-06-junior-doctors,RGT,,acute_rescheduled,lots," + SOURCE + ",\n",
                        SimDefaults.EDITOR)
                .awaitFinalMessage(WAIT);

        assertThat(reply.toString()).contains("row 2", "column value (E)", "\\\"lots\\\" is not a whole number");
        assertThat(bot.app.history().latest(100).stream()
                        .filter(r -> r.added() > 0)
                        .count())
                .isEqualTo(before);
    }

    @DisplayName("A reporter without Manage Server cannot upload")
    @Test
    void refusesReporters() {
        JsonNode reply =
                upload("synthetic-upload.csv", HEADER, SimDefaults.REPORTER).awaitFinalMessage(WAIT);

        assertThat(reply.get("embeds").get(0).get("title").asText()).isEqualTo("Not allowed");
    }
}
