package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.support.ChildJvm;

/**
 * {@code bin/strikedesk run}, in a process of its own, started while its Discord address refuses connections (as with
 * no network, or Discord down): it must keep trying, one log line per attempt, waiting longer each time, and connect as
 * soon as Discord is there, which here is the simulator started late on the address the bot was given; then answer,
 * and say in {@code /status} how long it was disconnected. A token Discord refuses ends it at once, in one sentence.
 */
class DiscordUnreachableTest {
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Pattern ATTEMPT = Pattern.compile(
            "Cannot reach Discord at 127\\.0\\.0\\.1 \\(the connection was refused\\); trying again in (\\d+) s \\(attempt (\\d+) failed\\)");
    private static final int REFUSED_ATTEMPTS = 3;

    @TempDir
    Path folder;

    @DisplayName("Discord unreachable at start: retried with backoff until the simulator comes up, then answers")
    @Test
    void connectsWhenDiscordComesUp() throws Exception {
        int restPort = freePort();
        int gatewayPort = freePort();
        ChildJvm bot = run(restPort, gatewayPort, SimDefaults.TOKEN);
        try (bot) {
            bot.awaitErr(line -> attempt(line) == REFUSED_ATTEMPTS, DEADLINE);
            try (DiscordSimulator sim = DiscordSimulator.builder()
                    .ports(restPort, gatewayPort)
                    .wireLogName("DiscordUnreachableTest")
                    .build()
                    .start()) {
                bot.awaitErr(line -> line.contains("StrikeDesk is on Discord as StrikeDesk"), DEADLINE);

                JsonNode status = sim.slash("status", Map.of()).awaitFinalMessage(Duration.ofSeconds(20));

                String discord = field(status, "Discord");
                sim.assertNoViolations();
                List<Integer> attempts = bot.err().stream()
                        .map(DiscordUnreachableTest::attempt)
                        .filter(n -> n > 0)
                        .toList();
                assertThat(attempts).as("one log line per attempt, in order").startsWith(1, 2, 3);
                assertThat(attempts)
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, attempts.size())
                                .boxed()
                                .toList());
                List<Integer> waits = bot.err().stream()
                        .map(ATTEMPT::matcher)
                        .filter(Matcher::find)
                        .map(m -> Integer.parseInt(m.group(1)))
                        .toList();
                assertThat(waits.subList(0, REFUSED_ATTEMPTS))
                        .as("backoff: 2 s, doubling")
                        .containsExactly(2, 4, 8);
                Matcher outage = Pattern.compile("^Connected since .+, after (\\d+) seconds disconnected\\.$")
                        .matcher(discord);
                assertThat(outage.find()).as("/status says: %s", discord).isTrue();
                assertThat(Integer.parseInt(outage.group(1)))
                        .as("seconds disconnected: at least the waits before the third attempt failed")
                        .isGreaterThanOrEqualTo(2 + 4);
                assertThat(bot.err()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
                ReliabilityRecord.write(
                        "discord-unreachable",
                        Map.of("refusedAttemptsBeforeStart", REFUSED_ATTEMPTS, "connectedAfter", 1));
            }
        }
    }

    @DisplayName("A token Discord refuses (401) ends run at once with one sentence and exit 2, however often tried")
    @Test
    void refusedToken() throws Exception {
        int restPort = freePort();
        int gatewayPort = freePort();
        try (DiscordSimulator sim = DiscordSimulator.builder()
                .ports(restPort, gatewayPort)
                .wireLogName("DiscordUnreachableTest-token")
                .build()
                .start()) {
            ChildJvm bot = run(restPort, gatewayPort, "not-the-" + SimDefaults.TOKEN);

            assertThat(bot.exitCode(DEADLINE)).as(bot.said()).isEqualTo(2);
            sim.assertNoViolations();
            assertThat(bot.err())
                    .contains("Discord refused the token: check DISCORD_TOKEN (or the file named by DISCORD_TOKEN_FILE)"
                            + " holds the bot token from the Developer Portal.")
                    .noneMatch(line -> ATTEMPT.matcher(line).find())
                    .noneMatch(line -> line.startsWith("\tat "));
        }
    }

    /** {@code run} with Discord's addresses pointed at this machine's ports, its store and inbox in the test folder. */
    private ChildJvm run(int restPort, int gatewayPort, String token) throws IOException {
        Path config = Files.writeString(
                folder.resolve("strikedesk.json"),
                "{\"discord\": {\"apiBaseUrl\": \"http://127.0.0.1:" + restPort + "/api/v10/\", \"gatewayUrl\":"
                        + " \"ws://127.0.0.1:" + gatewayPort + "/\"}, \"ingest\": {\"inbox\": \""
                        + folder.resolve("inbox") + "\", \"imported\": \"" + folder.resolve("imported")
                        + "\", \"rejected\": \"" + folder.resolve("rejected") + "\"}}");
        return ChildJvm.start(
                "org.strikedesk.StrikeDesk",
                Map.of("DISCORD_TOKEN", token),
                "run",
                "--db",
                folder.resolve("strikedesk.db").toString(),
                "--config",
                config.toString());
    }

    /** The attempt a log line reports as failed, or 0. */
    private static int attempt(String line) {
        Matcher matcher = ATTEMPT.matcher(line);
        return matcher.find() ? Integer.parseInt(matcher.group(2)) : 0;
    }

    private static String field(JsonNode message, String name) {
        for (JsonNode field : message.path("embeds").path(0).path("fields")) {
            if (name.equals(field.path("name").asText())) {
                return field.path("value").asText();
            }
        }
        throw new AssertionError("no field " + name + " in " + message);
    }

    /** A loopback port nothing listens on now: connections to it are refused until the simulator takes it. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
