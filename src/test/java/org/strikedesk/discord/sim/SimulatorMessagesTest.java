package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strikedesk.discord.sim.SimBot.edit;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.FileUpload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SimulatorMessagesTest {
    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(SimBot::connect);

    static TextChannel news() {
        return discord.bot().jda.getTextChannelById(SimDefaults.NEWS_CHANNEL_ID);
    }

    @Test
    void multipartMessageKeepsTheFileBytes() throws IOException {
        byte[] png = png();

        Message sent = news().sendMessage("Strike days by trust")
                .addFiles(FileUpload.fromData(png, "chart.png"))
                .complete();

        DiscordSimulator sim = discord.sim();
        JsonNode stored = sim.message(sent.getId()).orElseThrow();
        assertThat(stored.path("attachments").get(0).path("filename").asText()).isEqualTo("chart.png");
        List<StoredAttachment> files = sim.attachments(stored);
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.bytes()).isEqualTo(png);
            assertThat(f.contentType()).startsWith("image/png");
        });
        assertThat(sent.getAttachments().get(0).getUrl()).startsWith("http://127.0.0.1:");
        WireRecord request = sim.requests().stream()
                .filter(r -> r.path().endsWith("/messages") && !r.files().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(request.body().path("content").asText()).isEqualTo("Strike days by trust");
        assertThat(request.files().get(0).field()).isEqualTo("files[0]");
    }

    @Test
    void enforcedNonceReturnsTheEarlierMessage() {
        Message first = news().sendMessage("Only once").setNonce("strike-42").complete();
        Message second = news().sendMessage("Only once").setNonce("strike-42").complete();

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(discord.sim().channelMessages(SimDefaults.NEWS_CHANNEL_ID))
                .filteredOn(m -> m.path("content").asText().equals("Only once"))
                .hasSize(1);
    }

    @Test
    void aLostResponseIsRetriedWithTheSameNonceWithoutADuplicate() {
        DiscordSimulator sim = discord.sim();
        sim.faults().lostResponse("POST", "/channels/\\d+/messages$", 1);
        int before = sim.requests().size();

        Message sent = news().sendMessage("Exactly one").complete();

        List<WireRecord> attempts =
                sim.requests().subList(before, sim.requests().size());
        // The retry may also meet the channel's rate limit (the lost answer carried no bucket headers), then waits.
        assertThat(attempts)
                .extracting(WireRecord::status)
                .startsWith(502)
                .endsWith(200)
                .doesNotContain(500, 503);
        assertThat(sim.channelMessages(SimDefaults.NEWS_CHANNEL_ID))
                .filteredOn(m -> m.path("content").asText().equals("Exactly one"))
                .singleElement()
                .satisfies(m -> assertThat(m.path("id").asText()).isEqualTo(sent.getId()));
    }

    @Test
    void editsAreAppliedAndKeptInHistory() {
        Message sent = news().sendMessage("Draft").complete();
        sent.editMessage(edit("Final")).complete();

        Message fetched = news().retrieveMessageById(sent.getId()).complete();

        assertThat(fetched.getContentRaw()).isEqualTo("Final");
        assertThat(fetched.getTimeEdited()).isNotNull();
        assertThat(discord.sim().messageHistory(SimDefaults.NEWS_CHANNEL_ID))
                .filteredOn(e -> e.messageId().equals(sent.getId()))
                .extracting(MessageEvent::kind, e -> e.message().path("content").asText())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MessageEvent.Kind.CREATED, "Draft"),
                        org.assertj.core.groups.Tuple.tuple(MessageEvent.Kind.EDITED, "Final"));
    }

    @Test
    void forbiddenAndDeletedChannelsAnswerLikeDiscord() {
        DiscordSimulator sim = discord.sim();
        try {
            sim.forbidChannel(SimDefaults.NEWS_CHANNEL_ID);
            assertThatThrownBy(() -> news().sendMessage("x").complete())
                    .isInstanceOfSatisfying(
                            ErrorResponseException.class,
                            e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));
            sim.removeChannel(SimDefaults.NEWS_CHANNEL_ID);
            assertThatThrownBy(() -> news().sendMessage("x").complete())
                    .isInstanceOfSatisfying(
                            ErrorResponseException.class,
                            e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_CHANNEL));
        } finally {
            sim.restoreChannel(SimDefaults.NEWS_CHANNEL_ID);
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
