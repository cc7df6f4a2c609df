package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.StoredAttachment;
import org.strikedesk.discord.sim.Waits;

/** The buttons on figure replies, pressed through the Discord simulator. */
class BotButtonsTest {
    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    /** The ids of the buttons that send an interaction: a link button (the Source button) has none. */
    private static List<String> buttons(JsonNode message) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            for (JsonNode button : row.path("components")) {
                if (button.has("custom_id")) {
                    ids.add(button.get("custom_id").asText());
                }
            }
        }
        return ids;
    }

    @DisplayName("A figure reply offers Quote and Chart; Quote answers only the presser, with the quote to copy")
    @Test
    void quote() {
        JsonNode card =
                discord.sim().slash("cancellations", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);
        assertThat(buttons(card))
                .containsExactly("quote:RWH:2023-04-junior-doctors", "chart:RWH:acute", "explain:figures");
        assertThat(card.findValuesAsText("url"))
                .as("the Source link button")
                .contains("https://martini.thecomet.net/news/23475735.north-east-herts-2-000-hospital-appointments"
                        + "-cancelled-strike");

        Interaction press = discord.sim().button("quote:RWH:2023-04-junior-doctors", card, SimDefaults.REPORTER);
        JsonNode quote = press.awaitFinalMessage(WAIT);

        assertThat(quote.get("content").asText())
                .startsWith(
                        "During the junior doctors' strike of 11\u201314 April"
                                + " 2023, 2,247 appointments and procedures were rescheduled at East and North Hertfordshire NHS Trust");
        assertThat(quote.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(buttons(quote)).containsExactly("post:quote:RWH:2023-04-junior-doctors");
    }

    @DisplayName("Chart answers with a PNG bar chart attached and shown in the embed")
    @Test
    void chart() throws Exception {
        JsonNode card =
                discord.sim().slash("cancellations", Map.of("trust", "england")).awaitFinalMessage(WAIT);

        JsonNode chart = discord.sim()
                .button("chart:ENG:acute", card, SimDefaults.REPORTER)
                .awaitFinalMessage(WAIT);

        List<StoredAttachment> files = discord.sim().attachments(chart);
        assertThat(files)
                .singleElement()
                .satisfies(file -> assertThat(file.filename()).isEqualTo("strikedesk-ENG-acute.png"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(files.get(0).bytes()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
        assertThat(chart.get("embeds").get(0).get("image").get("url").asText())
                .isEqualTo("attachment://strikedesk-ENG-acute.png");
    }

    @DisplayName("Post to channel shows the quote to everyone, says who posted it, and is disabled once used")
    @Test
    void postToChannel() {
        JsonNode card =
                discord.sim().slash("cancellations", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);
        JsonNode quote = discord.sim()
                .button("quote:RWH:2023-04-junior-doctors", card, SimDefaults.REPORTER)
                .awaitFinalMessage(WAIT);

        Interaction press = discord.sim().button("post:quote:RWH:2023-04-junior-doctors", quote, SimDefaults.REPORTER);
        JsonNode posted = press.awaitFollowUps(1, WAIT).get(0);

        assertThat(posted.get("content").asText()).startsWith("During the junior doctors' strike");
        assertThat(posted.path("flags").asInt() & 64).as("public").isZero();
        assertThat(posted.get("embeds").get(0).toString())
                .as("who posted it, as a mention that pings no one")
                .contains("<@" + SimDefaults.REPORTER.id() + ">");
        JsonNode button = Waits.until(
                "the Post button disabled",
                WAIT,
                () -> discord.sim()
                        .message(quote.get("id").asText())
                        .map(m -> m.path("components").get(0).path("components").get(0))
                        .filter(b -> b.path("disabled").asBoolean(false)));
        assertThat(button.get("custom_id").asText()).isEqualTo("post:quote:RWH:2023-04-junior-doctors");
    }

    @DisplayName("A malformed button id gets a clear answer, not silence")
    @Test
    void malformed() {
        JsonNode card =
                discord.sim().slash("cancellations", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);

        JsonNode answer =
                discord.sim().button("quote:NOPE", card, SimDefaults.REPORTER).awaitFinalMessage(WAIT);

        assertThat(answer.get("embeds").get(0).get("title").asText()).isEqualTo("Unknown button");
    }

    @DisplayName("Buttons keep working after the bot restarts")
    @Test
    void afterRestart() {
        JsonNode card =
                discord.sim().slash("cancellations", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);

        discord.bot().restart();
        JsonNode quote = discord.sim()
                .button("quote:RWH:2023-04-junior-doctors", card, SimDefaults.REPORTER)
                .awaitFinalMessage(WAIT);

        assertThat(quote.get("content").asText()).contains("2,247 appointments and procedures were rescheduled");
    }
}
