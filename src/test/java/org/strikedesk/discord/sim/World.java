package org.strikedesk.discord.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured guilds plus what has happened to channels since: a channel can be made
 * forbidden to the bot (REST answers 403 / 50013) or gone (404 / 10003) while the bot's cache still
 * has it, which is exactly the race a bot must survive.
 */
final class World {
    enum ChannelState {
        OK,
        FORBIDDEN,
        GONE
    }

    private final List<SimGuild> guilds;
    private final Map<String, ChannelState> states = new ConcurrentHashMap<>();

    World(List<SimGuild> guilds) {
        this.guilds = guilds;
    }

    List<SimGuild> guilds() {
        return guilds;
    }

    Optional<SimGuild> guild(String guildId) {
        return guilds.stream().filter(g -> g.id().equals(guildId)).findFirst();
    }

    Optional<SimChannel> channel(String channelId) {
        return guilds.stream().flatMap(g -> g.channel(channelId).stream()).findFirst();
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

    void state(String channelId, ChannelState state) {
        states.put(channelId, state);
    }

    /** The REST error for a channel the bot cannot use, if any. */
    Optional<SimResponse> channelError(String channelId) {
        if (channel(channelId).isEmpty() || states.get(channelId) == ChannelState.GONE) {
            return Optional.of(SimResponse.unknownChannel());
        }
        if (states.get(channelId) == ChannelState.FORBIDDEN) {
            return Optional.of(SimResponse.missingPermissions());
        }
        return Optional.empty();
    }
}
