package org.strikedesk.discord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator shards as Discord does (docs {@code events/gateway.mdx}, "Sharding": "shard_id = (guild_id >> 22) %
 * num_shards"; {@code events/gateway-events.mdx}, "Identify Structure", {@code shard}), checked with a real JDA shard
 * manager: each connection is sent READY with the guilds of its shard only, and an interaction goes down the
 * connection of the shard that owns its guild. JDA computes the same formula ({@code MiscUtil#getShardForGuild}) and
 * sends {@code shard: [id, total]} in every shard's IDENTIFY ({@code WebSocketClient#sendIdentify}).
 */
class SimulatorShardsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long BASE_MILLIS = 300_000_000_000L;
    private static final int GUILDS = 8;
    private static final int SHARDS = 4;

    private DiscordSimulator sim;
    private ShardManager shards;

    @AfterEach
    void stop() {
        if (shards != null) {
            shards.shutdown();
        }
        if (sim != null) {
            sim.close();
        }
    }

    /** Worked by hand: {@code id >> 22} is 41944705796, 9959252, 1 and 0; then the remainder. */
    @DisplayName("A guild's shard is (guild_id >> 22) % shards, as JDA computes it")
    @ParameterizedTest(name = "{0} of {1} shards: shard {2}")
    @CsvSource({
        "175928847299117063, 1, 0",
        "175928847299117063, 4, 0",
        "175928847299117063, 16, 4",
        "41771983423143937, 4, 2",
        "41771983423143937, 16, 6",
        "4194304, 2, 1",
        "4194303, 2, 0",
    })
    void formula(String guildId, int total, int shard) {
        assertThat(GatewayServer.shardOf(guildId, total)).isEqualTo(shard);
        assertThat(MiscUtil.getShardForGuild(guildId, total)).isEqualTo(shard);
    }

    private static String guild(int i) {
        return Long.toUnsignedString((BASE_MILLIS + i) << 22);
    }

    private static String channel(int i) {
        return Long.toUnsignedString(((BASE_MILLIS + i) << 22) | 1);
    }

    private void connect(Map<Long, Integer> answeredBy) throws InterruptedException {
        SimulatorBuilder world = DiscordSimulator.builder().shards(SHARDS, SHARDS);
        for (int i = 0; i < GUILDS; i++) {
            int n = i;
            world.guild(g -> g.id(guild(n)).textChannel(channel(n), "news").member(SimDefaults.REPORTER));
        }
        sim = world.wireLogName("SimulatorShardsTest").build().start();
        String gateway = sim.gatewayUrl();
        shards = DefaultShardManagerBuilder.createLight(sim.token(), List.<GatewayIntent>of())
                .setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }

                    @Override
                    public ShardedGateway getShardedGateway(JDA api) {
                        ShardedGateway discord = super.getShardedGateway(api);
                        return new ShardedGateway(gateway, discord.getShardTotal(), discord.getConcurrency());
                    }
                })
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        answeredBy.put(
                                event.getGuild().getIdLong(),
                                event.getJDA().getShardInfo().getShardId());
                        event.reply("shard " + event.getJDA().getShardInfo().getShardId())
                                .queue();
                    }
                })
                .build();
        sim.awaitShardsReady(SHARDS, WAIT);
        for (int id = 0; id < SHARDS; id++) {
            int shard = id;
            org.awaitility.Awaitility.await().atMost(WAIT).until(() -> shards.getShardById(shard) != null);
            shards.getShardById(shard).awaitReady();
        }
    }

    @DisplayName("Each shard's connection is sent READY with the guilds of its shard, and each interaction goes to the"
            + " shard that owns its guild")
    @Test
    void routesGuildsAndInteractions() throws InterruptedException {
        Map<Long, Integer> answeredBy = new ConcurrentHashMap<>();
        connect(answeredBy);
        shards.getShardById(0)
                .updateCommands()
                .addCommands(Commands.slash("where", "Which shard answers"))
                .complete();

        assertThat(shards.getShardsTotal()).isEqualTo(SHARDS);
        assertThat(sim.events("IDENTIFY").stream()
                        .map(r -> r.body().path("d").path("shard").toString()))
                .containsExactlyInAnyOrder("[0,4]", "[1,4]", "[2,4]", "[3,4]");
        for (int id = 0; id < SHARDS; id++) {
            int shard = id;
            List<String> expected = java.util.stream.IntStream.range(0, GUILDS)
                    .filter(i -> (BASE_MILLIS + i) % SHARDS == shard)
                    .mapToObj(SimulatorShardsTest::guild)
                    .toList();
            assertThat(shards.getShardById(shard).getGuilds().stream().map(Guild::getId))
                    .as("guilds of shard %d", shard)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        for (int i = 0; i < GUILDS; i++) {
            String answer = sim.command("where")
                    .by(SimDefaults.REPORTER)
                    .in(channel(i))
                    .send()
                    .awaitFinalMessage(WAIT)
                    .path("content")
                    .asText();
            int owner = (int) ((BASE_MILLIS + i) % SHARDS);
            assertThat(answer).isEqualTo("shard " + owner);
            assertThat(answeredBy).containsEntry(Long.parseLong(guild(i)), owner);
        }
    }

    @DisplayName("GET /gateway/bot recommends the configured shards, with session_start_limit.max_concurrency")
    @Test
    void gatewayBot() {
        sim = DiscordSimulator.builder().shards(SHARDS, 2).build().start();
        RawClient.Answer answer = new RawClient(sim).send("GET", "/gateway/bot", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("shards").asInt()).isEqualTo(SHARDS);
        assertThat(answer.body()
                        .path("session_start_limit")
                        .path("max_concurrency")
                        .asInt())
                .isEqualTo(2);
        assertThat(answer.body().path("url").asText()).isEqualTo(sim.gatewayUrl());
    }
}
