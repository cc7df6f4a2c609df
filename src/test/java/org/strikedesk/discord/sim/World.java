package org.strikedesk.discord.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured guilds plus what has happened to them since: each channel's current permission overwrites, and
 * channels made forbidden to the bot (REST answers 403 / 50013) or gone (404 / 10003) while the bot's cache still
 * has them, which is exactly the race a bot must survive.
 */
final class World {
    enum ChannelState {
        OK,
        FORBIDDEN,
        GONE
    }

    private final List<SimGuild> guilds;
    private final String botId;
    private final Map<String, ChannelState> states = new ConcurrentHashMap<>();
    private final Map<String, List<SimOverwrite>> overwrites = new ConcurrentHashMap<>();
    /** DM channels between the bot and a user, by channel id. */
    private final Map<String, SimUser> directChannels = new ConcurrentHashMap<>();

    /** The guilds and their channels by id: a sharded bot's world holds thousands. */
    private final Map<String, SimGuild> guildsById = new HashMap<>();

    private final Map<String, SimChannel> channelsById = new HashMap<>();

    World(List<SimGuild> guilds, String botId) {
        this.guilds = guilds;
        this.botId = botId;
        guilds.forEach(g -> g.channels().forEach(c -> overwrites.put(c.id(), c.overwrites())));
        guilds.forEach(g -> guildsById.putIfAbsent(g.id(), g));
        guilds.forEach(g -> g.channels().forEach(c -> channelsById.putIfAbsent(c.id(), c)));
    }

    List<SimGuild> guilds() {
        return guilds;
    }

    /** The guilds the bot user is a member of: what READY lists and GUILD_CREATE describes. */
    List<SimGuild> guildsWithBot() {
        return guilds.stream().filter(g -> g.member(botId).isPresent()).toList();
    }

    Optional<SimGuild> guild(String guildId) {
        return Optional.ofNullable(guildsById.get(guildId));
    }

    Optional<SimChannel> channel(String channelId) {
        return Optional.ofNullable(channelsById.get(channelId));
    }

    SimGuild guildOfChannel(String channelId) {
        return channel(channelId)
                .flatMap(c -> guild(c.guildId()))
                .orElseThrow(() -> new IllegalArgumentException("unknown channel " + channelId));
    }

    /** A member of the guild that owns the channel. */
    SimMember member(String channelId, String userId) {
        SimGuild guild = guildOfChannel(channelId);
        return guild.member(userId)
                .orElseThrow(() -> new IllegalArgumentException("user " + userId + " is not in " + guild.name()));
    }

    SimGuild firstGuild() {
        return guilds.get(0);
    }

    /** The channel's permission overwrites as they stand now. */
    List<SimOverwrite> overwrites(String channelId) {
        return overwrites.getOrDefault(channelId, List.of());
    }

    void overwrites(String channelId, List<SimOverwrite> replacement) {
        overwrites.put(channelId, List.copyOf(replacement));
    }

    /** A member's permissions in a channel after overwrites, as an interaction reports them (no implicit rules). */
    long explicitPermissions(String channelId, SimMember member) {
        return ChannelPermissions.explicit(guildOfChannel(channelId), member, overwrites(channelId));
    }

    /** The bot's own member in the guild of a channel, if the bot user is in that guild. */
    Optional<SimMember> botMember(String channelId) {
        return guildOfChannel(channelId).member(botId);
    }

    /**
     * What the bot can do in a DM: read, send, embed, attach and read history. Discord gives DMs no permission
     * overwrites; these are the text permissions it reports as an interaction's {@code app_permissions} there.
     */
    static final long DIRECT_PERMISSIONS = Permissions.VIEW_CHANNEL
            | Permissions.SEND_MESSAGES
            | Permissions.EMBED_LINKS
            | Permissions.ATTACH_FILES
            | Permissions.READ_MESSAGE_HISTORY;

    /**
     * What the bot can really do in a channel (implicit rules applied); nothing where it is not a member; in a DM,
     * {@link #DIRECT_PERMISSIONS}.
     */
    long botPermissions(String channelId) {
        if (isDirect(channelId)) {
            return DIRECT_PERMISSIONS;
        }
        return botMember(channelId)
                .map(bot -> ChannelPermissions.effective(guildOfChannel(channelId), bot, overwrites(channelId)))
                .orElse(0L);
    }

    void state(String channelId, ChannelState state) {
        states.put(channelId, state);
    }

    /** The DM channel between the bot and this user, opened on first use (a snowflake id, as Discord's). */
    synchronized String directChannel(SimUser user) {
        return directChannels.entrySet().stream()
                .filter(entry -> entry.getValue().id().equals(user.id()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> {
                    String id = Snowflakes.next();
                    directChannels.put(id, user);
                    return id;
                });
    }

    boolean isDirect(String channelId) {
        return directChannels.containsKey(channelId);
    }

    /** The REST error for a channel the bot cannot use at all, if any; permissions are checked per route. */
    Optional<SimResponse> channelError(String channelId) {
        if (isDirect(channelId)) {
            return Optional.empty();
        }
        if (channel(channelId).isEmpty() || states.get(channelId) == ChannelState.GONE) {
            return Optional.of(SimResponse.unknownChannel());
        }
        if (states.get(channelId) == ChannelState.FORBIDDEN) {
            return Optional.of(SimResponse.missingPermissions());
        }
        if ((botPermissions(channelId) & Permissions.VIEW_CHANNEL) == 0) {
            return Optional.of(SimResponse.missingAccess());
        }
        return Optional.empty();
    }
}
