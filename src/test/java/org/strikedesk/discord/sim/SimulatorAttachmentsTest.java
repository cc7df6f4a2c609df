package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files sent with a message: {@code attachments[]} in {@code payload_json} names each {@code files[n]} part by its
 * {@code n} (docs {@code reference.mdx}, "Uploading Files"), gaps allowed; alt text ({@code description}) is at most
 * 1,024 characters (docs {@code resources/message.mdx}, "Attachment Request Structure"). A deferred answer gets its
 * file by editing the original response: JDA sends a multipart PATCH with {@code ?wait=true} (JDA
 * {@code internal/interactions/InteractionHookImpl#editRequest}).
 */
class SimulatorAttachmentsTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String NEWS = "/channels/" + SimDefaults.NEWS_CHANNEL_ID + "/messages";
    private static final byte[] BYTES = "synthetic file".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

    @BeforeAll
    static void registerCommands() {
        discord.bot()
                .jda
                .updateCommands()
                .addCommands(Commands.slash("chart", "Draw something"))
                .complete();
    }

    @AfterEach
    void noClientErrors() {
        assertThat(discord.bot().errors).isEmpty();
    }

    @DisplayName("A deferred answer gets its file through a multipart PATCH of the original, with its alt text")
    @Test
    void fileAfterDeferral() {
        discord.bot().onSlash("chart", e -> {
            e.deferReply().queue();
            e.getHook()
                    .editOriginal(SimBot.edit("Here it is"))
                    .setFiles(FileUpload.fromData(BYTES, "chart.png").setDescription("A bar chart"))
                    .queue();
        });

        Interaction interaction = discord.sim().slash("chart", Map.of());

        JsonNode message = interaction.awaitFinalMessage(WAIT);
        WireRecord patch = Waits.until(
                "the PATCH of the original, recorded",
                WAIT,
                () -> discord.sim().requests().stream()
                        .filter(r -> r.method().equals("PATCH")
                                && r.path().endsWith(interaction.token() + "/messages/@original"))
                        .findFirst());
        assertThat(patch.query()).isEqualTo("wait=true");
        assertThat(patch.files()).extracting(UploadedFile::field).containsExactly("files[0]");
        assertThat(patch.body().path("attachments").get(0).path("id").asInt()).isZero();
        assertThat(message.path("attachments").get(0).path("description").asText())
                .isEqualTo("A bar chart");
        assertThat(discord.sim().attachments(message).get(0).bytes()).isEqualTo(BYTES);
    }

    @DisplayName("Placeholder ids may leave gaps, as long as each names a part")
    @Test
    void gapsAllowed() {
        RawClient.Answer answer = new RawClient(discord.sim())
                .sendMultipart(
                        "POST",
                        NEWS,
                        payload(entry(0, ""), entry(2, "")),
                        List.of(
                                new RawClient.Part("files[0]", "a.txt", BYTES),
                                new RawClient.Part("files[2]", "b.txt", BYTES)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("attachments")).hasSize(2);
    }

    @DisplayName("An attachments[] id with no files[n] part, or a part not listed, is refused with 400 / 50035")
    @Test
    void unmatched() {
        RawClient raw = new RawClient(discord.sim());

        RawClient.Answer noPart = raw.sendMultipart(
                "POST", NEWS, payload(entry(1, "")), List.of(new RawClient.Part("files[0]", "a.txt", BYTES)));
        RawClient.Answer unlisted = raw.sendMultipart(
                "POST",
                NEWS,
                payload(entry(0, "")),
                List.of(
                        new RawClient.Part("files[0]", "a.txt", BYTES),
                        new RawClient.Part("files[1]", "b.txt", BYTES)));

        assertThat(noPart.status()).isEqualTo(400);
        assertThat(noPart.body().path("code").asInt()).isEqualTo(50035);
        assertThat(unlisted.status()).isEqualTo(400);
        assertThat(discord.sim().takeViolations())
                .extracting(Violation::rule)
                .containsOnly(DiscordRules.ATTACHMENT_METADATA);
    }

    @DisplayName("Alt text of 1,024 characters is accepted, of 1,025 refused")
    @Test
    void altText() {
        RawClient raw = new RawClient(discord.sim());
        List<RawClient.Part> file = List.of(new RawClient.Part("files[0]", "a.txt", BYTES));

        RawClient.Answer longest = raw.sendMultipart("POST", NEWS, payload(entry(0, "x".repeat(1024))), file);
        RawClient.Answer tooLong = raw.sendMultipart("POST", NEWS, payload(entry(0, "x".repeat(1025))), file);

        assertThat(longest.status()).isEqualTo(200);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(discord.sim().takeViolations())
                .singleElement()
                .satisfies(v -> assertThat(v.detail()).contains("1025 characters, max 1024"));
    }

    private static ObjectNode entry(int id, String description) {
        return Json.object().put("id", id).put("description", description);
    }

    private static ObjectNode payload(ObjectNode... entries) {
        ObjectNode payload = Json.object().put("content", "Files");
        payload.putObject("allowed_mentions").putArray("parse");
        ArrayNode attachments = payload.putArray("attachments");
        for (ObjectNode entry : entries) {
            attachments.add(entry);
        }
        return payload;
    }
}
