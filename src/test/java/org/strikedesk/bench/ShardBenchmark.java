package org.strikedesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikedesk.Application;
import org.strikedesk.discord.ShardedWorld;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.Interaction;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * The bot at the size where Discord requires shards: 5,000 synthetic servers over 4 shards, run by two processes
 * ({@code bin/strikedesk run}) on one store, one with shards 0–1 and one with shards 2–3. The simulator recommends 4
 * shards with {@code max_concurrency} 1, as Discord does for a bot of this size, so each process starts its second
 * shard 5 seconds after its first (JDA's {@code ConcurrentSessionController}). Measured: the time from launching the
 * processes to READY on all 4 shards, to both started, and to both done with the one-time sweep of their servers' own
 * commands (the store is new, so it has no record of where commands were registered per server); each process's peak
 * RSS; 1,000 posts to channels across the shards, each of
 * which must be sent once, by the process whose shards own the channel's server (read from its log); and commands
 * answered on every shard.
 */
final class ShardBenchmark {
    private static final int SERVERS = 5_000;
    private static final int SHARDS = 4;
    private static final int POSTS = 1_000;
    private static final int ASKED_PER_SHARD = 25;
    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Pattern SWEPT =
            Pattern.compile("Removed the per-server slash commands in (\\d+) of \\1 servers");
    private static final Pattern DELIVERED = Pattern.compile("Delivered post \\d+ to channel (\\d+)");

    private final Path home;
    private final Path work;
    private final Path store;
    private final Path syntheticData;

    ShardBenchmark(Path home, Path work, Path syntheticStore, Path syntheticData) throws IOException {
        this.home = home;
        this.work = work;
        this.syntheticData = syntheticData;
        this.store = work.resolve("shards.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(store + suffix));
        }
        Files.copy(syntheticStore, store, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every fifth server follows the trust the release is for: 1,000 channels, 250 on each shard. */
    private static int subscribed(int n) {
        return n * (SERVERS / POSTS);
    }

    List<Measure> run() throws Exception {
        try (Application app = open()) {
            for (int n = 0; n < POSTS; n++) {
                String channel = ShardedWorld.channel(subscribed(n));
                app.posts()
                        .subscriptions()
                        .add(ShardedWorld.guild(subscribed(n)), channel, "RWH", "benchmark", channel);
            }
        }
        try (DiscordSimulator sim = ShardedWorld.servers(DiscordSimulator.builder(), SERVERS)
                .shards(SHARDS, 1)
                .wireLogDir(work)
                .wireLogName("bench-shards")
                .build()
                .start()) {
            List<Process> processes = new ArrayList<>();
            try {
                long start = System.nanoTime();
                processes.add(launch(sim, 0, 1));
                processes.add(launch(sim, 2, 3));
                sim.awaitShardsReady(SHARDS, WAIT);
                double ready = (System.nanoTime() - start) / 1e6;
                awaitCommands(sim);
                Map<Integer, Integer> answered = askEveryShard(sim);
                awaitStarted();
                double started = (System.nanoTime() - start) / 1e6;
                long posting = System.nanoTime();
                release();
                awaitPosts(sim);
                double posted = (System.nanoTime() - posting) / 1e6;
                awaitSwept();
                double swept = (System.nanoTime() - start) / 1e6;
                List<Long> peaks = new ArrayList<>();
                for (Process process : processes) {
                    peaks.add(StartupBenchmark.peakKilobytes(process.pid()));
                }
                return measures(sim, new Times(ready, started, posted, swept), answered, peaks);
            } finally {
                for (Process process : processes) {
                    process.destroy();
                    process.waitFor(30, TimeUnit.SECONDS);
                    process.destroyForcibly();
                }
            }
        }
    }

    /**
     * Milliseconds from launch to READY on every shard, to both processes started and to both done with the one-time
     * sweep of their servers' own commands; from import to posted.
     */
    private record Times(double ready, double started, double posted, double swept) {}

    private List<Measure> measures(DiscordSimulator sim, Times times, Map<Integer, Integer> answered, List<Long> peaks)
            throws IOException {
        int once = 0;
        int byOwner = 0;
        Map<String, Integer> senders = senders();
        for (int n = 0; n < POSTS; n++) {
            String channel = ShardedWorld.channel(subscribed(n));
            int shard = DiscordSimulator.shardOf(ShardedWorld.guild(subscribed(n)), SHARDS);
            once += sim.messageCount(channel) == 1 ? 1 : 0;
            byOwner += senders.getOrDefault(channel, -1) == shard / 2 ? 1 : 0;
        }
        boolean everyShard =
                answered.size() == SHARDS && answered.values().stream().allMatch(count -> count == ASKED_PER_SHARD);
        return List.of(
                Measure.alone(
                        "Shards, READY on all 4 (5,000 servers, 2 processes, max_concurrency 1): launch to READY",
                        times.ready(),
                        "ms",
                        "reported",
                        true),
                Measure.alone(
                        "Shards, both processes started (commands registered globally, answering and posting):"
                                + " launch to started",
                        times.started(),
                        "ms",
                        "reported",
                        true),
                Measure.alone(
                        "Shards, one-time sweep of each server's own commands (new store; after start, beside"
                                + " answers and posts): launch to swept",
                        times.swept(),
                        "ms",
                        "reported",
                        swept(log(0)) && swept(log(2))),
                Measure.alone(
                        "Shards, process of shards 0-1 (2,500 servers, default heap): peak RSS",
                        peaks.get(0) / 1024.0,
                        "MB",
                        "reported",
                        true),
                Measure.alone(
                        "Shards, process of shards 2-3 (2,500 servers, default heap): peak RSS",
                        peaks.get(1) / 1024.0,
                        "MB",
                        "reported",
                        true),
                Measure.alone(
                        "Shards, 1,000 posts across 4 shards: sent exactly once",
                        once,
                        "posts",
                        "1,000",
                        once == POSTS),
                Measure.alone(
                        "Shards, 1,000 posts across 4 shards: sent by the process whose shards own the server",
                        byOwner,
                        "posts",
                        "1,000",
                        byOwner == POSTS),
                Measure.alone(
                        "Shards, 1,000 posts across 4 shards: import to the last one delivered",
                        times.posted(),
                        "ms",
                        "reported",
                        true),
                Measure.alone(
                                "Shards, /cancellations answered on every shard (" + ASKED_PER_SHARD + " each)",
                                answered.values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum(),
                                "answers",
                                "all " + SHARDS * ASKED_PER_SHARD + ", on each of the 4 shards",
                                everyShard)
                        .withSpread("per shard " + answered));
    }

    private Application open() throws IOException {
        return Application.open(TestApplications.WITHOUT_GATE, store, syntheticData, Clock.systemUTC());
    }

    private Process launch(DiscordSimulator sim, int from, int to) throws IOException {
        Path config = work.resolve("shards-" + from + "-" + to + ".json");
        Files.writeString(
                config,
                "{\"discord\": {\"apiBaseUrl\": \"" + sim.restBaseUrl() + "\", \"gatewayUrl\": \"" + sim.gatewayUrl()
                        + "\", \"shards\": {\"total\": " + SHARDS + ", \"from\": " + from + ", \"to\": " + to
                        + "}}, \"data\": {\"directory\": \"" + syntheticData + "\"},"
                        + " \"posts\": {\"checkEvery\": \"PT1S\"}, \"review\": {\"gate\": false}}");
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/strikedesk").toString(),
                        "run",
                        "--config",
                        config.toString(),
                        "--db",
                        store.toString())
                .redirectOutput(log(from).toFile())
                .redirectErrorStream(true);
        builder.environment().put("DISCORD_TOKEN", sim.token());
        return builder.start();
    }

    private Path log(int from) {
        return work.resolve("shards-" + from + ".log");
    }

    /** Which process delivered each channel's post, from the processes' logs: 0 for shards 0-1, 1 for 2-3. */
    private Map<String, Integer> senders() throws IOException {
        Map<String, Integer> senders = new HashMap<>();
        for (int process = 0; process < 2; process++) {
            for (String line : Files.readAllLines(log(process * 2))) {
                Matcher delivered = DELIVERED.matcher(line);
                if (delivered.find()) {
                    int sender = process;
                    // A channel delivered by both processes is marked as neither's.
                    senders.merge(delivered.group(1), sender, (a, b) -> -2);
                }
            }
        }
        return senders;
    }

    /** A synthetic release for RWH in a synthetic strike, owed to every subscribed channel. */
    private void release() throws IOException {
        Path csv = work.resolve("shards-release.csv");
        TidyCsv.citing("https://example.org/synthetic/shards")
                .row(SyntheticEngland.strikeId(40) + ",RWH,,acute_rescheduled,987654")
                .writeTo(csv);
        try (Application app = open()) {
            ImportReport report =
                    app.importer().importFile(csv, csv.getFileName().toString(), ImportRoute.COMMAND_LINE, "benchmark");
            if (!(report instanceof ImportReport.Imported)) {
                throw new IllegalStateException("The synthetic release was not imported: " + report);
            }
        }
    }

    /** Waits until both processes have logged that they are on Discord: registration done, posting under way. */
    private void awaitStarted() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !(started(log(0)) && started(log(2)))) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** Waits until both processes have logged the end of the one-time sweep of their servers' own commands. */
    private void awaitSwept() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !(swept(log(0)) && swept(log(2)))) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static boolean swept(Path log) throws IOException {
        return SWEPT.matcher(Files.readString(log)).find();
    }

    private static boolean started(Path log) throws IOException {
        return Files.readString(log).contains("StrikeDesk is on Discord as");
    }

    private static void awaitPosts(DiscordSimulator sim) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && delivered(sim) < POSTS) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static int delivered(DiscordSimulator sim) {
        int count = 0;
        for (int n = 0; n < POSTS; n++) {
            count += sim.messageCount(ShardedWorld.channel(subscribed(n))) > 0 ? 1 : 0;
        }
        return count;
    }

    private static void awaitCommands(DiscordSimulator sim) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sim.registeredCommands().size() == 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /**
     * Asks {@code /cancellations} in servers of each shard that follow nothing; returns how many were answered, by
     * shard.
     */
    private static Map<Integer, Integer> askEveryShard(DiscordSimulator sim) {
        Map<Integer, Integer> answered = new HashMap<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            // Servers that follow nothing, so that a channel's only message is its post.
            List<Integer> servers = ShardedWorld.onShard(SERVERS, shard, SHARDS).stream()
                    .filter(server -> server % (SERVERS / POSTS) != 0)
                    .toList();
            for (int i = 0; i < ASKED_PER_SHARD; i++) {
                int server = servers.get(i * (servers.size() / ASKED_PER_SHARD));
                Interaction interaction = sim.command("cancellations")
                        .option("trust", "ENHT")
                        .by(SimDefaults.REPORTER)
                        .in(ShardedWorld.channel(server))
                        .send();
                if (interaction.awaitFinalMessage(Duration.ofSeconds(30)).has("embeds")) {
                    answered.merge(shard, 1, Integer::sum);
                }
            }
        }
        sim.takeViolations();
        return answered;
    }
}
