package org.strikedesk.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.strikedesk.Application;
import org.strikedesk.bench.StageClock.Stage;
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
 * Interactions sent by the Discord simulator to a real JDA running StrikeDesk, each timed from the moment the
 * simulator hands INTERACTION_CREATE to the socket to the moment the answer's callback arrives, with the stages in
 * between (see {@link StageClock}). The floor is the same JDA, built by the bot's own builder, answering with a
 * constant reply (StrikeDesk's own answer, made in advance) on the thread that received the event. The two take
 * turns, a round at a time, the one going first alternating, so that whatever else the machine is doing falls on both
 * alike; each figure is the median of the rounds' figures, with their spread. Then a load of 2,000 interactions at 200
 * a second.
 */
final class EndToEndBenchmark {
    /**
     * Interactions of each kind sent to each side in one cycle of warming up. Both sides are timed as a bot that has
     * been running is: past the JIT compiler's work on the code they run (JDA, the simulator, the bot), not part-way.
     * Cycles go on until one leaves the compilers busy for under {@link #QUIET} of its time: a fixed 3,000 of each
     * kind left them compiling, and making code not entrant, through the first kind's rounds, whose p99s on both sides
     * were then three times those of the kinds timed after it.
     */
    private static final int WARMUP = 1_000;

    /** The share of a warm-up cycle's time spent compiling under which the JIT compiler is taken to be quiet. */
    private static final double QUIET = 0.01;

    /** The most warm-up cycles, should the compiler never go quiet; the rounds are timed anyway. */
    private static final int MOST_CYCLES = 20;

    /**
     * Rounds per kind. A round's p99 is its five slowest interactions in 500, which whatever else the host does moves
     * (single rounds from a quarter to three times the floor's). With eleven rounds the median of the p99s still
     * landed either side of 1.1 times the floor from one run to the next at the same code; twenty-one steady it.
     */
    private static final int ROUNDS = 21;

    private static final int PER_ROUND = 500;
    private static final double GOAL = 1.1;
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
    private static final Map<String, Function<DiscordSimulator, Interaction>> KINDS = kinds();

    private static Map<String, Function<DiscordSimulator, Interaction>> kinds() {
        Map<String, Function<DiscordSimulator, Interaction>> kinds = new LinkedHashMap<>();
        kinds.put("/cancellations trust:ENHT", sim -> sim.slash("cancellations", Map.of("trust", "ENHT")));
        kinds.put("/national strike:all", sim -> sim.slash("national", Map.of("strike", "all")));
        kinds.put("Trust autocomplete \"lis\"", sim -> sim.autocomplete("cancellations", "trust", "lis", Map.of()));
        return Collections.unmodifiableMap(kinds);
    }

    /** A bot under test: the simulator it is connected to and the clock its probes mark. */
    private record Side(DiscordSimulator sim, StageClock clock) {}

    /** One round of one kind: each side's interactions, every stage of each (nanoTime, by {@link Stage}). */
    private record Round(List<long[]> ours, List<long[]> floor) {}

    List<Measure> run() throws Exception {
        List<Measure> measures = new ArrayList<>();
        StageClock ourClock = new StageClock();
        StageClock floorClock = new StageClock();
        try (DiscordSimulator floorSim = simulator("floor");
                DiscordSimulator sim = simulator("strikedesk")) {
            long start = System.nanoTime();
            Running bot = start(sim, ourClock);
            double ready = (System.nanoTime() - start) / 1e6;
            ConstantBot constant = new ConstantBot(
                    floorSim,
                    SlashCommands.of(bot.app().commands().specs()),
                    answers(bot.app()),
                    choices(bot.app()),
                    floorClock.probes());
            Side ours = new Side(sim, ourClock);
            Side floor = new Side(floorSim, floorClock);
            try (bot) {
                int cycles = warmUp(ours, floor);
                for (Map.Entry<String, Function<DiscordSimulator, Interaction>> kind : KINDS.entrySet()) {
                    List<Round> rounds = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        boolean floorFirst = round % 2 == 0;
                        List<long[]> first = time(floorFirst ? floor : ours, kind.getValue(), PER_ROUND);
                        List<long[]> second = time(floorFirst ? ours : floor, kind.getValue(), PER_ROUND);
                        rounds.add(floorFirst ? new Round(second, first) : new Round(first, second));
                    }
                    measures.addAll(report(kind.getKey(), rounds));
                }
                measures.add(Measure.alone(
                        "Bot start to READY and commands registered (simulator)", ready, "ms", "reported", true));
                measures.add(Measure.alone(
                        "End to end: warm-up cycles of " + WARMUP
                                + " of each kind per side before timing, until the JIT" + " compiler was quiet",
                        cycles,
                        "cycles",
                        "reported",
                        true));
                measures.add(load(sim));
            } finally {
                constant.close();
            }
        }
        return measures;
    }

    /**
     * Sends every kind to both sides, a cycle at a time, until the JIT compiler has gone quiet; returns how many cycles
     * it took. Every kind is warmed before any is timed, so that the code they share is compiled before the first.
     */
    private static int warmUp(Side ours, Side floor) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int cycles = 0;
        while (cycles < MOST_CYCLES) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            for (Function<DiscordSimulator, Interaction> kind : KINDS.values()) {
                time(floor, kind, WARMUP);
                time(ours, kind, WARMUP);
            }
            cycles++;
            double compiling = jit.getTotalCompilationTime() - compiledBefore;
            double elapsed = (System.nanoTime() - started) / 1e6;
            if (cycles > 1 && compiling < QUIET * elapsed) {
                break;
            }
        }
        return cycles;
    }

    /** p50 and p99 against the floor, each the median of the rounds' figures; then each stage's median. */
    private static List<Measure> report(String kind, List<Round> rounds) {
        List<Measure> measures = new ArrayList<>();
        for (int percentile : new int[] {50, 99}) {
            double[] ours = rounds.stream()
                    .mapToDouble(r -> percentile(r.ours(), percentile))
                    .toArray();
            double[] floor = rounds.stream()
                    .mapToDouble(r -> percentile(r.floor(), percentile))
                    .toArray();
            double[] ratios = new double[ours.length];
            Arrays.setAll(ratios, i -> ours[i] / floor[i]);
            double value = Percentiles.median(ours);
            double base = Percentiles.median(floor);
            measures.add(Measure.against(
                            kind + ", p" + percentile + " end to end (median of " + rounds.size()
                                    + " alternating rounds of " + PER_ROUND + ")",
                            value,
                            "ms",
                            base,
                            false,
                            "within " + GOAL + "x the floor",
                            value <= GOAL * base)
                    .withSpread(String.format(
                            "rounds: ratio %.2f-%.2f; StrikeDesk %.3f-%.3f ms; floor %.3f-%.3f ms",
                            Percentiles.min(ratios),
                            Percentiles.max(ratios),
                            Percentiles.min(ours),
                            Percentiles.max(ours),
                            Percentiles.min(floor),
                            Percentiles.max(floor))));
        }
        for (Stage stage : Stage.values()) {
            if (stage == Stage.SENT) {
                continue;
            }
            double ours = stageMedian(rounds.stream().flatMap(r -> r.ours().stream()), stage);
            double floor = stageMedian(rounds.stream().flatMap(r -> r.floor().stream()), stage);
            measures.add(Measure.against(
                    kind + ", stage '" + stage.label + "': median time after the frame was sent",
                    ours,
                    "ms",
                    floor,
                    false,
                    "reported",
                    true));
        }
        return measures;
    }

    private static double percentile(List<long[]> samples, int percentile) {
        return new Percentiles(samples.stream()
                        .mapToLong(marks -> marks[Stage.ARRIVED.slot] - marks[Stage.SENT.slot])
                        .toArray())
                .millis(percentile);
    }

    private static double stageMedian(java.util.stream.Stream<long[]> samples, Stage stage) {
        long[] since = samples.filter(marks -> marks[stage.slot] != 0)
                .mapToLong(marks -> marks[stage.slot] - marks[Stage.SENT.slot])
                .toArray();
        return since.length == 0 ? Double.NaN : new Percentiles(since).millis(50);
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
        return app.commands().complete("cancellations", "trust", "lis", Map.of()).stream()
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

    private Running start(DiscordSimulator sim, StageClock clock) throws Exception {
        DiscordConfig discord =
                new DiscordConfig(List.of(), URI.create(sim.restBaseUrl()), URI.create(sim.gatewayUrl()));
        Application app =
                Application.open(StrikeDeskConfig.DEFAULT.withDiscord(discord), store, data, Clock.systemUTC());
        return new Running(app, DiscordBot.start(app, sim.token(), new DiscordLink(Clock.systemUTC()), clock.probes()));
    }

    /** Sends {@code count} interactions one after another; the stages of each. */
    private static List<long[]> time(Side side, Function<DiscordSimulator, Interaction> kind, int count)
            throws InterruptedException {
        List<long[]> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            side.clock().begin();
            Interaction interaction = kind.apply(side.sim());
            interaction.awaitAcknowledgement(WAIT);
            long[] marks = side.clock().end(WAIT);
            marks[Stage.SENT.slot] = interaction.deliveredNanos();
            marks[Stage.ARRIVED.slot] = interaction.deliveredNanos()
                    + interaction.answeredAfterDelivery().orElseThrow().toNanos();
            samples.add(marks);
        }
        side.sim().takeViolations();
        side.sim().forgetHistory();
        return samples;
    }

    /** 2,000 interactions at 200 a second, a mix of the three kinds: how many were answered inside 3 seconds. */
    private static Measure load(DiscordSimulator sim) throws InterruptedException {
        List<Function<DiscordSimulator, Interaction>> kinds = new ArrayList<>(KINDS.values());
        List<Interaction> sent = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        int total = 2000;
        CountDownLatch done = new CountDownLatch(total);
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
