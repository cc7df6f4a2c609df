package org.strikedesk.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many gateway shards the bot is split into, and which of them this process runs. Discord routes each server to
 * shard {@code (guild_id >> 22) % total} (docs {@code events/gateway.mdx}, "Sharding Formula"); a process runs the
 * shards {@code from} to {@code to}, both included, and posts only for the servers of those shards, so several
 * processes on one machine can share one store.
 *
 * @param total how many shards in all; 0 for as many as Discord recommends ({@code GET /gateway/bot}), all run here
 * @param from the first shard this process runs
 * @param to the last shard this process runs
 */
public record ShardsConfig(int total, int from, int to) {
    /** As many shards as Discord recommends, every one of them in this process: a single process, as by default. */
    public static final ShardsConfig RECOMMENDED = new ShardsConfig(0, 0, 0);

    /** Discord has no upper bound, but a total past this is a typo for a bot this size. */
    static final int MOST = 10_000;

    public ShardsConfig {
        if (total < 0 || total > MOST) {
            throw new ConfigException("discord.shards.total must be from 1 to " + MOST
                    + ", or left out for as many as Discord recommends, not " + total);
        }
        if (total == 0 && (from != 0 || to != 0)) {
            throw new ConfigException("discord.shards.from and discord.shards.to need discord.shards.total: a range"
                    + " of shards means nothing without the number of shards in all");
        }
        if (total > 0 && (from < 0 || from >= total)) {
            throw new ConfigException("discord.shards.from must be from 0 to " + (total - 1)
                    + " (discord.shards.total less one), not " + from);
        }
        if (total > 0 && (to < from || to >= total)) {
            throw new ConfigException("discord.shards.to must be from " + from + " (discord.shards.from) to "
                    + (total - 1) + " (discord.shards.total less one), not " + to);
        }
    }

    /** Reads the config section: {@code from} left out is 0, {@code to} left out is the last shard. */
    @JsonCreator
    static ShardsConfig of(
            @JsonProperty("total") Integer total, @JsonProperty("from") Integer from, @JsonProperty("to") Integer to) {
        if (total == null) {
            if (from != null || to != null) {
                throw new ConfigException("discord.shards.from and discord.shards.to need discord.shards.total: a"
                        + " range of shards means nothing without the number of shards in all");
            }
            return RECOMMENDED;
        }
        if (total < 1) {
            throw new ConfigException("discord.shards.total must be from 1 to " + MOST
                    + ", or left out for as many as Discord recommends, not " + total);
        }
        return new ShardsConfig(total, from == null ? 0 : from, to == null ? total - 1 : to);
    }

    /** Every shard in this one process: the given total, all of it here. */
    public static ShardsConfig all(int total) {
        return new ShardsConfig(total, 0, total - 1);
    }

    /** Whether the number of shards is left to Discord (and this process runs them all). */
    public boolean recommended() {
        return total == 0;
    }

    /** Whether this process runs every shard there is, and so speaks for every server. */
    public boolean everyShard() {
        return recommended() || (from == 0 && to == total - 1);
    }

    /** Whether this process runs shard 0: the one that registers global commands and watches for new data. */
    public boolean runsFirst() {
        return from == 0;
    }

    /** The shard a server belongs to, by Discord's formula; with the total left to Discord, 0. */
    public int shardOf(long guildId) {
        return recommended() ? 0 : (int) ((guildId >>> 22) % total);
    }

    /** Whether the server belongs to a shard this process runs. */
    public boolean owns(long guildId) {
        int shard = shardOf(guildId);
        return everyShard() || (shard >= from && shard <= to);
    }

    /** For the log: "shards 0–1 of 4", "shard 3 of 4", or "as many shards as Discord recommends". */
    public String inWords() {
        if (recommended()) {
            return "as many shards as Discord recommends";
        }
        return (from == to ? "shard " + from : "shards " + from + "\u2013" + to) + " of " + total;
    }
}
