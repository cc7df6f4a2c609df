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
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.strikedesk.Application;
import org.strikedesk.commands.CommandRequest;
import org.strikedesk.commands.Invoker;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.discord.DiscordBot;
import org.strikedesk.discord.DiscordLink;
import org.strikedesk.discord.ReplyMessages;
import org.strikedesk.discord.SlashCommands;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.Interaction;

/**
 * Interactions sent by the Discord simulator to a real JDA running StrikeDesk, timed from the moment the
 * simulator sends INTERACTION_CREATE to the moment the answer's callback arrives; the floor is the same JDA and
 * simulator answering with a constant reply (StrikeDesk's own answer, made in advance). Then a load of 2,000
 * interactions at 200 a second.
 */
final class EndToEndBenchmark {
    private static final int WARMUP = 300;
    private static final int MEASURED = 2000;
    private static final int ROUNDS = 10;
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
        Map<String, long[]> floor = new java.util.LinkedHashMap<>();
        Map<String, long[]> ours = new java.util.LinkedHashMap<>();
        List<Measure> measures = new ArrayList<>();
        try (DiscordSimulator floorSim = simulator("floor");
                DiscordSimulator sim = simulator("strikedesk")) {
            long start = System.nanoTime();
            Running bot = start(sim);
            double ready = (System.nanoTime() - start) / 1e6;
            ConstantBot constant = new ConstantBot(
                    floorSim, SlashCommands.of(bot.app().commands().specs()), answers(bot.app()), choices(bot.app()));
            try (bot) {
                // The floor and StrikeDesk take turns, a round at a time, so that whatever else the machine is doing
                // falls on both alike.
                for (Map.Entry<String, Function<DiscordSimulator, Interaction>> kind : KINDS.entrySet()) {
                    time(floorSim, kind.getValue(), WARMUP);
                    time(sim, kind.getValue(), WARMUP);
                    for (int round = 0; round < ROUNDS; round++) {
                        floor.merge(
                                kind.getKey(),
                                time(floorSim, kind.getValue(), MEASURED / ROUNDS),
                                EndToEndBenchmark::join);
                        ours.merge(
                                kind.getKey(), time(sim, kind.getValue(), MEASURED / ROUNDS), EndToEndBenchmark::join);
                    }
                }
                measures.add(Measure.alone(
                        "Bot start to READY and commands registered (simulator)", ready, "ms", "reported", true));
                measures.add(load(sim));
            } finally {
                constant.close();
            }
        }
        for (String name : KINDS.keySet()) {
            Percentiles mine = new Percentiles(ours.get(name));
            Percentiles base = new Percentiles(floor.get(name));
            double p99 = mine.millis(99);
            double floorP99 = base.millis(99);
            measures.add(Measure.against(
                    "End to end " + name + ", p50 "
                            + String.format("%.2f", mine.millis(50)) + " ms (floor "
                            + String.format("%.2f", base.millis(50)) + " ms), p99",
                    p99,
                    "ms",
                    floorP99,
                    false,
                    "p99 within 1.2x the floor",
                    p99 <= 1.2 * floorP99));
        }
        return measures;
    }

    /** StrikeDesk's answers to the timed commands, made once, for the floor to send as constants. */
    private static Map<String, MessageCreateData> answers(Application app) {
        Invoker member = new Invoker("1300000000000000301", "reporter", false, "1300000000000000200", "");
        return Map.of(
                "cancellations",
                ReplyMessages.create(
                        app.commands().handle(CommandRequest.of("cancellations", Map.of("trust", "ENHT"), member))),
                "national",
                ReplyMessages.create(
                        app.commands().handle(CommandRequest.of("national", Map.of("strike", "all"), member))));
    }

    private static List<Command.Choice> choices(Application app) {
        return app.commands().complete("cancellations", "trust", "lis").stream()
                .map(choice -> new Command.Choice(choice.name(), choice.value()))
                .toList();
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
        return new Running(app, DiscordBot.start(app, sim.token(), new DiscordLink(Clock.systemUTC())));
    }

    /** Sends {@code count} interactions one after another; the time from sending to the answer's callback, each. */
    private static long[] time(DiscordSimulator sim, Function<DiscordSimulator, Interaction> kind, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            Interaction interaction = kind.apply(sim);
            interaction.awaitAcknowledgement(WAIT);
            nanos[i] = interaction.acknowledgedWithin().orElseThrow().toNanos();
        }
        sim.takeViolations();
        return nanos;
    }

    private static long[] join(long[] a, long[] b) {
        long[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** 2,000 interactions at 200 a second, a mix of the three kinds: how many were answered inside 3 seconds. */
    private static Measure load(DiscordSimulator sim) throws InterruptedException {
        List<Function<DiscordSimulator, Interaction>> kinds = new ArrayList<>(KINDS.values());
        List<Interaction> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        int total = 2000;
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(total);
        var unused = sender.scheduleAtFixedRate(
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
