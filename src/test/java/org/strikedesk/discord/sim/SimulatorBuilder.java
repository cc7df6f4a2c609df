package org.strikedesk.discord.sim;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Configures a {@link DiscordSimulator}. Without any {@link #guild} call the simulator serves the
 * default newsroom guild (see {@link SimDefaults}).
 */
public final class SimulatorBuilder {
    String token = SimDefaults.TOKEN;
    SimUser botUser = new SimUser(SimDefaults.BOT_ID, SimDefaults.BOT_NAME, null, true);
    String applicationId = SimDefaults.BOT_ID;
    Duration heartbeatInterval = Duration.ofMillis(41_250);
    long privilegedIntentsEnabled;
    String wireLogName = "DiscordSimulator";
    Path wireLogDir = Path.of("target", "discord-sim");
    int globalPerSecond = 50;
    Duration nonceWindow = MessageStore.NONCE_WINDOW;
    final Map<String, RateLimits.Limit> routeLimits = new LinkedHashMap<>();
    int restPort;
    int gatewayPort;
    int shards = 1;
    int maxConcurrency = 1;
    private final List<GuildBuilder> guilds = new ArrayList<>();

    SimulatorBuilder() {}

    /** The bot token the simulator accepts in {@code Authorization: Bot <token>} and IDENTIFY. */
    public SimulatorBuilder token(String botToken) {
        this.token = botToken;
        return this;
    }

    /** The bot's user; Discord gives a bot the same id as its application. */
    public SimulatorBuilder botUser(String id, String username) {
        this.botUser = new SimUser(id, username, null, true);
        this.applicationId = id;
        return this;
    }

    /** Adds a guild; start from {@link GuildBuilder#newsroomDefaults()} to extend the default one. */
    public SimulatorBuilder guild(Consumer<GuildBuilder> spec) {
        GuildBuilder builder = new GuildBuilder();
        spec.accept(builder);
        guilds.add(builder);
        return this;
    }

    /** HELLO's heartbeat interval; shorten it only for tests about heartbeats. */
    public SimulatorBuilder heartbeatInterval(Duration interval) {
        this.heartbeatInterval = interval;
        return this;
    }

    /**
     * Privileged intents the application has been granted in the developer portal (bit mask of
     * GUILD_MEMBERS 1<<1, GUILD_PRESENCES 1<<8, MESSAGE_CONTENT 1<<15). None by default, so an
     * IDENTIFY asking for one is closed with 4014 as Discord does.
     */
    public SimulatorBuilder privilegedIntents(long mask) {
        this.privilegedIntentsEnabled = mask;
        return this;
    }

    /**
     * How long an enforced nonce is remembered: Discord says "in the past few minutes" (docs
     * {@code resources/message.mdx}, "Create Message", {@code enforce_nonce}); five minutes unless a test shortens it.
     */
    public SimulatorBuilder nonceWindow(Duration window) {
        this.nonceWindow = window;
        return this;
    }

    /** Requests a second across every route but the interaction ones: 50, Discord's documented global limit. */
    public SimulatorBuilder globalRateLimit(int perSecond) {
        this.globalPerSecond = perSecond;
        return this;
    }

    /**
     * A route's own limit per resource, e.g. {@code routeRateLimit("POST /channels/{channel}/messages", 5,
     * Duration.ofSeconds(5))} (the default for channel messages; other routes allow 50 a second).
     */
    public SimulatorBuilder routeRateLimit(String route, int requests, Duration window) {
        routeLimits.put(route, new RateLimits.Limit(requests, window));
        return this;
    }

    /** File name (without extension) of the wire log under {@code target/discord-sim/}. */
    public SimulatorBuilder wireLogName(String name) {
        this.wireLogName = name;
        return this;
    }

    /**
     * Fixed loopback ports for REST and the gateway, instead of free ones: for a bot configured with these addresses
     * before the simulator starts, which meets refused connections until it does (Discord unreachable).
     */
    public SimulatorBuilder ports(int rest, int gateway) {
        this.restPort = rest;
        this.gatewayPort = gateway;
        return this;
    }

    /**
     * How many shards {@code GET /gateway/bot} recommends, and how many shards may identify together in each 5
     * seconds ({@code session_start_limit.max_concurrency}; docs {@code events/gateway.mdx}, "Get Gateway Bot" and
     * "Max Concurrency"). Discord gives 1 and 1 to a bot in fewer than 2,500 servers, as the simulator does unless
     * told otherwise.
     */
    public SimulatorBuilder shards(int recommended, int concurrency) {
        this.shards = recommended;
        this.maxConcurrency = concurrency;
        return this;
    }

    public SimulatorBuilder wireLogDir(Path dir) {
        this.wireLogDir = dir;
        return this;
    }

    List<SimGuild> buildGuilds() {
        List<GuildBuilder> specs = new ArrayList<>(guilds);
        if (specs.isEmpty()) {
            GuildBuilder defaults = new GuildBuilder();
            defaults.newsroomDefaults();
            specs.add(defaults);
        }
        return specs.stream().map(g -> g.build(botUser)).toList();
    }

    public DiscordSimulator build() {
        return new DiscordSimulator(this);
    }
}
