package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strikedesk.store.Database;

/** Keeps subscriptions: which channels follow what. */
public final class SubscriptionStore {
    private static final String COLUMNS =
            "id, guild_id, channel_id, org_code, created_by, created_in, created_at, mention_role";

    private final Database database;
    private final Clock clock;

    public SubscriptionStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Subscribes a channel; returns empty when it already follows that organisation. */
    public Optional<Subscription> add(String guildId, String channelId, String orgCode, String by, String createdIn) {
        return add(guildId, channelId, orgCode, by, createdIn, Optional.empty());
    }

    /** Subscribes a channel, its posts mentioning {@code role}; returns empty when it already follows that organisation. */
    public Optional<Subscription> add(
            String guildId, String channelId, String orgCode, String by, String createdIn, Optional<String> role) {
        return database.transaction(connection -> {
            String sql = "INSERT OR IGNORE INTO subscriptions (guild_id, channel_id, org_code, created_by, created_in,"
                    + " created_at, mention_role) VALUES (?, ?, ?, ?, ?, ?, ?)";
            Instant now = clock.instant();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, guildId);
                insert.setString(2, channelId);
                insert.setString(3, orgCode);
                insert.setString(4, by);
                insert.setString(5, createdIn);
                insert.setString(6, now.toString());
                insert.setString(7, role.orElse(null));
                if (insert.executeUpdate() == 0) {
                    return Optional.<Subscription>empty();
                }
            }
            clearProblem(connection, channelId);
            return find(connection, channelId, orgCode);
        });
    }

    /**
     * Sets the role a subscription's posts mention (empty: none); returns the subscription as it now is, or empty
     * when the channel does not follow that organisation.
     */
    public Optional<Subscription> mention(String channelId, String orgCode, Optional<String> roleId) {
        return database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE subscriptions SET mention_role = ? WHERE channel_id = ? AND org_code = ?")) {
                update.setString(1, roleId.orElse(null));
                update.setString(2, channelId);
                update.setString(3, orgCode);
                update.executeUpdate();
            }
            return find(connection, channelId, orgCode);
        });
    }

    /** The role a subscription's posts mention, if it chose one (and still exists). */
    public Optional<String> mentionRole(long subscriptionId) {
        return database.read(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT mention_role FROM subscriptions WHERE id = ?")) {
                query.setLong(1, subscriptionId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Removes a subscription; returns whether there was one. */
    public boolean remove(String channelId, String orgCode) {
        return database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM subscriptions WHERE channel_id = ? AND org_code = ?")) {
                delete.setString(1, channelId);
                delete.setString(2, orgCode);
                return delete.executeUpdate() > 0;
            }
        });
    }

    /** A server's subscriptions, by channel. */
    public List<Subscription> inGuild(String guildId) {
        return database.read(connection -> list(
                connection,
                "SELECT " + COLUMNS + " FROM subscriptions WHERE guild_id = ? ORDER BY channel_id, org_code",
                guildId));
    }

    /** Every subscription, inside the caller's transaction. */
    static List<Subscription> all(Connection connection) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM subscriptions ORDER BY id");
    }

    public List<Subscription> all() {
        return database.read(SubscriptionStore::all);
    }

    private static Optional<Subscription> find(Connection connection, String channelId, String orgCode)
            throws SQLException {
        return list(
                        connection,
                        "SELECT " + COLUMNS + " FROM subscriptions WHERE channel_id = ? AND org_code = ?",
                        channelId,
                        orgCode)
                .stream()
                .findFirst();
    }

    static void clearProblem(Connection connection, String channelId) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM channel_problems WHERE channel_id = ?")) {
            delete.setString(1, channelId);
            delete.executeUpdate();
        }
    }

    private static List<Subscription> list(Connection connection, String sql, String... parameters)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<Subscription> subscriptions = new ArrayList<>();
                while (rows.next()) {
                    subscriptions.add(new Subscription(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            Instant.parse(rows.getString(7)),
                            Optional.ofNullable(rows.getString(8))));
                }
                return subscriptions;
            }
        }
    }
}
