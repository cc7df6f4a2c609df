package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.strikedesk.Application;
import org.strikedesk.Logging;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.StoredAttachment;
import org.strikedesk.discord.sim.WireRecord;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * The bot token is a credential: it goes to Discord in the Authorization header (and, on the gateway, in IDENTIFY
 * and RESUME) and nowhere else. Not in a log line at any level, not in a request body or query, not in a message.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BotSecretsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String TOKEN = token(new Random(20261128));
    /** The parts worth finding on their own: the first is only the bot's id in base64, which is no secret. */
    private static final List<String> SECRET_PARTS =
            List.of(TOKEN, TOKEN.substring(TOKEN.indexOf('.') + 1), TOKEN.substring(TOKEN.lastIndexOf('.') + 1));

    /** The bot's own code and the Discord library it runs on; simulator classes are left out below. */
    private static final List<String> BOT_LOGGERS = List.of("org.strikedesk", "net.dv8tion.jda");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    /** Listens from before the bot starts, so that what it logs while logging in is read too. */
    @RegisterExtension
    @Order(1)
    static final TraceLogging tracing = new TraceLogging();

    @RegisterExtension
    @Order(2)
    static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass(b -> b.token(TOKEN));

    /** Shaped like Discord's: the bot's id in base64, then a timestamp and a signature, made up at run time. */
    private static String token(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        StringBuilder token = new StringBuilder(Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(SimDefaults.BOT_ID.getBytes(StandardCharsets.US_ASCII)))
                .append('.');
        for (int i = 0; i < 6 + 1 + 38; i++) {
            token.append(i == 6 ? '.' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return token.toString();
    }

    /**
     * Everything StrikeDesk and JDA would ever log, down to the frames and requests JDA traces, from before the bot
     * starts until after it stops. Not the simulator's own WebSocket server: it plays Discord, which must of course see
     * the token.
     */
    static final class TraceLogging implements BeforeAllCallback, AfterAllCallback {
        private final List<Logger> loud = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();

        @Override
        public void beforeAll(ExtensionContext context) {
            logs.start();
            root().addAppender(logs);
            for (String name : BOT_LOGGERS) {
                Logger logger = (Logger) LoggerFactory.getLogger(name);
                loud.add(logger);
                levels.add(logger.getLevel());
                logger.setLevel(Level.TRACE);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) {
            for (int i = 0; i < loud.size(); i++) {
                loud.get(i).setLevel(levels.get(i));
            }
            root().detachAppender(logs);
        }

        private static Logger root() {
            return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        }
    }

    @DisplayName("Commands, autocomplete, a refused command and a post all work with this token")
    @Test
    @Order(1)
    void exercise() throws IOException {
        assertThat(discord.sim()
                        .slash("cancellations", Map.of("trust", "ENHT"))
                        .awaitFinalMessage(WAIT)
                        .toString())
                .contains("2,247");
        assertThat(discord.sim()
                        .slash("status", Map.of())
                        .awaitFinalMessage(WAIT)
                        .toString())
                .contains("StrikeDesk status");
        assertThat(discord.sim()
                        .autocomplete("quote", "trust", "list", Map.of())
                        .awaitChoices(WAIT))
                .isNotEmpty();
        assertThat(discord.sim()
                        .slash("subscribe", Map.of("channel", SimDefaults.NEWS_CHANNEL_ID))
                        .awaitFinalMessage(WAIT)
                        .toString())
                .contains("Not allowed");
        JsonNode subscribed = discord.sim()
                .command("subscribe")
                .option("channel", SimDefaults.NEWS_CHANNEL_ID)
                .by(SimDefaults.EDITOR)
                .send()
                .awaitFinalMessage(WAIT);
        assertThat(subscribed.toString()).contains("Subscribed");

        int before = discord.sim().channelMessages(SimDefaults.NEWS_CHANNEL_ID).size();
        TidyCsv.citing("https://example.org/synthetic/secrets")
                .row("2024-06-junior-doctors,ENG,,acute_rescheduled,61989")
                .importInto(discord.bot().app(), discord.bot().folder().resolve("release.csv"));
        discord.bot().app().posts().poster(discord.bot().postSink()).deliverDue();
        assertThat(discord.sim().channelMessages(SimDefaults.NEWS_CHANNEL_ID)).hasSize(before + 1);
    }

    @DisplayName("The token crossed the wire only in the Authorization header, IDENTIFY and RESUME")
    @Test
    @Order(2)
    void wire() throws IOException {
        List<WireRecord> records = discord.sim().records();
        int scanned = 0;
        for (WireRecord record : records) {
            if (record.authorization() != null) {
                assertThat(record.authorization()).isEqualTo("Bot " + TOKEN);
            }
            assertThat(record.path() + " " + record.query() + " " + withoutCredential(record.body()))
                    .as("record %s", record.seq())
                    .doesNotContain(SECRET_PARTS);
            for (var file : record.files()) {
                assertThat(new String(file.bytes(), StandardCharsets.UTF_8)).doesNotContain(SECRET_PARTS);
            }
            scanned++;
        }
        for (JsonNode message : discord.sim().channelMessages(SimDefaults.NEWS_CHANNEL_ID)) {
            for (StoredAttachment attachment : discord.sim().attachments(message)) {
                assertThat(new String(attachment.bytes(), StandardCharsets.UTF_8))
                        .doesNotContain(SECRET_PARTS);
            }
        }
        assertThat(Files.readString(discord.sim().wireLogPath())).doesNotContain(SECRET_PARTS);
        assertThat(records).anySatisfy(r -> assertThat(r.authorization()).isEqualTo("Bot " + TOKEN));
        ReliabilityRecord.write(
                "secrets-wire", Map.of("wireRecordsScanned", scanned, "leaks", 0, "tokenInAuthorization", true));
    }

    /** IDENTIFY and RESUME must carry the token, as the gateway's Authorization; checked, then left out. */
    private static String withoutCredential(JsonNode body) {
        if (body == null) {
            return "";
        }
        int op = body.path("op").asInt(-1);
        if ((op == 2 || op == 6) && body.path("d").has("token")) {
            assertThat(body.path("d").path("token").asText()).isEqualTo(TOKEN);
            ObjectNode copy = body.deepCopy();
            ((ObjectNode) copy.get("d")).remove("token");
            return copy.toString();
        }
        return body.toString();
    }

    @DisplayName("A token Discord refuses is reported in one sentence, without repeating it")
    @Test
    @Order(3)
    void refusedToken() {
        String wrong = token(new Random(1));
        DiscordConfig config = new DiscordConfig(
                List.of(),
                java.net.URI.create(discord.sim().restBaseUrl()),
                java.net.URI.create(discord.sim().gatewayUrl()));
        try (Application other = TestApplications.open(
                discord.bot().folder().resolve("other"),
                discord.bot().clock(),
                StrikeDeskConfig.DEFAULT.withDiscord(config))) {
            UserFacingException refused = catchThrowableOfType(
                    UserFacingException.class,
                    () -> DiscordBot.start(other, wrong, new DiscordLink(Clock.systemUTC())));

            assertThat(refused.getMessage())
                    .contains("DISCORD_TOKEN")
                    .doesNotContain(wrong, wrong.substring(wrong.lastIndexOf('.') + 1));
            assertThat(lines())
                    .noneSatisfy(line -> assertThat(line).contains(wrong.substring(wrong.lastIndexOf('.') + 1)));
        }
    }

    @DisplayName("No log line of the bot or JDA, at any level, holds the token; the invite link is logged without it")
    @Test
    @Order(4)
    void logs() throws IOException {
        List<String> lines = lines();
        List<String> json = encoded(Logging.jsonEncoder(context()));

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Invite it with: https://discord.com/oauth2/"));
        assertThat(lines)
                .as("JDA traced what it sent the gateway, IDENTIFY included")
                .anySatisfy(line -> assertThat(line).contains("<- ", "\"op\":2"));
        for (String line : lines) {
            assertThat(line).doesNotContain(SECRET_PARTS);
        }
        assertThat(json).hasSize(lines.size());
        List<String> messages = new ArrayList<>();
        for (String line : json) {
            assertThat(line.stripTrailing()).as("one line per event").doesNotContain("\n", "\r");
            // As written, and as a collector reads it back (JSON escapes some characters, such as /).
            JsonNode event = JSON.readTree(line);
            assertThat(line + event).doesNotContain(SECRET_PARTS);
            messages.add(event.path("formattedMessage").asText());
        }
        assertThat(messages)
                .anySatisfy(message -> assertThat(message).contains("Invite it with: https://discord.com/"));
        ReliabilityRecord.write("secrets-logs", Map.of("logLinesScanned", lines.size(), "leaks", 0));
    }

    /** Each event of the bot or JDA as {@code logging.format: json} writes it. */
    private static List<String> encoded(Encoder<ILoggingEvent> encoder) {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : botEvents()) {
            lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    /** What StrikeDesk and JDA logged, without the simulator's own logging. */
    private static List<ILoggingEvent> botEvents() {
        return List.copyOf(logs.list).stream()
                .filter(event -> !event.getLoggerName().startsWith("org.strikedesk.discord.sim"))
                .filter(event -> BOT_LOGGERS.stream().anyMatch(event.getLoggerName()::startsWith))
                .toList();
    }

    /** Each event as it would be written: the message with its arguments, and any exception with its causes. */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : botEvents()) {
            StringBuilder line =
                    new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                line.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
