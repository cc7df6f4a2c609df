package org.strikedesk.discord;

import java.util.ArrayList;
import java.util.List;
import org.strikedesk.discord.sim.DiscordSimulator;
import org.strikedesk.discord.sim.SimDefaults;
import org.strikedesk.discord.sim.SimulatorBuilder;

/**
 * Synthetic servers spread over shards for tests and benchmarks: server {@code i} has a snowflake whose timestamp is
 * {@link #BASE_MILLIS} + {@code i}, so by Discord's formula {@code (guild_id >> 22) % shards} it belongs to shard
 * {@code i % shards} (BASE_MILLIS is a multiple of every shard count used here). Each has one text channel, the bot
 * with the permissions it needs, and the reporter to ask it things.
 */
public final class ShardedWorld {
    /** About ten years after Discord's epoch: ids of 19 digits, as real servers' are. */
    static final long BASE_MILLIS = 300_000_000_000L;

    private ShardedWorld() {}

    /** The id of server {@code i}. */
    public static String guild(int i) {
        return Long.toUnsignedString((BASE_MILLIS + i) << 22);
    }

    /** The id of server {@code i}'s text channel. */
    public static String channel(int i) {
        return Long.toUnsignedString(((BASE_MILLIS + i) << 22) | 1);
    }

    private static String botRole(int i) {
        return Long.toUnsignedString(((BASE_MILLIS + i) << 22) | 2);
    }

    /** Adds {@code count} servers to a simulator's world. */
    public static SimulatorBuilder servers(SimulatorBuilder world, int count) {
        for (int i = 0; i < count; i++) {
            int n = i;
            world.guild(g -> g.id(guild(n))
                    .name("Synthetic newsroom " + n)
                    .textChannel(channel(n), "news")
                    .botPermissions(botRole(n), SimDefaults.BOT_PERMISSIONS)
                    .member(SimDefaults.REPORTER));
        }
        return world;
    }

    /** The servers of {@code count} that belong to a shard, by the simulator's own routing. */
    public static List<Integer> onShard(int count, int shard, int shards) {
        List<Integer> servers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (DiscordSimulator.shardOf(guild(i), shards) == shard) {
                servers.add(i);
            }
        }
        return servers;
    }
}
