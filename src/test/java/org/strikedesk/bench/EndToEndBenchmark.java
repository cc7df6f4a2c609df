package org.strikedesk.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.strikedesk.Application;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.discord.DiscordBot;
import org.strikedesk.discord.SlashCommands;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.Interaction;

/**
 * Interactions sent by the Discord simulator to a real JDA running StrikeDesk, timed from the moment the
 * simulator sends INTERACTION_CREATE to the moment the answer's callback arrives; the floor is the same JDA and
 * simulator answering with a constant reply. Then a load of 2,000 interactions at 200 a second.
 */
final class EndToEndBenchmark {
    private static final int WARMUP = 300;
    private static final int MEASURED = 1000;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Path store;
    private final Path data;
    private final Path wireLogs;

    EndToEndBenchmark(Path store, Path data, Path wireLogs) {
        this.store = store;
        this.data = data;
        this.wireLogs = wireLogs;
    }

    /** The three kinds of interaction timed, by what the simulator sends. */
    private static final Map<String, Function<DiscordSimulator, Interaction>> KINDS = Map.of(
            "/cancellations trust:ENHT", sim -> sim.slash("cancellations", Map.of("trust", "ENHT")),
            "/national strike:all", sim -> sim.slash("national", Map.of("strike", "all")),
            "trust autocomplete \"lis\"", sim -> sim.autocomplete("cancellations", "trust", "lis", Map.of()));

    List<Measure> run() throws Exception {
        Map<String, Percentiles> floor = new java.util.LinkedHashMap<>();
        Map<String, Percentiles> ours = new java.util.LinkedHashMap<>();
        List<Measure> measures = new ArrayList<>();
        try (Application app = Application.open(StrikeDeskConfig.DEFAULT, store, data, Clock.systemUTC())) {
            try (DiscordSimulator sim = simulator("floor")) {
                ConstantBot bot =
                        new ConstantBot(sim, SlashCommands.of(app.commands().specs()));
                try {
                    KINDS.forEach((name, kind) -> floor.put(name, time(sim, kind)));
                } finally {
                    bot.close();
                }
            }
        }
        try (DiscordSimulator sim = simulator("strikedesk")) {
            long start = System.nanoTime();
            Running bot = start(sim);
            double ready = (System.nanoTime() - start) / 1e6;
            try (bot) {
                KINDS.forEach((name, kind) -> ours.put(name, time(sim, kind)));
                measures.add(Measure.alone(
                        "Bot start to READY and commands registered (simulator)", ready, "ms", "reported", true));
                measures.add(load(sim));
            }
        }
        for (String name : KINDS.keySet()) {
            double p99 = ours.get(name).millis(99);
            double floorP99 = floor.get(name).millis(99);
            measures.add(Measure.against(
                    "End to end " + name + ", p50 "
                            + String.format("%.2f", ours.get(name).millis(50)) + " ms (floor "
                            + String.format("%.2f", floor.get(name).millis(50)) + " ms), p99",
                    p99,
                    "ms",
                    floorP99,
                    false,
                    "p99 within 1.2x the floor",
                    p99 <= 1.2 * floorP99));
        }
        return measures;
    }

    private DiscordSimulator simulator(String name) {
        return DiscordSimulator.builder()
                .wireLogDir(wireLogs)
                .wireLogName("bench-" + name)
                .build()
                .start();
    }

    private record Running(Application app, DiscordBot bot) implements AutoCloseable {
        @Override
        public void close() {
            bot.close();
            app.close();
        }
    }

    private Running start(DiscordSimulator sim) throws Exception {
        DiscordConfig discord =
                new DiscordConfig(List.of(), URI.create(sim.restBaseUrl()), URI.create(sim.gatewayUrl()));
        Application app =
                Application.open(StrikeDeskConfig.DEFAULT.withDiscord(discord), store, data, Clock.systemUTC());
        return new Running(app, DiscordBot.start(app, sim.token()));
    }

    private static Percentiles time(DiscordSimulator sim, Function<DiscordSimulator, Interaction> kind) {
        for (int i = 0; i < WARMUP; i++) {
            kind.apply(sim).awaitAcknowledgement(WAIT);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            Interaction interaction = kind.apply(sim);
            interaction.awaitAcknowledgement(WAIT);
            nanos[i] = interaction.acknowledgedWithin().orElseThrow().toNanos();
        }
        sim.takeViolations();
        return new Percentiles(nanos);
    }

    /** 2,000 interactions at 200 a second, a mix of the three kinds: how many were answered inside 3 seconds. */
    private static Measure load(DiscordSimulator sim) throws InterruptedException {
        List<Function<DiscordSimulator, Interaction>> kinds = new ArrayList<>(KINDS.values());
        List<Interaction> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        int total = 2000;
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(total);
        sender.scheduleAtFixedRate(
                () -> {
                    if (sent.size() < total) {
                        sent.add(kinds.get(sent.size() % kinds.size()).apply(sim));
                        done.countDown();
                    }
                },
                0,
                5,
                TimeUnit.MILLISECONDS);
        done.await(60, TimeUnit.SECONDS);
        sender.shutdown();
        long[] nanos = new long[total];
        int answered = 0;
        for (int i = 0; i < total; i++) {
            Interaction interaction = sent.get(i);
            interaction.awaitAcknowledgement(WAIT);
            Duration within = interaction.acknowledgedWithin().orElse(Duration.ofSeconds(99));
            nanos[i] = within.toNanos();
            answered += within.compareTo(Duration.ofSeconds(3)) <= 0 ? 1 : 0;
        }
        int late = sim.takeViolations().size();
        Percentiles percentiles = new Percentiles(nanos);
        return Measure.alone(
                "Load: 2,000 interactions at 200/s answered within 3 s (p99 "
                        + String.format("%.1f", percentiles.millis(99)) + " ms, max "
                        + String.format("%.1f", percentiles.maxMillis()) + " ms)",
                answered,
                "of 2000",
                "all 2,000 inside 3 s",
                answered == total && late == 0);
    }
}
