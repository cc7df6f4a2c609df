package org.strikedesk.discord.sim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fluent description of a slash command or autocomplete a user triggers, e.g.
 * {@code sim.command("ask").option("question", "Who is striking?").by(SimDefaults.EDITOR).send()}.
 * Sub-commands are given in the path: {@code sim.command("admin ingest")}. Option values are typed
 * by the registered definition; users, channels and roles may be given as ids or Sim* records.
 */
public final class InteractionBuilder {
    private final DiscordSimulator simulator;
    private final String commandPath;
    private final Map<String, Object> options = new LinkedHashMap<>();
    private SimUser user;
    private String channelId;
    private int context = InteractionContext.GUILD;
    private int integrationType = InteractionContext.GUILD_INSTALL;
    private Duration age = Duration.ZERO;

    /** Everything a user's command consists of, as the simulator turns it into INTERACTION_CREATE. */
    record Asked(
            int type,
            String commandPath,
            Map<String, ?> options,
            String focused,
            SimUser by,
            String channelId,
            int context,
            int integrationType,
            Duration age) {}

    InteractionBuilder(DiscordSimulator simulator, String commandPath) {
        this.simulator = simulator;
        this.commandPath = commandPath;
    }

    public InteractionBuilder option(String name, Object value) {
        options.put(name, value);
        return this;
    }

    public InteractionBuilder options(Map<String, ?> values) {
        options.putAll(values);
        return this;
    }

    /** An ATTACHMENT option: the simulator stores the file and serves it at the attachment's URL. */
    public InteractionBuilder attachment(String optionName, String filename, byte[] content) {
        return option(optionName, Upload.of(filename, content));
    }

    /** Who runs the command (default: the reporter, or the first member in a custom guild). */
    public InteractionBuilder by(SimUser member) {
        this.user = member;
        return this;
    }

    /** Where the command is run (default: #desk, or the first channel in a custom guild). */
    public InteractionBuilder in(String channel) {
        this.channelId = channel;
        return this;
    }

    /**
     * The user tries the command in their direct messages with the bot (context BOT_DM). Discord offers it there only
     * if the command lists that context; sending fails otherwise, as the user could not have run it.
     */
    public InteractionBuilder inDirectMessage() {
        this.context = InteractionContext.BOT_DM;
        return this;
    }

    /** The user tries the command through an install to their own account (USER_INSTALL). */
    public InteractionBuilder installedToUser() {
        this.integrationType = InteractionContext.USER_INSTALL;
        return this;
    }

    /**
     * The interaction was created this long before it is sent: Discord made it, then could not hand it to the bot
     * at once. Its id carries the earlier time, which is what its 3-second deadline runs from.
     */
    public InteractionBuilder createdAgo(Duration howLong) {
        this.age = howLong;
        return this;
    }

    /** Sends the slash command as INTERACTION_CREATE (type 2). */
    public Interaction send() {
        return simulator.dispatchCommand(new Asked(
                Interaction.COMMAND, commandPath, options, null, user, channelId, context, integrationType, age));
    }

    /** Sends an autocomplete request (type 4) with {@code focusedOption} holding what the user typed. */
    public Interaction autocomplete(String focusedOption, String typed) {
        Map<String, Object> all = new LinkedHashMap<>(options);
        all.put(focusedOption, typed);
        return simulator.dispatchCommand(new Asked(
                Interaction.AUTOCOMPLETE,
                commandPath,
                all,
                focusedOption,
                user,
                channelId,
                context,
                integrationType,
                age));
    }
}
