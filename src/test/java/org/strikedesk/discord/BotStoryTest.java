package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.answers.StoryCommand;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.commands.Options;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.StoredAttachment;

/**
 * /story through the Discord simulator: the headline and standfirst in an embed only the asker sees, the whole draft
 * as a text file, and Post to channel, which posts the same for everyone.
 */
class BotStoryTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String POST = "post:story:RWH:2023-04-junior-doctors";

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();

    /** The draft the console gives for the same question, which Discord must carry byte for byte. */
    private static byte[] consoleDraft() {
        return discord.bot()
                .app()
                .commands()
                .handle(CommandRequest.of(
                        StoryCommand.NAME,
                        Map.of(Options.TRUST, "RWH", Options.STRIKE, "2023-04-junior-doctors"),
                        Invoker.CONSOLE))
                .attachments()
                .get(0)
                .content();
    }

    @DisplayName("/story answers the asker alone: headline, standfirst, the draft as a .txt file, Post to channel")
    @Test
    void story() {
        JsonNode reply = discord.sim().slash("story", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);

        assertThat(reply.get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        JsonNode embed = reply.get("embeds").get(0);
        assertThat(embed.get("title").asText())
                .isEqualTo("2,247 appointments and procedures rescheduled at East and North Hertfordshire NHS Trust"
                        + " during junior doctors' strike");
        assertThat(embed.get("description").asText())
                .startsWith("It is the only trust in England with a published count for the strike");
        List<StoredAttachment> files = discord.sim().attachments(reply);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("strikedesk-story-RWH-2023-04-junior-doctors.txt");
            assertThat(file.bytes()).isEqualTo(consoleDraft());
        });
        assertThat(reply.get("components")
                        .get(0)
                        .get("components")
                        .get(0)
                        .get("custom_id")
                        .asText())
                .isEqualTo(POST);
    }

    @DisplayName("Post to channel posts the headline, standfirst and draft file for everyone to see")
    @Test
    void postToChannel() {
        JsonNode reply = discord.sim().slash("story", Map.of("trust", "ENHT")).awaitFinalMessage(WAIT);

        JsonNode posted = discord.sim()
                .button(POST, reply, SimDefaults.REPORTER)
                .awaitFollowUps(1, WAIT)
                .get(0);

        assertThat(posted.path("flags").asInt() & 64).as("public").isZero();
        assertThat(posted.get("embeds").get(0).get("title").asText())
                .isEqualTo(reply.get("embeds").get(0).get("title").asText());
        List<StoredAttachment> files = discord.sim().attachments(posted);
        assertThat(files)
                .singleElement()
                .satisfies(file -> assertThat(new String(file.bytes(), StandardCharsets.UTF_8))
                        .isEqualTo(new String(consoleDraft(), StandardCharsets.UTF_8)));
        assertThat(posted.findValues("custom_id"))
                .as("nothing left to press (the Source link button sends nothing): " + posted)
                .isEmpty();
    }
}
