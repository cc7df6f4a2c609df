package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which messages reach a bot depends on the intents it identified with (docs {@code events/gateway.mdx}, "List of
 * Intents", "Message Content Intent"): none without GUILD_MESSAGES or DIRECT_MESSAGES, and every message whole with
 * the privileged MESSAGE_CONTENT, where the application has been granted it.
 */
class SimulatorMessageIntentsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final SimulatedDiscord<SimBot> withContent = SimulatedDiscord.forClass(
            world -> world.privilegedIntents(MessageCreates.MESSAGE_CONTENT),
            sim -> SimBot.connect(sim, EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)));

    @DisplayName("With the Message Content intent, a message that does not mention the bot arrives whole")
    @Test
    void content() {
        JsonNode sent = withContent.sim().userMessage("staff absent at Lister?").send();

        Message message = Waits.until(
                "the message received",
                WAIT,
                () -> withContent.bot().received.stream()
                        .filter(m -> m.getId().equals(sent.path("id").asText()))
                        .findFirst());
        assertThat(message.getContentRaw()).isEqualTo("staff absent at Lister?");
    }

    @DisplayName("Without DIRECT_MESSAGES a direct message is not dispatched at all")
    @Test
    void noDirectMessages() {
        int before = withContent.sim().events("MESSAGE_CREATE").size();

        withContent.sim().userMessage("hello").direct().send();
        JsonNode guild = withContent.sim().userMessage("hello in #desk").send();

        Waits.until(
                "the guild message received",
                WAIT,
                () -> withContent.bot().received.stream()
                        .filter(m -> m.getId().equals(guild.path("id").asText()))
                        .findFirst());
        assertThat(withContent.sim().events("MESSAGE_CREATE")).hasSize(before + 1);
    }
}
