package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-process Discord: REST over HTTP and the gateway over WebSocket on loopback, which an
 * unmodified JDA reaches through configuration alone (REST base URL, gateway URL, no compression).
 * It plays the users (slash commands, autocomplete, buttons), enforces Discord's documented rules,
 * injects faults and records everything that crosses the wire. See README.md in this package.
 */
public final class DiscordSimulator implements AutoCloseable {
    private final SimulatorBuilder config;
    private final World world;
    private final WireLog wireLog;
    private final Findings findings = new Findings();
    private final MessageStore messages;
    private final GatewayServer gateway;
    private final Faults faults;
    private final RestServer rest;
    private final CommandRoutes commands;
    private final InteractionRoutes interactions;
    private final InteractionFactory factory;

    DiscordSimulator(SimulatorBuilder config) {
        this.config = config;
        this.world = new World(config.buildGuilds());
        this.wireLog = new WireLog(config.wireLogDir.resolve(config.wireLogName + ".jsonl"));
        this.messages = new MessageStore(config.botUser);
        this.gateway = new GatewayServer(config, world.guilds(), wireLog, findings);
        this.faults = new Faults(gateway);
        this.rest = new RestServer(config.token, config.restPort, wireLog, findings, faults);
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
        return dispatch(factory.button(customId, message, member));
    }

    Interaction dispatchCommand(
            int type, String commandPath, Map<String, ?> options, String focused, SimUser by, String channelId) {
        String channel = channelId != null ? channelId : defaultChannel();
        SimMember member = world.member(channel, (by != null ? by : defaultUser()).id());
        String[] path = commandPath.trim().split("\\s+");
        String guildId = world.guildOfChannel(channel).id();
        JsonNode definition = commands.find(guildId, path[0])
                .orElseThrow(() -> new IllegalStateException("/" + path[0] + " is not registered for guild " + guildId
                        + " or globally; Discord only sends interactions for registered commands"));
        return dispatch(factory.command(type, definition, path, options, focused, member, channel));
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

    /** Current, non-ephemeral messages of a channel (after edits), oldest first. */
    public List<JsonNode> channelMessages(String channelId) {
        return messages.channelMessages(channelId);
    }

    /** Every create, edit and delete in a channel, with the message as it was at that step. */
    public List<MessageEvent> messageHistory(String channelId) {
        return messages.history(channelId);
    }

    public Optional<JsonNode> message(String messageId) {
        return messages.find(messageId).map(m -> m);
    }

    /** The stored files (with bytes) of a message's attachments. */
    public List<StoredAttachment> attachments(JsonNode message) {
        return java.util.stream.StreamSupport.stream(message.path("attachments").spliterator(), false)
                .flatMap(a -> messages.attachment(a.path("id").asText()).stream())
                .toList();
    }

    /** From now on REST calls on this channel answer 403 / 50013 Missing Permissions. */
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

    // --- records and findings -----------------------------------------------------------------

    public List<WireRecord> records() {
        return wireLog.records();
    }

    /** REST requests the bot made (direction IN), in arrival order. */
    public List<WireRecord> requests() {
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
