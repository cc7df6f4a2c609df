package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.answers.ExportCommand;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.StoredAttachment;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.trusts.Organisation;

/**
 * /export through the Discord simulator. It is acknowledged first (it may be slow), and the file arrives by editing
 * the original response; a file larger than the server's upload limit, which the interaction states
 * ({@code attachment_size_limit}, 10 MiB in the simulator as Discord's default), is not sent, and the reply says so.
 */
class BotExportTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord =
            // The export over the limit needs a large synthetic import, which the plausibility gate would hold.
            BotOnSimulator.forEachTest(
                    world -> {}, config -> config.withReview(config.review().withoutGate()));

    @TempDir
    Path folder;

    /** What the console gives for the same request, which Discord must carry byte for byte. */
    private static byte[] console(Map<String, String> options) {
        return discord.bot()
                .app()
                .commands()
                .handle(CommandRequest.of(ExportCommand.NAME, options, Invoker.CONSOLE))
                .attachments()
                .get(0)
                .content();
    }

    @DisplayName("/export is deferred, then the CSV file arrives by editing the original response")
    @Test
    void file() {
        Map<String, String> options = Map.of("format", "table", "strike", "2022-12-rcn");
        Interaction export = discord.sim().slash("export", options);

        JsonNode reply = export.awaitFinalMessage(WAIT);

        assertThat(export.awaitAcknowledgement(WAIT).get("type").asInt())
                .as("deferred")
                .isEqualTo(5);
        List<StoredAttachment> files = discord.sim().attachments(reply);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("strikedesk-table-ENG-2022-12-rcn.csv");
            assertThat(file.bytes()).isEqualTo(console(options));
        });
        assertThat(reply.get("embeds").get(0).get("title").asText())
                .isEqualTo("Table: trusts in England, nurses' strike, 15 and 20 December 2022");
    }

    @DisplayName("An export over the server's upload limit is not sent: the reply gives its size and what to do")
    @Test
    void overTheLimit() throws IOException {
        ImportReport report = synthetic(folder.resolve("synthetic-upload-limit.csv"));
        assertThat(report.rejected()).as(report.toString()).isFalse();
        int size = console(Map.of()).length;
        assertThat(size).as("larger than Discord's default limit").isGreaterThan(10 * 1024 * 1024);

        // An export is deferred for everyone to see; the refusal is for the asker alone, so it comes as a private
        // follow-up and the loading message goes (see BotPrivacyTest).
        Interaction export = discord.sim().slash("export", Map.of());
        JsonNode reply = export.awaitFollowUps(1, WAIT).get(0);
        export.awaitOriginalDeleted(WAIT);

        assertThat(reply.get("flags").asInt() & 64).as("only the asker sees it").isEqualTo(64);
        assertThat(discord.sim().attachments(reply)).isEmpty();
        JsonNode embed = reply.get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("File too large");
        assertThat(embed.get("description").asText())
                .isEqualTo("The export is " + ExportCommand.megabytes(size) + ", more than the 10 MB Discord accepts"
                        + " here. Ask for less (one strike, one region or one trust), or run bin/strikedesk export,"
                        + " which writes a file of any size.");
    }

    /**
     * Synthetic figures for every trust in England open today on every strike day it was open for, inpatient and
     * outpatient, each citing a
     * long made-up address, so that an export of everything is larger than 10 MiB.
     */
    private static ImportReport synthetic(Path file) throws IOException {
        TidyCsv csv = TidyCsv.citing("https://example.org/synthetic/upload-limit/" + "padding-".repeat(40));
        List<Organisation> trusts = discord.bot().app().reference().directory().trusts().stream()
                .filter(trust -> trust.region() != null && trust.region().inEngland() && trust.closed() == null)
                .toList();
        for (Strike strike : discord.bot().app().reference().calendar().all()) {
            for (LocalDate day : strike.days()) {
                for (Organisation trust : trusts) {
                    if (trust.opened() != null && trust.opened().isAfter(strike.firstDay())) {
                        continue;
                    }
                    csv.row(strike.id() + "," + trust.code() + "," + day + ",inpatient_rescheduled,7");
                    csv.row(strike.id() + "," + trust.code() + "," + day + ",outpatient_rescheduled,11");
                }
            }
        }
        return csv.importInto(discord.bot().app(), file);
    }
}
