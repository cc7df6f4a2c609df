package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MESSAGE_CREATE for messages users send, checked against Discord's documentation and JDA 6.5.0 with a bot that
 * asks for GUILD_MESSAGES and DIRECT_MESSAGES but not the privileged MESSAGE_CONTENT: it receives every message, but
 * the content only of DMs and of messages that mention it (docs {@code events/gateway.mdx}, "Message Content
 * Intent"); JDA builds each into a MessageReceivedEvent ({@code internal/handle/MessageCreateHandler},
 * {@code internal/entities/EntityBuilder#createMessage0}).
 */
class SimulatorUserMessagesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MENTION = "<@" + SimDefaults.BOT_ID + "> ";

    @RegisterExtension
    static final SimulatedDiscord<SimBot> discord = SimulatedDiscord.forClass(
            sim -> SimBot.connect(sim, EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES)));

    private static Message received(JsonNode sent) {
        String id = sent.path("id").asText();
        return Waits.until(
                "message " + id + " received by JDA",
                WAIT,
                () -> discord.bot().received.stream()
                        .filter(m -> m.getId().equals(id))
                        .findFirst());
    }

    @DisplayName("A message that mentions the bot arrives whole, and JDA counts the bot as mentioned")
    @Test
    void mentioned() {
        JsonNode sent =
                discord.sim().userMessage(MENTION + "staff absent at Lister?").send();

        Message message = received(sent);
        assertThat(message.getContentRaw()).isEqualTo(MENTION + "staff absent at Lister?");
        assertThat(message.getMentions().isMentioned(discord.bot().jda.getSelfUser(), Message.MentionType.USER))
                .isTrue();
        assertThat(message.getAuthor().getId()).isEqualTo(SimDefaults.REPORTER.id());
        assertThat(message.getChannel().getId()).isEqualTo(SimDefaults.DESK_CHANNEL_ID);
        assertThat(message.getMember()).isNotNull();
    }

    @DisplayName("Without the Message Content intent, a message that does not mention the bot arrives empty")
    @Test
    void notMentioned() {
        JsonNode sent = discord.sim().userMessage("staff absent at Lister?").send();

        Message message = received(sent);
        assertThat(message.getContentRaw()).isEmpty();
        assertThat(message.getMentions().getUsers()).isEmpty();
        assertThat(discord.sim()
                        .message(sent.path("id").asText())
                        .orElseThrow()
                        .path("content")
                        .asText())
                .as("what users see")
                .isEqualTo("staff absent at Lister?");
    }

    @DisplayName("A direct message arrives whole, in a private channel JDA builds from the message alone")
    @Test
    void direct() {
        JsonNode sent =
                discord.sim().userMessage("quote for the Lister").direct().send();

        Message message = received(sent);
        assertThat(message.getContentRaw()).isEqualTo("quote for the Lister");
        assertThat(message.getChannelType()).isEqualTo(ChannelType.PRIVATE);
        assertThat(message.isFromGuild()).isFalse();
        assertThat(sent.has("guild_id")).isFalse();
    }

    @DisplayName("A reply to the bot counts as a mention only with the ping on; with it off, the content is empty")
    @Test
    void repliesToTheBot() {
        JsonNode asked = discord.sim().userMessage(MENTION + "help").send();
        received(asked);
        Message botMessage = discord.bot()
                .jda
                .getTextChannelById(SimDefaults.DESK_CHANNEL_ID)
                .sendMessage("An answer")
                .complete();
        JsonNode stored = discord.sim().message(botMessage.getId()).orElseThrow();

        Message pinged = received(
                discord.sim().userMessage("and guys?").replyingTo(stored, true).send());
        Message quiet = received(discord.sim()
                .userMessage("and kings?")
                .replyingTo(stored, false)
                .send());

        assertThat(pinged.getContentRaw()).isEqualTo("and guys?");
        assertThat(pinged.getType()).isEqualTo(net.dv8tion.jda.api.entities.MessageType.INLINE_REPLY);
        assertThat(quiet.getContentRaw()).isEmpty();
    }

    @DisplayName("A reply the bot sends is stored as Discord stores it: type 19, its reference, no one mentioned")
    @Test
    void botReplies() {
        Message asked = received(discord.sim().userMessage(MENTION + "hello").send());

        Message answer = asked.reply(
                        new MessageCreateBuilder().setContent("Hello").build())
                .mentionRepliedUser(false)
                .complete();

        JsonNode stored = discord.sim().message(answer.getId()).orElseThrow();
        assertThat(stored.path("type").asInt()).isEqualTo(19);
        assertThat(stored.path("message_reference").path("message_id").asText()).isEqualTo(asked.getId());
        assertThat(stored.path("referenced_message").path("id").asText()).isEqualTo(asked.getId());
        assertThat(stored.path("mentions")).isEmpty();
        assertThat(discord.sim().repliesTo(discord.sim().message(asked.getId()).orElseThrow()))
                .extracting(reply -> reply.path("id").asText())
                .containsExactly(answer.getId());
    }

    @DisplayName("A reply to a message that is gone is refused, unless it may fall back to a plain message")
    @Test
    void replyToNothing() {
        Optional<JsonNode> missing = discord.sim().message("1");
        assertThat(missing).isEmpty();

        Message plain = discord.bot()
                .jda
                .getTextChannelById(SimDefaults.DESK_CHANNEL_ID)
                .sendMessage("Hello")
                .setMessageReference("1")
                .failOnInvalidReply(false)
                .complete();

        assertThat(discord.sim()
                        .message(plain.getId())
                        .orElseThrow()
                        .path("type")
                        .asInt())
                .isZero();
        assertThat(discord.sim().message(plain.getId()).orElseThrow().has("message_reference"))
                .isFalse();
    }
}
