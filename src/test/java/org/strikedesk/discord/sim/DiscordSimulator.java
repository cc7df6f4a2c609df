package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-process Discord: REST over HTTP and the gateway over WebSocket on loopback, which an
 * unmodified JDA reaches through configuration alone (REST base URL, gateway URL, no compression).
 * It plays the users (slash commands, autocomplete, buttons), enforces Discord's documented rules,
 * injects faults and records everything that crosses the wire. See README.md in this package.
 */
public final class DiscordSimulator implements AutoCloseable {
    /** Far longer than writing one record takes; a bound so that a stuck request cannot hang a test. */
    private static final Duration LOGGING_GAP = Duration.ofSeconds(2);

    private final SimulatorBuilder config;
    private final World world;
    private final WireLog wireLog;
    private final Findings findings = new Findings();
    private final MessageStore messages;
    private final GatewayServer gateway;
    private final RateLimits rateLimits;
    private final Faults faults;
    private final RestServer rest;
    private final CommandRoutes commands;
    private final InteractionRoutes interactions;
    private final InteractionFactory factory;

    DiscordSimulator(SimulatorBuilder config) {
        this.config = config;
        this.world = new World(config.buildGuilds(), config.botUser.id());
        this.wireLog = new WireLog(config.wireLogDir.resolve(config.wireLogName + ".jsonl"));
        this.messages = new MessageStore(config.botUser, config.nonceWindow);
        this.gateway = new GatewayServer(config, world, wireLog, findings);
        this.rateLimits = new RateLimits(config.globalPerSecond, config.routeLimits);
        this.faults = new Faults(gateway, rateLimits);
        this.rest = new RestServer(config.token, config.restPort, wireLog, findings, faults, rateLimits);
        this.commands = new CommandRoutes(config.applicationId, world, findings);
        this.interactions = new InteractionRoutes(config, world, messages, findings);
        this.factory = new InteractionFactory(config, world, messages);
        new CoreRoutes(config, this::gatewayUrl).register(rest);
        commands.register(rest);
        interactions.register(rest);
        new ChannelRoutes(world, messages, findings).register(rest);
    }

    public static SimulatorBuilder builder() {
        return new SimulatorBuilder();
    }

    /** Binds both servers to free loopback ports. */
    public DiscordSimulator start() {
        rest.start();
        gateway.startAndWait();
        messages.cdnBase("http://127.0.0.1:" + rest.port() + "/");
        return this;
    }

    /** For {@code RestConfig.setBaseUrl}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String restBaseUrl() {
        return "http://127.0.0.1:" + rest.port() + RestServer.API_PREFIX + "/";
    }

    /** For {@code SessionController.getGateway()}: {@code ws://127.0.0.1:PORT/}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public String token() {
        return config.token;
    }

    public String applicationId() {
        return config.applicationId;
    }

    public SimUser botUser() {
        return config.botUser;
    }

    public List<SimGuild> guilds() {
        return world.guilds();
    }

    /** Waits until the bot has identified and READY plus every GUILD_CREATE went out. */
    public DiscordSimulator awaitReady(Duration timeout) {
        Waits.until(
                "READY sent to the bot",
                timeout,
                () -> Optional.of(gateway.readyCount()).filter(n -> n > 0));
        return this;
    }

    /** Waits until every one of {@code shards} shards has been sent READY and its GUILD_CREATEs. */
    public DiscordSimulator awaitShardsReady(int shards, Duration timeout) {
        Waits.until(
                "READY sent to all " + shards + " shards",
                timeout,
                () -> Optional.of(gateway.readyShards()).filter(ready -> ready.size() >= shards));
        return this;
    }

    /** The shards that have been sent READY, by id. */
    public Set<Integer> readyShards() {
        return gateway.readyShards();
    }

    /** The shard that owns a guild when the bot runs {@code shards} shards: {@code (guild_id >> 22) % shards}. */
    public static int shardOf(String guildId, int shards) {
        return GatewayServer.shardOf(guildId, shards);
    }

    // --- users acting -------------------------------------------------------------------------

    /** Starts describing a slash command or autocomplete; see {@link InteractionBuilder}. */
    public InteractionBuilder command(String commandPath) {
        return new InteractionBuilder(this, commandPath);
    }

    /** The default member runs {@code /command} with the given options in the default channel. */
    public Interaction slash(String command, Map<String, ?> options) {
        return command(command).options(options).send();
    }

    public Interaction slash(String command, Map<String, ?> options, SimUser by, String channelId) {
        return command(command).options(options).by(by).in(channelId).send();
    }

    public Interaction autocomplete(String command, String focusedOption, String value, Map<String, ?> otherOptions) {
        return command(command).options(otherOptions).autocomplete(focusedOption, value);
    }

    /** A user uploads {@code content} as the attachment option {@code optionName} of {@code /command}. */
    public Interaction slashWithAttachment(String command, String optionName, String filename, byte[] content) {
        return command(command).attachment(optionName, filename, content).send();
    }

    /** The default member clicks the button {@code customId} on {@code message} (JSON as stored here). */
    public Interaction button(String customId, JsonNode message) {
        return button(customId, message, defaultUser());
    }

    public Interaction button(String customId, JsonNode message, SimUser by) {
        SimMember member = world.member(message.path("channel_id").asText(), by.id());
        return dispatch(factory.button(customId, message, member, Instant.now()));
    }

    /** {@code by} picks {@code values} from the string select {@code customId} on {@code message}. */
    public Interaction select(String customId, JsonNode message, List<String> values, SimUser by) {
        SimMember member = world.member(message.path("channel_id").asText(), by.id());
        return dispatch(factory.select(customId, message, values, member, Instant.now()));
    }

    /** Starts describing a message a user sends; see {@link UserMessage}. */
    public UserMessage userMessage(String content) {
        return new UserMessage(this, content);
    }

    /**
     * Stores the message, then dispatches MESSAGE_CREATE as Discord would for the bot's intents: not at all without
     * the intent for a guild or a DM, and with its content emptied unless the rules say the bot may read it.
     */
    JsonNode sendUserMessage(MessageCreates.Draft draft) {
        SimUser author = draft.author() != null ? draft.author() : defaultUser();
        String channelId = draft.direct()
                ? world.directChannel(author)
                : draft.channelId() != null ? draft.channelId() : defaultChannel();
        Optional<SimGuild> guild = draft.direct() ? Optional.empty() : Optional.of(world.guildOfChannel(channelId));
        ObjectNode message = MessageCreates.message(draft, author, channelId, guild, config.botUser);
        messages.storeUserMessage(message);
        long intents = gateway.intents();
        if (MessageCreates.delivered(intents, draft.direct())) {
            gateway.dispatch(
                    "MESSAGE_CREATE",
                    MessageCreates.asReceived(message, intents, draft.direct(), config.botUser),
                    null);
        }
        return message.deepCopy();
    }

    /** The bot's replies to a message, oldest first. */
    public List<JsonNode> repliesTo(JsonNode message) {
        return messages.repliesTo(message.path("id").asText());
    }

    /** Waits for the bot's first reply to a message. */
    public JsonNode awaitReplyTo(JsonNode message, Duration timeout) {
        return Waits.until(
                "a reply to message " + message.path("id").asText(),
                timeout,
                () -> repliesTo(message).stream().findFirst());
    }

    Interaction dispatchCommand(InteractionBuilder.Asked asked) {
        String channel = asked.channelId() != null ? asked.channelId() : defaultChannel();
        SimMember member = world.member(channel, (asked.by() != null ? asked.by() : defaultUser()).id());
        String[] path = asked.commandPath().trim().split("\\s+");
        String guildId = world.guildOfChannel(channel).id();
        JsonNode definition = commands.find(guildId, path[0])
                .orElseThrow(() -> new IllegalStateException("/" + path[0] + " is not registered for guild " + guildId
                        + " or globally; Discord only sends interactions for registered commands"));
        CommandRoutes.unavailable(definition, asked.context(), asked.integrationType())
                .ifPresent(reason -> {
                    throw new IllegalStateException(
                            "Discord would not offer it there, so no user could send it: " + reason);
                });
        if (asked.context() != InteractionContext.GUILD
                || asked.integrationType() != InteractionContext.GUILD_INSTALL) {
            throw new UnsupportedOperationException("Discord would offer /" + path[0]
                    + " there, but the simulator models guild installs in guilds" + " only");
        }
        Instant created = Instant.now().minus(asked.age());
        return dispatch(factory.command(
                asked.type(), definition, path, asked.options(), asked.focused(), member, channel, created));
    }

    private Interaction dispatch(ObjectNode payload) {
        Interaction interaction = new Interaction(payload, messages);
        interactions.track(interaction);
        gateway.dispatch("INTERACTION_CREATE", payload.deepCopy(), interaction::markSent);
        return interaction;
    }

    private SimUser defaultUser() {
        SimGuild guild = world.firstGuild();
        return guild.member(SimDefaults.REPORTER.id())
                .or(() -> guild.members().stream().filter(m -> !m.user().bot()).findFirst())
                .map(SimMember::user)
                .orElseThrow(() -> new IllegalStateException("the guild has no human member"));
    }

    private String defaultChannel() {
        SimGuild guild = world.firstGuild();
        return guild.channel(SimDefaults.DESK_CHANNEL_ID)
                .orElse(guild.channels().get(0))
                .id();
    }

    // --- state --------------------------------------------------------------------------------

    /** The global commands as the bot last registered them (with ids), a JSON array. */
    public JsonNode registeredCommands() {
        return commands.list(null);
    }

    public JsonNode registeredGuildCommands(String guildId) {
        return commands.list(guildId);
    }

    /**
     * The slash command names a member of the guild is offered, one entry per command: its guild commands and the
     * global ones, both shown when both exist (discord/discord-api-docs#3885), so a name twice is a command seen
     * twice.
     */
    public List<String> commandNamesIn(String guildId) {
        List<String> names = new ArrayList<>();
        for (JsonNode list : List.of(commands.list(guildId), commands.list(null))) {
            list.forEach(c -> names.add(c.path("name").asText()));
        }
        return names;
    }

    /** Current, non-ephemeral messages of a channel (after edits), oldest first. */
    public List<JsonNode> channelMessages(String channelId) {
        return messages.channelMessages(channelId);
    }

    /** How many current, non-ephemeral messages a channel has: {@code channelMessages(id).size()}, cheaply. */
    public int messageCount(String channelId) {
        return messages.count(channelId);
    }

    /** Every create, edit and delete in a channel, with the message as it was at that step. */
    public List<MessageEvent> messageHistory(String channelId) {
        return messages.history(channelId);
    }

    /**
     * Every state of every message in a channel that everyone there could see: non-ephemeral messages as created and
     * after each edit, oldest first. What a private answer must never appear in, even for a moment.
     */
    public List<JsonNode> seenByEveryone(String channelId) {
        return messages.history(channelId).stream()
                .filter(e -> e.kind() != MessageEvent.Kind.DELETED)
                .map(MessageEvent::message)
                .filter(m -> (m.path("flags").asInt() & MessageStore.EPHEMERAL) == 0)
                .toList();
    }

    public Optional<JsonNode> message(String messageId) {
        return messages.find(messageId).map(m -> m);
    }

    /** Whether an enforced nonce used in the channel is still remembered: a repeat now would not be posted again. */
    public boolean remembersNonce(String channelId, String nonce) {
        return messages.byNonce(channelId, nonce).isPresent();
    }

    /** The stored files (with bytes) of a message's attachments. */
    public List<StoredAttachment> attachments(JsonNode message) {
        return java.util.stream.StreamSupport.stream(message.path("attachments").spliterator(), false)
                .flatMap(a -> messages.attachment(a.path("id").asText()).stream())
                .toList();
    }

    /**
     * Replaces a channel's permission overwrites, as a server's admin would, and tells the bot with CHANNEL_UPDATE
     * (JDA always asks for the GUILDS intent that carries it), so its cache agrees with what REST enforces.
     */
    public void overwrites(String channelId, List<SimOverwrite> overwrites) {
        world.overwrites(channelId, overwrites);
        SimChannel channel = world.channel(channelId).orElseThrow();
        gateway.dispatch("CHANNEL_UPDATE", Payloads.channel(channel, world.overwrites(channelId)), null);
    }

    /** What the bot can do in a channel now (overwrites and implicit rules applied), as REST enforces it. */
    public long botPermissions(String channelId) {
        return world.botPermissions(channelId);
    }

    /**
     * From now on REST calls on this channel answer 403 / 50013 Missing Permissions, though the overwrites (and the
     * bot's cache) still allow it: a change the bot was not told of.
     */
    public void forbidChannel(String channelId) {
        world.state(channelId, World.ChannelState.FORBIDDEN);
    }

    /** From now on REST calls on this channel answer 404 / 10003 Unknown Channel (the bot's cache is stale). */
    public void removeChannel(String channelId) {
        world.state(channelId, World.ChannelState.GONE);
    }

    public void restoreChannel(String channelId) {
        world.state(channelId, World.ChannelState.OK);
    }

    public Faults faults() {
        return faults;
    }

    /** How many 429s the simulator has answered, by scope: {@code user} (a route), {@code global}, {@code shared}. */
    public Map<String, Integer> tooManyRequests() {
        return rateLimits.tooMany();
    }

    // --- records and findings -----------------------------------------------------------------

    /** Every record so far; a request whose effect is already visible is in it (see {@link #requests()}). */
    public List<WireRecord> records() {
        rest.awaitLogged(LOGGING_GAP);
        return wireLog.records();
    }

    /**
     * REST requests the bot made (direction IN), in arrival order. A request's record is written just after it is
     * answered, so this first waits (briefly) for any answered request's record: a test that has seen a message
     * appear then finds the request that posted it.
     */
    public List<WireRecord> requests() {
        rest.awaitLogged(LOGGING_GAP);
        return wireLog.records(r -> r.isRest() && r.direction() == WireRecord.Direction.IN);
    }

    /** Gateway frames both ways, plus CONNECT/DISCONNECT/DROP markers. */
    public List<WireRecord> events() {
        return wireLog.records(r -> !r.isRest());
    }

    public List<WireRecord> events(String name) {
        return wireLog.records(r -> !r.isRest() && r.name().equals(name));
    }

    /** Waits until at least {@code count} gateway records named {@code name} exist; returns them. */
    public List<WireRecord> awaitEvents(String name, int count, Duration timeout) {
        return Waits.until(
                count + " x " + name, timeout, () -> Optional.of(events(name)).filter(l -> l.size() >= count));
    }

    public Path wireLogPath() {
        return wireLog.path();
    }

    public List<Violation> violations() {
        return findings.violations();
    }

    /**
     * Forgets what the simulator keeps of the past for tests to read: the wire records held in memory (the wire log
     * file keeps them all), the dispatches already sent (kept for a RESUME to replay; one after this replays only
     * later ones), the interactions already acknowledged (a later callback or follow-up for one is answered as for an
     * unknown interaction), and the messages with their history. A benchmark that sends hundreds of
     * thousands of interactions calls it between rounds, so that what the simulator keeps, in the same JVM as the
     * bots it times, does not grow with them (kept whole, it filled a 2 GB heap, whose collections then paused
     * every thread in it for over a second).
     */
    public void forgetHistory() {
        rest.awaitLogged(LOGGING_GAP);
        wireLog.forget();
        gateway.forgetSent();
        interactions.forgetAcknowledged();
        messages.forget();
    }

    /** Returns and forgets the violations so far: how a test states that it expected them. */
    public List<Violation> takeViolations() {
        return findings.takeViolations();
    }

    /** Waits for a violation of {@code rule}, then takes (and returns) all violations recorded so far. */
    public List<Violation> awaitViolation(String rule, Duration timeout) {
        Waits.until(
                "violation " + rule,
                timeout,
                () -> findings.violations().stream()
                        .filter(v -> v.rule().equals(rule))
                        .findFirst());
        return takeViolations();
    }

    /** Requests no route handled, as {@code METHOD path}. */
    public List<String> unhandled() {
        return findings.unhandled();
    }

    public List<String> takeUnhandled() {
        return findings.takeUnhandled();
    }

    /** Fails with a list of every violation and unhandled route recorded (and not taken) so far. */
    public void assertNoViolations() {
        String problems = findings.describe();
        if (problems != null) {
            throw new AssertionError(problems);
        }
    }

    @Override
    public void close() {
        gateway.shutdown();
        rest.close();
        wireLog.close();
    }
}
