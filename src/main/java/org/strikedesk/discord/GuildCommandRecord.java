package org.strikedesk.discord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.store.Database;

/**
 * What the store remembers of the bot's guild commands: the servers where it registered them ({@code discord.guilds}),
 * until a global start has emptied them again, and the shards whose servers a global start has swept once.
 */
final class GuildCommandRecord {
    private final Database database;
    private final Clock clock;

    GuildCommandRecord(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Remembers that the bot registers (or may have registered) its commands in the server. */
    void registering(String guildId) {
        database.transaction(connection -> remember(connection, guildId));
    }

    private int remember(Connection connection, String guildId) throws SQLException {
        String sql = "INSERT OR IGNORE INTO guild_commands (guild_id, registered_at) VALUES (?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, guildId);
            insert.setString(2, clock.instant().toString());
            return insert.executeUpdate();
        }
    }

    /** The servers of the running shards where guild commands may still be registered. */
    List<String> registeredIn(ShardsConfig running) {
        List<String> all = database.read(connection -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT guild_id FROM guild_commands");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        });
        return all.stream().filter(id -> running.owns(Long.parseLong(id))).toList();
    }

    /** Forgets the server: Discord has confirmed that its own command list is empty. */
    void cleared(String guildId) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM guild_commands WHERE guild_id = ?")) {
                delete.setString(1, guildId);
                return delete.executeUpdate();
            }
        });
    }

    /** Whether a global start has swept the servers of every shard this process runs, at the current shard total. */
    boolean hasSwept(ShardsConfig running) {
        int count = database.read(connection -> {
            String sql = "SELECT count(*) FROM command_sweeps WHERE shards = ? AND shard BETWEEN ? AND ?";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setInt(1, running.total());
                select.setInt(2, running.from());
                select.setInt(3, running.to());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getInt(1) : 0;
                }
            }
        });
        return count == running.to() - running.from() + 1;
    }

    /**
     * Remembers, in one transaction, that the servers of every shard this process runs have been swept: the servers
     * emptied are forgotten, and those that could not be emptied remembered, to be tried again at the next start.
     * One write for the whole sweep: thousands of them would each wait their turn with the other processes' writes.
     */
    void swept(ShardsConfig running, List<String> emptied, List<String> failed) {
        database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM guild_commands WHERE guild_id = ?")) {
                for (String guildId : emptied) {
                    delete.setString(1, guildId);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            for (String guildId : failed) {
                remember(connection, guildId);
            }
            for (int shard = running.from(); shard <= running.to(); shard++) {
                sweep(connection, shard, running.total());
            }
            return null;
        });
    }

    private void sweep(Connection connection, int shard, int total) throws SQLException {
        String sql = "INSERT OR IGNORE INTO command_sweeps (shard, shards, swept_at) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setInt(1, shard);
            insert.setInt(2, total);
            insert.setString(3, clock.instant().toString());
            insert.executeUpdate();
        }
    }
}
