package org.strikedesk.discord;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import org.apache.commons.io.file.PathUtils;
import org.strikedesk.Application;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.SimulatedDiscord;
import org.strikedesk.discord.sim.SimulatorBuilder;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;

/**
 * The real bot, on a fresh store loaded with the shipped data in a temporary folder of its own, connected to a
 * Discord simulator through its configuration alone: the REST base URL and the gateway URL, exactly as a proxy would
 * be configured. Its clock stands at {@link TestApplications#NOW} until a test moves it. Tests get it from
 * {@link SimulatedDiscord}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatedDiscord<BotOnSimulator> discord = BotOnSimulator.forClass();
 * }</pre>
 */
final class BotOnSimulator implements AutoCloseable {
    /** Posting is driven by the tests themselves; the bot's own round runs once at start, then every ten minutes. */
    private static final PostsConfig POSTS = new PostsConfig(List.of(), Duration.ofMinutes(10), 0, null);

    private final DiscordSimulator sim;
    private List<String> guilds;
    private final UnaryOperator<StrikeDeskConfig> settings;
    private final Path folder;
    private final MutableClock clock = new MutableClock(TestApplications.NOW);
    private Application app;
    private DiscordBot bot;

    private BotOnSimulator(
            DiscordSimulator sim, List<String> guilds, UnaryOperator<StrikeDeskConfig> settings, Path folder) {
        this.sim = sim;
        this.guilds = guilds;
        this.settings = settings;
        this.folder = folder;
    }

    /** One bot for every test of the class, in the default newsroom. */
    static SimulatedDiscord<BotOnSimulator> forClass() {
        return forClass(world -> {});
    }

    /** One bot for every test of the class, in a customised world ({@code b -> b.guild(g -> ...)}). */
    static SimulatedDiscord<BotOnSimulator> forClass(Consumer<SimulatorBuilder> world) {
        return SimulatedDiscord.forClass(world, sim -> start(sim, List.of()));
    }

    /**
     * A bot on a fresh store for each test, in a customised world, with settings of its own beside those every bot
     * on the simulator has ({@code config -> config.withReview(...)}).
     */
    static SimulatedDiscord<BotOnSimulator> forEachTest(
            Consumer<SimulatorBuilder> world, UnaryOperator<StrikeDeskConfig> settings) {
        return SimulatedDiscord.forEachTest(world, sim -> start(sim, List.of(), settings));
    }

    /**
     * One bot for every test of the class, in a customised world, with settings of its own beside those every bot on
     * the simulator has ({@code config -> config.withDiscord(config.discord().withQuestionLimit(...))}).
     */
    static SimulatedDiscord<BotOnSimulator> forClass(
            Consumer<SimulatorBuilder> world, UnaryOperator<StrikeDeskConfig> settings) {
        return SimulatedDiscord.forClass(world, sim -> start(sim, List.of(), settings));
    }

    /** One bot for every test of the class, registering its commands in {@code guilds} rather than globally. */
    static SimulatedDiscord<BotOnSimulator> inGuilds(List<String> guilds) {
        return SimulatedDiscord.forClass(sim -> start(sim, guilds));
    }

    /** A bot on a fresh store for each test, in the default newsroom. */
    static SimulatedDiscord<BotOnSimulator> forEachTest() {
        return forEachTest(world -> {});
    }

    /** A bot on a fresh store for each test, in a customised world ({@code b -> b.guild(g -> ...)}). */
    static SimulatedDiscord<BotOnSimulator> forEachTest(Consumer<SimulatorBuilder> world) {
        return SimulatedDiscord.forEachTest(world, sim -> start(sim, List.of()));
    }

    private static BotOnSimulator start(DiscordSimulator sim, List<String> guilds) {
        return start(sim, guilds, UnaryOperator.identity());
    }

    private static BotOnSimulator start(
            DiscordSimulator sim, List<String> guilds, UnaryOperator<StrikeDeskConfig> settings) {
        try {
            BotOnSimulator started =
                    new BotOnSimulator(sim, guilds, settings, Files.createTempDirectory("strikedesk-bot"));
            started.open(POSTS);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void open(PostsConfig posts) {
        DiscordConfig discord = new DiscordConfig(guilds, URI.create(sim.restBaseUrl()), URI.create(sim.gatewayUrl()));
        app = TestApplications.open(
                folder,
                clock,
                settings.apply(StrikeDeskConfig.DEFAULT.withDiscord(discord).withPosts(posts)));
        try {
            bot = DiscordBot.start(app, sim.token(), new DiscordLink(clock));
            // The bot's first round of posting runs as it starts; a test that drives the poster itself must not race
            // it.
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> app.posts().lastRound().isPresent());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.close();
            throw new IllegalStateException(e);
        }
    }

    Application app() {
        return app;
    }

    MutableClock clock() {
        return clock;
    }

    /** The bot's own folder, which holds its store; a test may write its files here. */
    Path folder() {
        return folder;
    }

    /** The bot's own connection to Discord. */
    JDA jda() {
        return bot.jda();
    }

    /** A sink that posts through the bot's own JDA, as the running bot does. */
    DiscordPostSink postSink() {
        return new DiscordPostSink(bot.shards(), ShardsConfig.all(bot.shards().getShardsTotal()));
    }

    /** Stops the bot and starts it again on the same store, as a restart of the process would. */
    void restart() {
        restart(POSTS);
    }

    /** Stops the bot and starts it again on the same store, registering its commands in {@code servers} instead. */
    void restartRegisteringIn(List<String> servers) {
        stop();
        guilds = List.copyOf(servers);
        open(POSTS);
    }

    /** Stops the bot and starts it again on the same store, with other settings for posts. */
    void restart(PostsConfig posts) {
        stop();
        open(posts);
    }

    private void stop() {
        bot.close();
        app.close();
    }

    @Override
    public void close() {
        stop();
        try {
            PathUtils.deleteDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
