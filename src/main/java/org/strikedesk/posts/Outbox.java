package org.strikedesk.posts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.store.Database;

/** The outbox table: posts owed, their attempts, and what Discord answered. */
public final class Outbox {
    static final String COLUMNS =
            "id, channel_id, subscription_id, kind, payload, edit_of, status, attempts, message_id, created_at";
    /** Made when a post is first written or read, not when StrikeDesk starts: a console answer never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private final Database database;

    public Outbox(Database database) {
        this.database = database;
    }

    /** Adds a post inside the caller's transaction and returns its id. */
    static long add(
            Connection connection,
            String channelId,
            Long subscriptionId,
            PostKind kind,
            Long importId,
            PostPayload payload,
            Long editOf,
            Instant now)
            throws SQLException {
        String sql = "INSERT INTO posts (channel_id, subscription_id, kind, import_id, payload, edit_of, status,"
                + " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, channelId);
            setLong(insert, 2, subscriptionId);
            insert.setString(3, kind.id());
            setLong(insert, 4, importId);
            insert.setString(5, json(payload));
            setLong(insert, 6, editOf);
            insert.setString(7, now.toString());
            insert.setString(8, now.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Records that a post speaks of an organisation in a strike. */
    static void cover(Connection connection, long postId, String org, String strike) throws SQLException {
        String sql = "INSERT OR IGNORE INTO post_coverage (post_id, org_code, strike_id) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, postId);
            insert.setString(2, org);
            insert.setString(3, strike);
            insert.executeUpdate();
        }
    }

    /** The newest delivered post in a channel that spoke of this organisation in this strike. */
    static Optional<Long> latestDeliveredCovering(Connection connection, String channelId, String org, String strike)
            throws SQLException {
        String sql = "SELECT max(p.id) FROM posts p JOIN post_coverage c ON c.post_id = p.id WHERE p.channel_id = ?"
                + " AND c.org_code = ? AND c.strike_id = ? AND p.status = 'delivered' AND p.message_id IS NOT NULL"
                + " AND p.kind IN ('release', 'correction', 'summary')";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, channelId);
            query.setString(2, org);
            query.setString(3, strike);
            try (ResultSet rows = query.executeQuery()) {
                long id = rows.next() ? rows.getLong(1) : 0;
                return id == 0 ? Optional.empty() : Optional.of(id);
            }
        }
    }

    /** Posts waiting for delivery whose time has come, oldest first. */
    public List<Post> due(Instant now, int limit) {
        return database.read(connection -> list(
                connection,
                "SELECT " + COLUMNS + " FROM posts WHERE status IN"
                        + " ('pending', 'sending') AND next_attempt_at <= ? ORDER BY id LIMIT " + limit,
                now.toString()));
    }

    public Optional<Post> byId(long id) {
        return database.read(connection -> byId(connection, id));
    }

    static Optional<Post> byId(Connection connection, long id) throws SQLException {
        return list(connection, "SELECT " + COLUMNS + " FROM posts WHERE id = ?", Long.toString(id)).stream()
                .findFirst();
    }

    /** Every post in a channel, oldest first. */
    public List<Post> inChannel(String channelId) {
        return database.read(connection ->
                list(connection, "SELECT " + COLUMNS + " FROM posts WHERE channel_id = ? ORDER BY id", channelId));
    }

    /** How many posts are in each state. */
    public Map<String, Integer> counts() {
        return database.read(connection -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT status, count(*) FROM posts GROUP BY status");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    /** A random id for this store, made once, so nonces never repeat across stores. */
    public String storeId() {
        return database.transaction(connection -> {
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT value FROM store_settings WHERE key = 'store_id'");
                    ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return rows.getString(1);
                }
            }
            byte[] random = new byte[4];
            new SecureRandom().nextBytes(random);
            String id = HexFormat.of().formatHex(random);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO store_settings (key, value) VALUES ('store_id', ?)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
            return id;
        });
    }

    static List<Post> list(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<Post> posts = new ArrayList<>();
                while (rows.next()) {
                    posts.add(read(rows));
                }
                return posts;
            }
        }
    }

    private static Post read(ResultSet rows) throws SQLException {
        long subscription = rows.getLong(3);
        Long subscriptionId = rows.wasNull() ? null : subscription;
        long edit = rows.getLong(6);
        Long editOf = rows.wasNull() ? null : edit;
        return new Post(
                rows.getLong(1),
                rows.getString(2),
                subscriptionId,
                PostKind.byId(rows.getString(4)),
                payload(rows.getString(5)),
                editOf,
                rows.getString(7),
                rows.getInt(8),
                rows.getString(9),
                Instant.parse(rows.getString(10)));
    }

    static String json(PostPayload payload) {
        try {
            return Json.MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a post payload is always serialisable", e);
        }
    }

    static PostPayload payload(String json) {
        try {
            return Json.MAPPER.readValue(json, PostPayload.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored post payload cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Runs an update on one post inside its own transaction. */
    void update(String sql, Object... parameters) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(
                            i + 1, parameters[i] instanceof Instant instant ? instant.toString() : parameters[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    Database database() {
        return database;
    }
}
