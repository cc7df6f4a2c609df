package org.strikedesk.discord.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Builds the JSON objects Discord sends: users, roles, channels, members, guilds and READY. Field
 * sets follow Discord's documented objects closely enough for JDA's entity builder, which requires
 * several arrays (threads, emojis, voice_states...) to be present even when empty.
 */
final class Payloads {
    private Payloads() {}

    /** Discord's timestamp form, e.g. {@code 2024-01-01T09:00:00.000000+00:00}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static ObjectNode user(SimUser user) {
        ObjectNode json = Json.object()
                .put("id", user.id())
                .put("username", user.username())
                .put("discriminator", "0")
                .put("bot", user.bot())
                .put("public_flags", 0);
        json.putNull("avatar");
        if (user.globalName() == null) {
            json.putNull("global_name");
        } else {
            json.put("global_name", user.globalName());
        }
        return json;
    }

    /** The bot's own user as returned by {@code GET /users/@me} and in READY. */
    static ObjectNode selfUser(SimUser bot) {
        return user(bot).put("verified", true).put("mfa_enabled", false).put("flags", 0);
    }

    static ObjectNode role(SimRole role) {
        ObjectNode json = Json.object()
                .put("id", role.id())
                .put("name", role.name())
                .put("color", 0)
                .put("hoist", false)
                .put("position", role.position())
                .put("permissions", Long.toString(role.permissions()))
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        json.putObject("colors").put("primary_color", 0).putNull("secondary_color");
        json.putNull("icon");
        json.putNull("unicode_emoji");
        return json;
    }

    /** A guild channel with its current permission overwrites (allow and deny as decimal strings). */
    static ObjectNode channel(SimChannel channel, List<SimOverwrite> overwrites) {
        ObjectNode json = Json.object()
                .put("id", channel.id())
                .put("type", channel.type())
                .put("guild_id", channel.guildId())
                .put("name", channel.name())
                .put("position", channel.position())
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        json.putNull("parent_id");
        json.putNull("topic");
        json.putNull("last_message_id");
        ArrayNode array = json.putArray("permission_overwrites");
        for (SimOverwrite overwrite : overwrites) {
            array.addObject()
                    .put("id", overwrite.id())
                    .put("type", overwrite.type())
                    .put("allow", Long.toString(overwrite.allow()))
                    .put("deny", Long.toString(overwrite.deny()));
        }
        return json;
    }

    static ObjectNode member(SimMember member, Instant joinedAt) {
        ObjectNode json = Json.object();
        json.set("user", user(member.user()));
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(roles::add);
        json.put("joined_at", timestamp(joinedAt))
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false);
        json.putNull("nick");
        json.putNull("avatar");
        json.putNull("premium_since");
        json.putNull("communication_disabled_until");
        return json;
    }

    /**
     * The full GUILD_CREATE payload, including the bot's own member and each channel's overwrites as they stand, so
     * JDA's cache (which it checks permissions against before any request) agrees with what REST enforces.
     */
    static ObjectNode guildCreate(SimGuild guild, World world, Instant joinedAt) {
        ObjectNode json = Json.object()
                .put("id", guild.id())
                .put("name", guild.name())
                .put("owner_id", guild.ownerId())
                .put("preferred_locale", guild.locale())
                .put("unavailable", false)
                .put("large", false)
                .put("member_count", guild.members().size())
                .put("joined_at", timestamp(joinedAt))
                .put("verification_level", 0)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("afk_timeout", 300)
                .put("system_channel_flags", 0);
        for (String nullField : List.of("icon", "splash", "banner", "description", "afk_channel_id")) {
            json.putNull(nullField);
        }
        for (String empty : List.of("features", "threads", "emojis", "stickers", "voice_states", "presences")) {
            json.putArray(empty);
        }
        json.putArray("guild_scheduled_events");
        json.putArray("stage_instances");
        json.putArray("soundboard_sounds");
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(r -> roles.add(role(r)));
        ArrayNode channels = json.putArray("channels");
        guild.channels().forEach(c -> channels.add(channel(c, world.overwrites(c.id()))));
        ArrayNode members = json.putArray("members");
        guild.members().forEach(m -> members.add(member(m, joinedAt)));
        return json;
    }

    /** READY lists guilds as unavailable; their GUILD_CREATE follows, as on Discord. */
    static ObjectNode ready(SimulatorBuilder config, List<SimGuild> guilds, String sessionId, String resumeUrl) {
        ObjectNode json = Json.object().put("v", 10);
        json.set("user", selfUser(config.botUser));
        ArrayNode guildArray = json.putArray("guilds");
        guilds.forEach(g -> guildArray.addObject().put("id", g.id()).put("unavailable", true));
        json.putArray("private_channels");
        json.putArray("relationships");
        json.put("session_id", sessionId).put("session_type", "normal").put("resume_gateway_url", resumeUrl);
        json.putObject("application").put("id", config.applicationId).put("flags", 0);
        json.putArray("_trace").add("[\"discord-simulator\"]");
        return json;
    }

    /** The application object for {@code GET /applications/@me} and its OAuth2 twin. */
    static ObjectNode application(SimulatorBuilder config) {
        ObjectNode json = Json.object()
                .put("id", config.applicationId)
                .put("name", config.botUser.username())
                .put("description", "")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("flags", 0)
                .put("verify_key", "0000");
        json.putNull("icon");
        json.set("owner", user(SimDefaults.EDITOR));
        json.set("bot", user(config.botUser));
        json.putArray("tags");
        json.putArray("redirect_uris");
        return json;
    }
}
