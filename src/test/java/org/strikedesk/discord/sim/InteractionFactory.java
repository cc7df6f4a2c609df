package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Builds INTERACTION_CREATE payloads the way Discord sends them to a guild-installed bot: the
 * member with their computed permissions, the channel and guild objects, {@code app_permissions},
 * a fresh snowflake id (JDA derives the token expiry from it) and a new token.
 */
final class InteractionFactory {
    private final SimulatorBuilder config;
    private final World world;
    private final MessageStore messages;

    InteractionFactory(SimulatorBuilder config, World world, MessageStore messages) {
        this.config = config;
        this.world = world;
        this.messages = messages;
    }

    /** Application command (type 2) or autocomplete (type 4) for a registered slash command. */
    ObjectNode command(
            int type,
            JsonNode definition,
            String[] path,
            Map<String, ?> values,
            String focused,
            SimMember member,
            String channelId,
            Instant created) {
        ObjectNode d = base(type, member, channelId, created);
        ObjectNode data = d.putObject("data")
                .put("id", definition.path("id").asText())
                .put("name", path[0])
                .put("type", 1);
        if (definition.hasNonNull("guild_id")) {
            data.put("guild_id", definition.path("guild_id").asText());
        }
        ObjectNode resolved = Json.object();
        OptionValues options = new OptionValues(world, member, messages, channelId, resolved);
        Level leaf = subCommands(data.putArray("options"), definition, path);
        options.fill(leaf.options(), leaf.definitions(), values, focused, type == Interaction.COMMAND);
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return d;
    }

    /**
     * Nests sub-command groups and sub-commands named in the path ({@code admin ingest}) as options,
     * as Discord does; returns where the leaf options go and their definitions.
     */
    private static Level subCommands(ArrayNode target, JsonNode definition, String[] path) {
        Level level = new Level(target, definition.path("options"));
        for (int i = 1; i < path.length; i++) {
            JsonNode sub = OptionValues.definition(level.definitions(), path[i], String.join(" ", path));
            ObjectNode node = level.options()
                    .addObject()
                    .put("name", path[i])
                    .put("type", sub.path("type").asInt());
            level = new Level(node.putArray("options"), sub.path("options"));
        }
        return level;
    }

    /** Where option values go, and the definitions that type them. */
    private record Level(ArrayNode options, JsonNode definitions) {}

    /** A button click (type 3) on a message the bot sent. */
    ObjectNode button(String customId, JsonNode message, SimMember member, Instant created) {
        ObjectNode d =
                base(Interaction.COMPONENT, member, message.path("channel_id").asText(), created);
        d.putObject("data").put("custom_id", customId).put("component_type", 2);
        d.set("message", message.deepCopy());
        return d;
    }

    /** The fields every guild interaction carries; {@code created} is the time in its snowflake id. */
    private ObjectNode base(int type, SimMember member, String channelId, Instant created) {
        SimGuild guild = world.guildOfChannel(channelId);
        SimChannel channel = world.channel(channelId).orElseThrow();
        String permissions = Long.toString(world.explicitPermissions(channelId, member));
        ObjectNode d = Json.object()
                .put("id", Snowflakes.nextAt(created))
                .put("application_id", config.applicationId)
                .put("type", type)
                .put("token", "sim-interaction-" + UUID.randomUUID().toString().replace("-", ""))
                .put("version", 1)
                .put("guild_id", guild.id())
                .put("channel_id", channelId)
                .put("app_permissions", Long.toString(appPermissions(guild, channelId)))
                .put("locale", "en-GB")
                .put("guild_locale", guild.locale())
                .put("context", 0)
                .put("attachment_size_limit", DiscordRules.MAX_FILE_BYTES);
        d.set("channel", Payloads.channel(channel, world.overwrites(channelId)).put("permissions", permissions));
        d.putObject("guild").put("id", guild.id()).put("locale", guild.locale()).putArray("features");
        d.set(
                "member",
                Payloads.member(member, Instant.parse("2024-01-01T09:00:00Z")).put("permissions", permissions));
        d.putArray("entitlements");
        d.putObject("authorizing_integration_owners").put("0", guild.id());
        return d;
    }

    /**
     * The bot's permissions in the channel, overwrites included; for an app added without its bot user, @everyone's
     * permissions limited to Attach Files, Embed Links, Mention Everyone and Use External Emojis (docs
     * {@code change-log.mdx}, "Calculated Permissions in Interaction Payloads"). JDA never reads it.
     */
    private long appPermissions(SimGuild guild, String channelId) {
        return guild.member(config.botUser.id())
                .map(bot -> world.explicitPermissions(channelId, bot))
                .orElseGet(() -> guild.roles().stream()
                                .filter(r -> r.id().equals(guild.id()))
                                .mapToLong(SimRole::permissions)
                                .sum()
                        & (Permissions.ATTACH_FILES
                                | Permissions.EMBED_LINKS
                                | Permissions.MENTION_EVERYONE
                                | Permissions.USE_EXTERNAL_EMOJIS));
    }
}
