package org.strikedesk.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.commands.Actions;
import org.strikedesk.commands.CommandRegistry;
import org.strikedesk.config.DiscordConfig;
import org.strikedesk.config.PostsConfig;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.config.UserFacingException;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.WireRecord;
import org.strikedesk.posts.PostMessage;
import org.strikedesk.posts.PostSink;
import org.strikedesk.posts.PostStatus;
import org.strikedesk.questions.QuestionDesk;
import org.strikedesk.store.Database;
import org.strikedesk.support.ForwardingSink;
import org.strikedesk.support.MutableClock;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;

/**
 * The bot on JDA's shard manager, against a simulator that shards as Discord does (see {@code GatewayServer}): two
 * processes (two bots in this JVM, each with its own store connection) share one store with shards 0–1 and 2–3 of 4,
 * and each posts only for the servers of its own shards; every shard answers; by default one process runs the shards
 * Discord recommends. The figures imported here are synthetic.
 */
class BotShardsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SOURCE = "https://example.org/synthetic/shards";
    private static final int SERVERS = 12;
    private static final int SHARDS = 4;

    @TempDir
    Path folder;

    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    private DiscordSimulator simulator(int recommended) {
        // max_concurrency = shards, so that every shard identifies at once and the test waits no 5 s per shard.
        DiscordSimulator sim = ShardedWorld.servers(DiscordSimulator.builder(), SERVERS)
                .shards(recommended, recommended)
                .wireLogName("BotShardsTest")
                .build()
                .start();
        running.add(sim);
        return sim;
    }

    private Application app(DiscordSimulator sim, MutableClock clock, ShardsConfig shards) {
        DiscordConfig discord = new DiscordConfig(
                        List.of(), java.net.URI.create(sim.restBaseUrl()), java.net.URI.create(sim.gatewayUrl()))
                .withShards(shards);
        PostsConfig posts = new PostsConfig(List.of(), Duration.ofSeconds(1), 0, null);
        Application app = TestApplications.open(
                folder, clock, StrikeDeskConfig.DEFAULT.withDiscord(discord).withPosts(posts));
        running.add(app);
        return app;
    }

    private DiscordBot bot(DiscordSimulator sim, BotBackend backend) throws InterruptedException {
        DiscordBot bot = DiscordBot.start(backend, sim.token(), new DiscordLink(Clock.systemUTC()));
        running.add(bot);
        return bot;
    }

    @DisplayName("Two processes on one store, shards 0–1 and 2–3 of 4: each channel's post is sent once, by the"
            + " process whose shards own its server")
    @Test
    void twoProcessesPostEachOnce() throws Exception {
        DiscordSimulator sim = simulator(SHARDS);
        MutableClock clock = new MutableClock(TestApplications.NOW);
        Application first = app(sim, clock, new ShardsConfig(SHARDS, 0, 1));
        Application second = app(sim, clock, new ShardsConfig(SHARDS, 2, 3));
        SendingBackend firstSends = new SendingBackend(first);
        SendingBackend secondSends = new SendingBackend(second);
        bot(sim, firstSends);
        bot(sim, secondSends);
        sim.awaitShardsReady(SHARDS, WAIT);
        for (int i = 0; i < SERVERS; i++) {
            first.posts()
                    .subscriptions()
                    .add(ShardedWorld.guild(i), ShardedWorld.channel(i), "RWH", "synthetic", ShardedWorld.channel(i));
        }

        TidyCsv.citing(SOURCE)
                .row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202", "2023-06-20")
                .importInto(first, folder.resolve("release.csv"));

        await().atMost(WAIT)
                .until(() -> first.posts().outbox().counts().getOrDefault(PostStatus.DELIVERED, 0) == SERVERS);
        for (int i = 0; i < SERVERS; i++) {
            String channel = ShardedWorld.channel(i);
            int shard = DiscordSimulator.shardOf(ShardedWorld.guild(i), SHARDS);
            assertThat(sim.messageCount(channel))
                    .as("messages in server %d's channel", i)
                    .isEqualTo(1);
            SendingBackend owner = shard <= 1 ? firstSends : secondSends;
            SendingBackend other = shard <= 1 ? secondSends : firstSends;
            assertThat(owner.sent(channel))
                    .as("sent by the owner of shard %d", shard)
                    .isEqualTo(1);
            assertThat(other.sent(channel)).as("sent by the other process").isZero();
        }
        assertThat(first.posts().outbox().counts()).containsOnlyKeys(PostStatus.DELIVERED);
    }

    @DisplayName("With two processes, every shard answers a command in its servers; only the process running shard 0"
            + " registers the global commands")
    @Test
    void everyShardAnswers() throws Exception {
        DiscordSimulator sim = simulator(SHARDS);
        MutableClock clock = new MutableClock(TestApplications.NOW);
        bot(sim, app(sim, clock, new ShardsConfig(SHARDS, 0, 1)));
        bot(sim, app(sim, clock, new ShardsConfig(SHARDS, 2, 3)));
        sim.awaitShardsReady(SHARDS, WAIT);

        for (int shard = 0; shard < SHARDS; shard++) {
            int server = ShardedWorld.onShard(SERVERS, shard, SHARDS).get(0);
            JsonNode answer = sim.command("trust")
                    .option("trust", "ENHT")
                    .by(SimDefaults.REPORTER)
                    .in(ShardedWorld.channel(server))
                    .send()
                    .awaitFinalMessage(WAIT);
            assertThat(answer.toString()).as("shard %d's answer", shard).contains("RWH");
        }
        assertThat(sim.readyShards()).containsExactlyInAnyOrder(0, 1, 2, 3);
        List<WireRecord> registrations = sim.requests().stream()
                .filter(r -> "PUT".equals(r.method()) && r.path().endsWith("/commands"))
                .filter(r -> !r.path().contains("/guilds/"))
                .toList();
        assertThat(registrations).hasSize(1);
    }

    @DisplayName("By default one process runs as many shards as Discord recommends (1 for a small bot, 2 here), each"
            + " identifying with its shard, and posts for all their servers")
    @Test
    void defaultRunsRecommended() throws Exception {
        DiscordSimulator sim = simulator(2);
        MutableClock clock = new MutableClock(TestApplications.NOW);
        Application app = app(sim, clock, ShardsConfig.RECOMMENDED);
        DiscordBot bot = bot(sim, app);

        assertThat(bot.shards().getShardsTotal()).isEqualTo(2);
        assertThat(bot.watchesForData()).isTrue();
        List<String> identified = sim.events("IDENTIFY").stream()
                .map(r -> r.body().path("d").path("shard").toString())
                .toList();
        assertThat(identified).containsExactlyInAnyOrder("[0,2]", "[1,2]");
        for (int i = 0; i < SERVERS; i++) {
            app.posts()
                    .subscriptions()
                    .add(ShardedWorld.guild(i), ShardedWorld.channel(i), "RWH", "synthetic", ShardedWorld.channel(i));
        }
        TidyCsv.citing(SOURCE)
                .row("2023-06-junior-doctors,RWH,,acute_rescheduled,1202", "2023-06-20")
                .importInto(app, folder.resolve("release.csv"));
        await().atMost(WAIT)
                .until(() -> app.posts().outbox().counts().getOrDefault(PostStatus.DELIVERED, 0) == SERVERS);
        for (int i = 0; i < SERVERS; i++) {
            assertThat(sim.messageCount(ShardedWorld.channel(i))).isEqualTo(1);
        }
    }

    @DisplayName("A small bot by default: Discord recommends one shard, and the bot identifies as shard 0 of 1")
    @Test
    void smallBotOneShard() throws Exception {
        DiscordSimulator sim = simulator(1);
        DiscordBot bot = bot(sim, app(sim, new MutableClock(TestApplications.NOW), ShardsConfig.RECOMMENDED));

        assertThat(bot.shards().getShardsTotal()).isEqualTo(1);
        assertThat(bot.shards().getShards()).hasSize(1);
        assertThat(sim.events("IDENTIFY"))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.body().path("d").path("shard").toString()).isEqualTo("[0,1]"));
        assertThat(sim.requests().stream().map(WireRecord::path)).contains("/gateway/bot");
    }

    @DisplayName("A total too small for the servers is refused by Discord (4011, Sharding required), and the bot says"
            + " so in one sentence instead of waiting for ever")
    @Test
    void tooFewShards() {
        DiscordSimulator sim = ShardedWorld.servers(DiscordSimulator.builder(), 2_501)
                .wireLogName("BotShardsTest-too-few")
                .build()
                .start();
        running.add(sim);
        Application app = app(sim, new MutableClock(TestApplications.NOW), new ShardsConfig(1, 0, 0));

        assertThatThrownBy(() -> bot(sim, app))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("4011")
                .hasMessageContaining("discord.shards.total");
    }

    /** The application as the bot sees it, counting the posts each process sends through its own sink. */
    private static final class SendingBackend implements BotBackend {
        private final Application app;
        private final Map<String, Integer> sent = new ConcurrentHashMap<>();

        SendingBackend(Application app) {
            this.app = app;
        }

        int sent(String channel) {
            return sent.getOrDefault(channel, 0);
        }

        @Override
        public Database database() {
            return app.database();
        }

        @Override
        public DiscordConfig discordConfig() {
            return app.discordConfig();
        }

        @Override
        public CommandRegistry commands() {
            return app.commands();
        }

        @Override
        public Actions actions() {
            return app.actions();
        }

        @Override
        public QuestionDesk questions() {
            return app.questions();
        }

        @Override
        public void startPosting(PostSink sink, ScheduledExecutorService executor) {
            app.startPosting(new Counting(sink), executor);
        }

        private final class Counting extends ForwardingSink {
            Counting(PostSink sink) {
                super(sink);
            }

            @Override
            public Delivery send(String channelId, PostMessage message, String nonce) {
                Delivery delivery = super.send(channelId, message, nonce);
                if (delivery instanceof Delivery.Delivered) {
                    sent.merge(channelId, 1, Integer::sum);
                }
                return delivery;
            }
        }
    }
}
