package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.StoredAttachment;
import org.strikedesk.discord.sim.UploadedFile;
import org.strikedesk.discord.sim.WireRecord;

/**
 * /chart over the wire: it is deferred at once, and its PNG goes by editing the original response, a multipart PATCH
 * whose {@code attachments[]} the simulator checks against the file parts and the alt text's length (see
 * {@code SimulatorAttachmentsTest}).
 */
class BotChartTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    @DisplayName("/chart, deferred, sends its PNG and alt text in a multipart PATCH of the original response")
    @Test
    void chartAfterDeferral() throws Exception {
        Interaction interaction = discord.sim().slash("chart", Map.of("trust", "ENHT"));

        JsonNode message = interaction.awaitFinalMessage(WAIT);
        WireRecord patch = Awaitility.await("the PATCH of the original, recorded")
                .atMost(WAIT)
                .until(
                        () -> discord.sim().requests().stream()
                                .filter(r -> r.method().equals("PATCH")
                                        && r.path().endsWith(interaction.token() + "/messages/@original"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();

        assertThat(interaction.callbacks().get(0).get("type").asInt())
                .as("deferred")
                .isEqualTo(5);
        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.query()).isEqualTo("wait=true");
        assertThat(patch.files())
                .extracting(UploadedFile::field, UploadedFile::filename)
                .containsExactly(tuple("files[0]", "strikedesk-RWH-acute.png"));
        JsonNode entry = patch.body().path("attachments").get(0);
        assertThat(entry.path("id").asInt()).isZero();
        assertThat(entry.path("description").asText())
                .startsWith("Bar chart of ")
                .hasSizeLessThanOrEqualTo(1024);
        List<StoredAttachment> files = discord.sim().attachments(message);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(files.get(0).bytes()));
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(560);
        assertThat(message.get("embeds").get(0).get("image").get("url").asText())
                .isEqualTo("attachment://strikedesk-RWH-acute.png");
    }
}
