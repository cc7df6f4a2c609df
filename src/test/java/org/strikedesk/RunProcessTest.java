package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.Hold;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;

/**
 * {@code run} in a process of its own against the Discord simulator, stopped as a service manager stops it: SIGTERM
 * lets the reply and the post under way reach Discord, answers what arrives meanwhile with a sentence, closes the
 * store and exits 0; a second SIGTERM exits at once. Its health endpoint answers over a real socket meanwhile.
 */
@Tag("slow")
class RunProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private DiscordSimulator sim;
    private BotProcess bot;
    private int healthPort;

    @BeforeEach
    void start() throws IOException {
        sim = DiscordSimulator.builder().wireLogName("RunProcessTest").build().start();
        try (ServerSocket free = new ServerSocket(0)) {
            healthPort = free.getLocalPort();
        }
        Files.createDirectories(folder.resolve("inbox"));
        Path config = Files.writeString(
                folder.resolve("strikedesk.json"),
                "{\"discord\": {\"apiBaseUrl\": \"" + sim.restBaseUrl() + "\", \"gatewayUrl\": \"" + sim.gatewayUrl()
                        + "\"}, \"data\": {\"directory\": \"" + Path.of("data").toAbsolutePath() + "\"},"
                        + " \"ingest\": {\"inbox\": \"" + folder.resolve("inbox") + "\", \"imported\": \""
                        + folder.resolve("imported") + "\", \"rejected\": \"" + folder.resolve("rejected")
                        + "\", \"settle\": \"PT0S\", \"inboxRescan\": \"PT1S\"},"
                        + " \"posts\": {\"checkEvery\": \"PT1S\"}, \"health\": {\"port\": " + healthPort + "}}");
        bot = BotProcess.start(
                BotProcess.javaCommand("run", "--config", config.toString(), "--db", store().toString()),
                folder,
                Map.of("DISCORD_TOKEN", sim.token()));
        try {
            sim.awaitReady(WAIT);
        } catch (RuntimeException e) {
            throw new AssertionError("The bot did not connect; it wrote:\n" + String.join("\n", bot.lines()), e);
        }
        Awaitility.await("commands registered")
                .atMost(WAIT)
                .until(() -> sim.registeredCommands().size() > 0);
        bot.awaitLine("Health endpoint at http://127.0.0.1:" + healthPort + "/healthz", WAIT);
    }

    @AfterEach
    void stop() {
        bot.close();
        sim.close();
    }

    @DisplayName("SIGTERM: the reply and post under way reach Discord, new commands hear it is restarting, exit 0")
    @Test
    void cleanStop() throws Exception {
        HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("gateway").asText()).isEqualTo("connected");
        assertThat(sim.command("subscribe")
                        .option("channel", SimDefaults.NEWS_CHANNEL_ID)
                        .by(SimDefaults.EDITOR)
                        .send()
                        .awaitFinalMessage(WAIT)
                        .toString())
                .contains("Subscribed");
        Hold posts = sim.faults().hold("POST", "/channels/\\d+/messages$");
        Hold replies = sim.faults().hold("POST", "/callback$");
        dropInInbox("2024-06-junior-doctors,ENG,,acute_rescheduled,61989,https://example.org/synthetic/stop,\n");
        assertThat(posts.awaitArrivals(1, WAIT)).as("the post is on its way").isTrue();
        Interaction asked = sim.slash("cancellations", Map.of("trust", "ENHT"));
        assertThat(replies.awaitArrivals(1, WAIT)).as("the reply is on its way").isTrue();

        bot.terminate();
        bot.awaitLine("SIGTERM: stopping", WAIT);
        Interaction late = sim.slash("national", Map.of());
        assertThat(replies.awaitArrivals(2, WAIT))
                .as("the late command's answer is on its way")
                .isTrue();
        assertThat(bot.alive()).as("still waiting for the work under way").isTrue();
        replies.release();
        posts.release();

        assertThat(bot.awaitExit(WAIT)).isZero();
        assertThat(asked.awaitFinalMessage(WAIT).toString()).contains("2,247");
        JsonNode restarting = late.awaitFinalMessage(WAIT);
        assertThat(restarting.path("content").asText()).isEqualTo("StrikeDesk is restarting; ask again in a minute.");
        assertThat(restarting.path("flags").asInt() & 64)
                .as("only the asker sees it")
                .isEqualTo(64);
        assertThat(sim.channelMessages(SimDefaults.NEWS_CHANNEL_ID).toString()).contains("61,989");
        assertThat(bot.lines()).anySatisfy(line -> assertThat(line).contains("Stopped cleanly; the store is closed"));
        assertThat(count("SELECT count(*) FROM posts WHERE message_id IS NULL"))
                .as("posts not delivered")
                .isZero();
        assertThat(count("SELECT count(*) FROM posts")).isPositive();
        assertThat(Path.of(store() + "-wal"))
                .as("closed: the write-ahead log folded in")
                .doesNotExist();
    }

    @DisplayName("A second SIGTERM while work is under way exits at once")
    @Test
    void secondSignal() throws Exception {
        Hold replies = sim.faults().hold("POST", "/callback$");
        sim.slash("cancellations", Map.of("trust", "ENHT"));
        assertThat(replies.awaitArrivals(1, WAIT)).isTrue();

        bot.terminate();
        bot.awaitLine("SIGTERM: stopping", WAIT);
        long start = System.nanoTime();
        bot.terminate();

        assertThat(bot.awaitExit(Duration.ofSeconds(10))).isEqualTo(128 + 15);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RunCommand.STOP_WAIT);
        assertThat(replies.arrivals()).isEqualTo(1);
        replies.release();
    }

    private Path store() {
        return folder.resolve("strikedesk.db");
    }

    /** Writes a figures file beside the inbox, then moves it in whole, as a newsroom's tools should. */
    private void dropInInbox(String row) throws IOException {
        Path file = Files.writeString(
                folder.resolve("release.csv"), "strike,org_code,date,metric,value,source,published\n" + row);
        Files.move(file, folder.resolve("inbox").resolve("release.csv"), StandardCopyOption.ATOMIC_MOVE);
    }

    private HttpResponse<String> health() throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + healthPort + "/healthz"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
