package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.discord.sim.DiscordSimulator;

/**
 * The release archive as a newsroom gets it: unpacked in a folder of its own, away from the clone, and run with
 * nothing but Java on the PATH (no Maven, no sources). {@code package} made it; the failsafe plugin runs this after.
 */
class ReleaseArchiveIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private Path home;

    @BeforeEach
    void unpack() throws Exception {
        Path release = Path.of(System.getProperty("strikedesk.release", "target/strikedesk-0.1.0.tar.gz"));
        assertThat(release).as("made by ./mvnw package").exists();
        Path unpacked = Files.createDirectories(folder.resolve("opt"));
        Process tar = new ProcessBuilder("tar", "-xzf", release.toAbsolutePath().toString(), "-C", unpacked.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0)
                .as("tar: %s", said)
                .isTrue();
        try (Stream<Path> top = Files.list(unpacked)) {
            assertThat(top.map(path -> path.getFileName().toString()))
                    .containsExactly(release.getFileName().toString().replace(".tar.gz", ""));
        }
        home = unpacked.resolve(release.getFileName().toString().replace(".tar.gz", ""));
    }

    @DisplayName("It holds bin/strikedesk, the jar and its libraries, config, the reference data and the README")
    @Test
    void contents() throws IOException {
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/strikedesk")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
        assertThat(home.resolve("strikedesk.jar")).isRegularFile();
        try (Stream<Path> libraries = Files.list(home.resolve("lib"))) {
            assertThat(libraries.map(path -> path.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("JDA-"))
                    .anySatisfy(name -> assertThat(name).startsWith("sqlite-jdbc-"))
                    .noneSatisfy(name -> assertThat(name).startsWith("junit-"));
        }
        assertThat(home.resolve("config/strikedesk.json")).isRegularFile();
        assertThat(home.resolve("config/layouts/nhse-daily-trust.json")).isRegularFile();
        assertThat(home.resolve("data/ods-etr.csv")).isRegularFile();
        assertThat(home.resolve("data/strikes.csv")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("data/strikedesk.db")).doesNotExist();
        assertThat(home.resolve("pom.xml")).doesNotExist();
        assertThat(home.resolve("bin/bench")).doesNotExist();
    }

    @DisplayName("ask answers with Java alone, the store goes where --db says, and the next ask starts from the"
            + " class-data archive the first one made")
    @Test
    void ask() throws Exception {
        Path store = folder.resolve("var/ask.db");
        assertThat(ask(store))
                .contains("East and North Hertfordshire NHS Trust: junior doctors' strike, 11\u201314 April 2023")
                .contains("2,247 rescheduled");
        assertThat(store).isRegularFile();
        assertThat(home.resolve("target")).as("nothing was built").doesNotExist();
        assertThat(home.resolve("strikedesk.jsa"))
                .as("the class-data archive made after the first ask, for the next ones")
                .isRegularFile();
        try (Stream<Path> top = Files.list(home)) {
            assertThat(top.map(path -> path.getFileName().toString()))
                    .as("the list it was made from, removed")
                    .noneSatisfy(name -> assertThat(name).startsWith("strikedesk.classes"));
        }
        assertThat(ask(store)).contains("2,247 rescheduled");
    }

    /** What the unpacked {@code bin/strikedesk ask "/cancellations trust:ENHT"} printed, once it exited with 0. */
    private String ask(Path store) throws Exception {
        try (BotProcess ask = BotProcess.start(
                List.of(
                        home.resolve("bin/strikedesk").toString(),
                        "ask",
                        "--db",
                        store.toString(),
                        "/cancellations trust:ENHT"),
                folder,
                javaOnly())) {
            assertThat(ask.awaitExit(WAIT)).as("%s", ask.lines()).isZero();
            return String.join("\n", ask.lines());
        }
    }

    @DisplayName("run serves Discord with Java alone, keeps its store where the config says, and stops on SIGTERM")
    @Test
    void run() throws Exception {
        Path store = folder.resolve("var/lib/strikedesk.db");
        try (DiscordSimulator sim = DiscordSimulator.builder()
                .wireLogName("ReleaseArchiveIT")
                .build()
                .start()) {
            Path config = Files.writeString(
                    folder.resolve("strikedesk.json"),
                    "{\"discord\": {\"apiBaseUrl\": \"" + sim.restBaseUrl() + "\", \"gatewayUrl\": \""
                            + sim.gatewayUrl() + "\"}, \"data\": {\"store\": \"" + store + "\"}}");
            Map<String, String> environment = new HashMap<>(javaOnly());
            environment.put("DISCORD_TOKEN", sim.token());
            try (BotProcess bot = BotProcess.start(
                    List.of(home.resolve("bin/strikedesk").toString(), "run", "--config", config.toString()),
                    folder,
                    environment)) {
                sim.awaitReady(WAIT);
                Awaitility.await("commands registered")
                        .atMost(WAIT)
                        .until(() -> sim.registeredCommands().size() > 0);

                assertThat(sim.slash("cancellations", Map.of("trust", "ENHT"))
                                .awaitFinalMessage(WAIT)
                                .toString())
                        .contains("2,247");

                bot.terminate();
                assertThat(bot.awaitExit(WAIT)).isZero();
                assertThat(bot.lines()).anySatisfy(line -> assertThat(line).contains("Stopped cleanly"));
            }
        }
        assertThat(store).isRegularFile();
    }

    /** An environment whose PATH has Java and the basic tools, and nothing of Maven's. */
    private static Map<String, String> javaOnly() {
        Path java = Path.of(System.getProperty("java.home"));
        return Map.of("PATH", java.resolve("bin") + ":/usr/bin:/bin", "JAVA_HOME", java.toString(), "MAVEN_OPTS", "");
    }
}
