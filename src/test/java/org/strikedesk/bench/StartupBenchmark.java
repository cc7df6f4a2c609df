package org.strikedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.Interaction;

/**
 * Start-up and memory, measured on the real command: {@code bin/strikedesk ask} once built, its peak resident
 * memory, that it answers with a 64 MB heap, and the bot itself run by {@code bin/strikedesk run} with a 64 MB heap
 * against the Discord simulator: time to READY, and peak memory after answering 600 interactions.
 */
final class StartupBenchmark {
    /** Added by bin/strikedesk to the options it chooses for each command. */
    private static final String SMALL_HEAP = "-Xmx64m";

    private static final double ASK_GOAL_MS = 500;
    private static final double BOT_GOAL_MB = 120;

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path home;
    private final Path work;
    private final Path syntheticStore;
    private final Path syntheticData;

    StartupBenchmark(Path home, Path work, Path syntheticStore, Path syntheticData) {
        this.home = home;
        this.work = work;
        this.syntheticStore = syntheticStore;
        this.syntheticData = syntheticData;
    }

    List<Measure> run() throws Exception {
        List<Measure> measures = new ArrayList<>();
        Path db = work.resolve("startup.db");
        Files.deleteIfExists(db);
        ask(db, null);
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            ask(db, null);
            nanos[i] = System.nanoTime() - start;
        }
        double median = new Percentiles(nanos).millis(50);
        measures.add(Measure.alone(
                        "bin/strikedesk ask, once built (median of 10)", median, "ms", "< 500 ms", median < ASK_GOAL_MS)
                .withSpread(String.format(
                        "runs %.0f-%.0f ms",
                        Arrays.stream(nanos).min().orElseThrow() / 1e6,
                        Arrays.stream(nanos).max().orElseThrow() / 1e6)));
        Result small = ask(db, SMALL_HEAP);
        String name = "bin/strikedesk ask with -Xmx64m: peak RSS";
        String goal = "answers with a 64 MB heap";
        measures.add(
                small.peakKilobytes().isPresent()
                        ? Measure.alone(
                                name,
                                small.peakKilobytes().getAsLong() / 1024.0,
                                "MB",
                                goal,
                                small.output.contains("2,247"))
                        : Measure.skipped(name, "MB", goal, "GNU time (/usr/bin/time) is not installed"));
        measures.addAll(bot());
        return measures;
    }

    /** What ask printed, and its peak resident set size when GNU time is there to read it. */
    private record Result(String output, OptionalLong peakKilobytes) {}

    /** Runs ask, under GNU time when it is installed (bin/bench says how to install it when it is not). */
    private Result ask(Path db, String javaOptions) throws IOException, InterruptedException {
        Path memory = work.resolve("ask-memory.txt");
        Files.deleteIfExists(memory);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(GNU_TIME)) {
            command.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", memory.toString()));
        }
        command.addAll(List.of(
                home.resolve("bin/strikedesk").toString(), "ask", "--db", db.toString(), "/cancellations trust:ENHT"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (javaOptions != null) {
            builder.environment().put("STRIKEDESK_JAVA_OPTS", javaOptions);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("bin/strikedesk ask failed: " + output);
        }
        return new Result(
                output,
                Files.exists(memory)
                        ? OptionalLong.of(
                                Long.parseLong(Files.readString(memory).strip()))
                        : OptionalLong.empty());
    }

    private List<Measure> bot() throws Exception {
        try (DiscordSimulator sim = DiscordSimulator.builder()
                .wireLogDir(work)
                .wireLogName("bench-bot-process")
                .build()
                .start()) {
            Path config = work.resolve("bot-config.json");
            Files.writeString(
                    config,
                    "{\"discord\": {\"apiBaseUrl\": \"" + sim.restBaseUrl() + "\", \"gatewayUrl\": \""
                            + sim.gatewayUrl() + "\"}, \"data\": {\"directory\": \"" + syntheticData + "\"}}");
            ProcessBuilder builder = new ProcessBuilder(
                            home.resolve("bin/strikedesk").toString(),
                            "run",
                            "--config",
                            config.toString(),
                            "--db",
                            syntheticStore.toString())
                    .redirectOutput(work.resolve("bot-process.log").toFile())
                    .redirectErrorStream(true);
            builder.environment().put("DISCORD_TOKEN", sim.token());
            builder.environment().put("STRIKEDESK_JAVA_OPTS", SMALL_HEAP);
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                sim.awaitReady(Duration.ofSeconds(60));
                awaitCommands(sim);
                double ready = (System.nanoTime() - start) / 1e6;
                int answered = answer(sim, 600);
                long peak = peakKilobytes(process.pid());
                return List.of(
                        Measure.alone(
                                "bin/strikedesk run: process start to READY and commands registered",
                                ready,
                                "ms",
                                "reported",
                                true),
                        Measure.alone(
                                "Bot with -Xmx64m after " + answered + " of 600 interactions answered: peak RSS",
                                peak / 1024.0,
                                "MB",
                                "answers all 600 with a 64 MB heap, peak RSS < 120 MB",
                                answered == 600 && process.isAlive() && peak / 1024.0 < BOT_GOAL_MB));
            } finally {
                process.destroy();
                process.waitFor(20, TimeUnit.SECONDS);
                process.destroyForcibly();
            }
        }
    }

    private static void awaitCommands(DiscordSimulator sim) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (sim.registeredCommands().size() == 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static int answer(DiscordSimulator sim, int count) {
        int answered = 0;
        for (int i = 0; i < count; i++) {
            Interaction interaction = i % 2 == 0
                    ? sim.slash("cancellations", Map.of("trust", "ENHT"))
                    : sim.slash("national", Map.of("strike", "all"));
            answered += interaction.awaitFinalMessage(Duration.ofSeconds(10)).has("embeds") ? 1 : 0;
        }
        sim.takeViolations();
        return answered;
    }

    /** The process's peak resident set (VmHWM), in kilobytes. */
    static long peakKilobytes(long pid) throws IOException {
        return Arrays.stream(
                        Files.readString(Path.of("/proc/" + pid + "/status")).split("\n"))
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.replaceAll("\\D+", ""))
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(-1);
    }
}
