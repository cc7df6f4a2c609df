package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.strikedesk.config.QuestionLimit;
import org.strikedesk.discord.sim.Permissions;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimUser;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.WireRecord;

/**
 * Questions in words over the wire, through the simulator and a real JDA: a message that mentions the bot, or a DM,
 * is answered in its channel as a reply to it, with the line it was read as above the answer and no one pinged
 * ({@code allowed_mentions} parse [] and replied_user false; docs {@code resources/message.mdx}, "Allowed Mentions
 * Object"); the bot asks for GUILD_MESSAGES and DIRECT_MESSAGES only, none privileged; other bots, its own messages
 * and messages whose content Discord withheld are left alone; a flood from one person is slowed politely; a channel
 * it may not send in gets no reply and a log line.
 */
class BotQuestionsTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String MENTION = "<@" + SimDefaults.BOT_ID + "> ";
    private static final SimUser FLOODER = SimUser.human("1300000000000000302", "flooder");
    private static final SimUser OTHER_BOT = new SimUser("1300000000000000303", "OtherBot", null, true);
    private static final SimUser QUIET = SimUser.human("1300000000000000304", "quiet");
    /** Each test that needs a question answered after others has its own asker, so no test uses another's turns. */
    private static final SimUser AFTER_IGNORED = SimUser.human("1300000000000000305", "after-ignored");

    private static final SimUser AFTER_FLOOD = SimUser.human("1300000000000000306", "after-flood");
    private static final SimUser AFTER_LOCKED = SimUser.human("1300000000000000307", "after-locked");
    private static final String LOCKED_GUILD = "1300000000000000400";
    private static final String LOCKED_CHANNEL = "1300000000000000401";
    /** Two questions at once, given back one an hour: a third is told to slow down, and a fourth not answered. */
    private static final QuestionLimit LIMIT = new QuestionLimit(2, Duration.ofHours(2));

    @RegisterExtension
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass(
            world -> world.guild(g -> g.newsroomDefaults()
                            .member(FLOODER)
                            .member(OTHER_BOT)
                            .member(QUIET)
                            .member(AFTER_IGNORED)
                            .member(AFTER_FLOOD)
                            .member(AFTER_LOCKED))
                    .guild(g -> g.id(LOCKED_GUILD)
                            .name("Read-only")
                            .textChannel(LOCKED_CHANNEL, "announcements")
                            .everyonePermissions(Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY)
                            .botPermissions("1300000000000000411", Permissions.VIEW_CHANNEL)
                            .member(SimDefaults.REPORTER)),
            config -> config.withDiscord(config.discord().withQuestionLimit(LIMIT)));

    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    static void listen() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(QuestionListener.class)).addAppender(logs);
    }

    @AfterAll
    static void stopListening() {
        ((Logger) LoggerFactory.getLogger(QuestionListener.class)).detachAppender(logs);
    }

    private static JsonNode ask(String content, SimUser by) {
        return discord.sim().userMessage(content).by(by).send();
    }

    /**
     * The request in which the bot sent its reply to this message. The simulator logs a request once it has answered
     * it, which may be just after the message it made is visible: wait for the record.
     */
    private static JsonNode requestFor(JsonNode reply) {
        String repliedTo = reply.path("message_reference").path("message_id").asText();
        return await().atMost(WAIT)
                .until(
                        () -> discord.sim().requests().stream()
                                .filter(r ->
                                        r.method().equals("POST") && r.path().endsWith("/messages"))
                                .map(WireRecord::body)
                                .filter(body -> body.path("message_reference")
                                        .path("message_id")
                                        .asText()
                                        .equals(repliedTo))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    @DisplayName("The bot identifies with GUILD_MESSAGES and DIRECT_MESSAGES (and GUILDS, which JDA adds), no more")
    @Test
    void intents() {
        long intents = discord.sim()
                .events("IDENTIFY")
                .get(0)
                .body()
                .path("d")
                .path("intents")
                .asLong();

        assertThat(intents).isEqualTo(1L | (1L << 9) | (1L << 12));
        assertThat(DiscordBot.inviteUrl(discord.bot().jda())).endsWith("&permissions=117760");
    }

    @DisplayName(
            "A question that mentions the bot is answered as a reply in its channel, read as a command, pinging no one")
    @Test
    void mentioned() {
        JsonNode asked =
                ask(MENTION + "how many appointments were cancelled at Lister in April 2023?", SimDefaults.REPORTER);

        JsonNode reply = discord.sim().awaitReplyTo(asked, WAIT);

        assertThat(reply.path("channel_id").asText()).isEqualTo(SimDefaults.DESK_CHANNEL_ID);
        assertThat(reply.path("type").asInt()).isEqualTo(19);
        assertThat(reply.path("content").asText())
                .isEqualTo("Read as: /cancellations trust:RWH strike:2023-04-junior-doctors");
        assertThat(reply.path("embeds").get(0).path("title").asText())
                .isEqualTo("East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023");
        assertThat(reply.path("mentions")).isEmpty();
        JsonNode sent = requestFor(reply);
        assertThat(sent.path("allowed_mentions").path("parse")).isEmpty();
        assertThat(sent.path("allowed_mentions").path("replied_user").asBoolean(true))
                .isFalse();
    }

    @DisplayName("A direct message is answered in the DM, as a reply to it")
    @Test
    void direct() {
        JsonNode asked = discord.sim()
                .userMessage("give me a quote for the Lister")
                .by(QUIET)
                .direct()
                .send();

        JsonNode reply = discord.sim().awaitReplyTo(asked, WAIT);

        assertThat(reply.path("channel_id").asText())
                .isEqualTo(asked.path("channel_id").asText());
        assertThat(reply.has("guild_id")).isFalse();
        assertThat(reply.path("content").asText())
                .startsWith("Read as: /quote trust:RWH\nDuring the junior doctors' strike of 11\u201314 April 2023");
    }

    @DisplayName("A question asked back offers buttons that answer the whole question when pressed")
    @Test
    void askedBackWithButtons() {
        JsonNode asked = ask(MENTION + "staff absent at kings in april 2023", SimDefaults.REPORTER);
        JsonNode reply = discord.sim().awaitReplyTo(asked, WAIT);
        JsonNode button = reply.path("components").get(0).path("components").get(0);

        assertThat(button.path("custom_id").asText()).isEqualTo("ask:/staff trust:RJZ strike:\"april 2023\"");
        JsonNode answer =
                discord.sim().button(button.path("custom_id").asText(), reply).awaitFinalMessage(WAIT);

        assertThat(answer.path("content").asText())
                .isEqualTo("Read as: /staff trust:RJZ strike:2023-04-junior-doctors");
    }

    @DisplayName("Other bots, the bot itself, and messages whose content Discord withheld are left unanswered")
    @Test
    void ignored() {
        JsonNode fromBot = ask(MENTION + "cancellations at Lister", OTHER_BOT);
        JsonNode fromSelf =
                ask(MENTION + "cancellations at Lister", discord.sim().botUser());
        JsonNode withheld = ask("cancellations at Lister", SimDefaults.EDITOR);
        JsonNode later = ask(MENTION + "cancellations at Lister", AFTER_IGNORED);

        // Messages are handled in the order they arrive: once the last is answered, the others were passed over.
        assertThat(discord.sim().awaitReplyTo(later, WAIT).path("content").asText())
                .isEqualTo("Read as: /cancellations trust:RWH");
        assertThat(discord.sim().repliesTo(fromBot)).isEmpty();
        assertThat(discord.sim().repliesTo(fromSelf)).isEmpty();
        assertThat(discord.sim().repliesTo(withheld)).isEmpty();
        assertThat(discord.sim().events("MESSAGE_CREATE").stream()
                        .filter(e -> e.body()
                                .path("d")
                                .path("id")
                                .asText()
                                .equals(withheld.path("id").asText()))
                        .findFirst()
                        .orElseThrow()
                        .body()
                        .path("d")
                        .path("content")
                        .asText())
                .as("Discord withheld the content: no mention, no Message Content intent")
                .isEmpty();
    }

    @DisplayName("A flood from one person gets its answers, one request to slow down, then silence")
    @Test
    void flood() {
        List<JsonNode> asked = List.of(
                ask(MENTION + "cancellations at Lister", FLOODER),
                ask(MENTION + "cancellations at GOSH", FLOODER),
                ask(MENTION + "cancellations at Guys", FLOODER),
                ask(MENTION + "cancellations at Addenbrookes", FLOODER));
        JsonNode someoneElse = ask(MENTION + "cancellations at Lister", AFTER_FLOOD);

        assertThat(discord.sim().awaitReplyTo(someoneElse, WAIT).path("content").asText())
                .startsWith("Read as: ");
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> asked.stream()
                        .limit(3)
                        .allMatch(m -> !discord.sim().repliesTo(m).isEmpty()));
        assertThat(discord.sim().repliesTo(asked.get(0)).get(0).path("content").asText())
                .startsWith("Read as: ");
        assertThat(discord.sim().repliesTo(asked.get(1)).get(0).path("content").asText())
                .startsWith("Read as: ");
        JsonNode slowDown = discord.sim().repliesTo(asked.get(2)).get(0);
        assertThat(slowDown.path("embeds").get(0).path("description").asText())
                .isEqualTo("StrikeDesk answers each person 2 questions every 2 hours. Questions sent before one is"
                        + " given back are not answered: ask again in an hour.");
        assertThat(discord.sim().repliesTo(asked.get(3))).isEmpty();
    }

    @DisplayName("In a channel the bot may not send in, a question gets no reply, and the log says what it lacks")
    @Test
    void cannotSend() {
        JsonNode asked = discord.sim()
                .userMessage(MENTION + "cancellations at Lister")
                .in(LOCKED_CHANNEL)
                .send();
        JsonNode later = ask(MENTION + "cancellations at GOSH", AFTER_LOCKED);

        discord.sim().awaitReplyTo(later, WAIT);
        assertThat(discord.sim().repliesTo(asked)).isEmpty();
        assertThat(discord.sim().requests()).noneMatch(r -> r.path().contains("/channels/" + LOCKED_CHANNEL + "/"));
        assertThat(logs.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("#announcements")
                        && line.contains("cannot answer there: it lacks Send Messages, Embed Links"));
    }
}
