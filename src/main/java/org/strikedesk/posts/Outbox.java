package org.strikedesk.posts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.strikedesk.config.ShardsConfig;
import org.strikedesk.figures.Figure;
import org.strikedesk.store.Database;

/**
 * The outbox: the {@code posts} table and what each post covers. It is the only class that queries them; how a
 * post, its {@link PostStatus} and its {@link PostKind} are stored is {@link PostRows}'. Methods that take a
 * connection work inside the caller's transaction; the others run their own.
 */
public final class Outbox {
    private static final String COLUMNS =
            "id, guild_id, channel_id, subscription_id, kind, import_id, payload, edit_of, status,"
                    + " attempts, message_id, created_at, first_attempt_at";
    private static final List<PostStatus> WAITING = statuses(PostStatus::waiting);
    private static final List<PostKind> REVISABLE = kinds(PostKind::revisable);
    private static final List<PostKind> MERGEABLE = kinds(PostKind::mergeable);

    /** A post whose server belongs to a shard in a range: total, from, to. Snowflakes fit SQLite's integers. */
    private static final String OWNED =
            " AND guild_id IS NOT NULL AND ((CAST(guild_id AS INTEGER) >> 22) % ?) BETWEEN ? AND ?";

    private final Database database;

    public Outbox(Database database) {
        this.database = database;
    }

    // Writing posts, inside the caller's transaction.

    /** Adds a post, pending and due now, and returns its id. */
    static long add(Connection connection, Post.Owed owed, Instant now) throws SQLException {
        return add(connection, owed, PostStatus.PENDING, now);
    }

    /** Adds a post in {@code status} (pending, or held with its import), due now, and returns its id. */
    static long add(Connection connection, Post.Owed owed, PostStatus status, Instant now) throws SQLException {
        if (status != PostStatus.PENDING && status != PostStatus.HELD) {
            throw new IllegalArgumentException("a post is owed pending, or held with its import, not " + status);
        }
        String sql = "INSERT INTO posts (guild_id, channel_id, subscription_id, kind, import_id, payload, edit_of,"
                + " status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            PostRows.bind(
                    insert,
                    owed.guildId(),
                    owed.channelId(),
                    owed.subscriptionId(),
                    owed.kind(),
                    owed.importId(),
                    owed.payload().toJson(),
                    owed.editOf(),
                    status,
                    now,
                    now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Owes a notice to people, such as a review card to the editors' channel, inside the caller's transaction: due
     * now, or held with the import it is about when {@code status} says so. Returns its id. The channel's server is
     * not known here; the process whose shards see the channel records it (see {@link #place}).
     *
     * @param channelId where it goes
     * @param kind a kind of notice: {@link PostKind#notice()}
     * @param importId the import it is about, or null
     * @param payload what it says: {@link PostPayload#notice}
     */
    public static long owe(
            Connection connection, String channelId, PostKind kind, Long importId, PostPayload payload, Instant now)
            throws SQLException {
        if (!kind.notice()) {
            throw new IllegalArgumentException(kind + " posts are owed by imports and schedules, not as notices");
        }
        return add(connection, Post.Owed.notice(null, channelId, kind, importId, payload), now);
    }

    /** Records that a post speaks of an organisation in a strike. */
    static void cover(Connection connection, long postId, Figure.Scope scope) throws SQLException {
        String sql = "INSERT OR IGNORE INTO post_coverage (post_id, org_code, strike_id) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            PostRows.bind(insert, postId, scope.orgCode(), scope.strikeId());
            insert.executeUpdate();
        }
    }

    /** Marks waiting posts as merged into a summary. */
    static void merged(Connection connection, List<Post> posts, long summaryId) throws SQLException {
        try (PreparedStatement mark =
                connection.prepareStatement("UPDATE posts SET status = ?, merged_into = ? WHERE id = ?")) {
            for (Post post : posts) {
                PostRows.bind(mark, PostStatus.MERGED, summaryId, post.id());
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    /** Lets the posts a held import owes go out: they are due now. Returns how many. */
    static int release(Connection connection, long importId, Instant now) throws SQLException {
        String sql = "UPDATE posts SET status = ?, next_attempt_at = ? WHERE import_id = ? AND status = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            PostRows.bind(update, PostStatus.PENDING, now, importId, PostStatus.HELD);
            return update.executeUpdate();
        }
    }

    /** Withdraws the posts a held import owes: they are never sent. Returns how many. */
    static int withdraw(Connection connection, long importId) throws SQLException {
        String sql = "UPDATE posts SET status = ? WHERE import_id = ? AND status = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            PostRows.bind(update, PostStatus.WITHDRAWN, importId, PostStatus.HELD);
            return update.executeUpdate();
        }
    }

    /** Marks a post as failed for good. */
    static void failed(Connection connection, long postId, String reason) throws SQLException {
        update(
                connection,
                "UPDATE posts SET status = ?, last_error = ? WHERE id = ?",
                PostStatus.FAILED,
                reason,
                postId);
    }

    // Reading posts, inside the caller's transaction.

    /** The newest delivered post in a channel that reported figures of this organisation in this strike. */
    static Optional<Long> latestDeliveredCovering(Connection connection, String channelId, Figure.Scope scope)
            throws SQLException {
        String sql = "SELECT max(p.id) FROM posts p JOIN post_coverage c ON c.post_id = p.id WHERE p.channel_id = ?"
                + " AND c.org_code = ? AND c.strike_id = ? AND p.status = ? AND p.message_id IS NOT NULL"
                + " AND p.kind IN (" + PostRows.placeholders(REVISABLE) + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            PostRows.bind(query, channelId, scope.orgCode(), scope.strikeId(), PostStatus.DELIVERED, REVISABLE);
            try (ResultSet rows = query.executeQuery()) {
                long id = rows.next() ? rows.getLong(1) : 0;
                return id == 0 ? Optional.empty() : Optional.of(id);
            }
        }
    }

    /** Channels with mergeable posts, never attempted, from at least {@code imports} different imports. */
    static List<String> backlogged(Connection connection, int imports) throws SQLException {
        String sql = "SELECT channel_id FROM posts WHERE status = ? AND attempts = 0 AND kind IN ("
                + PostRows.placeholders(MERGEABLE) + ") GROUP BY channel_id HAVING count(DISTINCT import_id) >= ?";
        List<String> channels = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            PostRows.bind(query, PostStatus.PENDING, MERGEABLE, imports);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    channels.add(rows.getString(1));
                }
            }
        }
        return channels;
    }

    /** A channel's mergeable posts that were never attempted, oldest first. */
    static List<Post> mergeable(Connection connection, String channelId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM posts WHERE channel_id = ? AND status = ? AND attempts = 0"
                + " AND kind IN (" + PostRows.placeholders(MERGEABLE) + ") ORDER BY id";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            PostRows.bind(query, channelId, PostStatus.PENDING, MERGEABLE);
            return PostRows.posts(query);
        }
    }

    static Optional<Post> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM posts WHERE id = ?")) {
            PostRows.bind(query, id);
            return PostRows.posts(query).stream().findFirst();
        }
    }

    // Each in its own transaction.

    /**
     * Posts waiting for delivery whose time has come, oldest first, for the servers of {@code shards}: with every
     * shard, all of them (those whose server is not known too); with a range, only those whose server belongs to a
     * shard in it, by Discord's formula {@code (guild_id >> 22) % total}.
     */
    public List<Post> due(Instant now, int limit, ShardsConfig shards) {
        return database.read(connection -> {
            String sql = "SELECT " + COLUMNS + " FROM posts WHERE status IN (" + PostRows.placeholders(WAITING)
                    + ") AND next_attempt_at <= ?" + (shards.everyShard() ? "" : OWNED) + " ORDER BY id LIMIT ?";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (shards.everyShard()) {
                    PostRows.bind(query, WAITING, now, limit);
                } else {
                    PostRows.bind(query, WAITING, now, shards.total(), shards.from(), shards.to(), limit);
                }
                return PostRows.posts(query);
            }
        });
    }

    /** The channels of waiting posts whose server the store does not know: a digest's, the editors' channel. */
    public List<String> unplaced() {
        return database.read(connection -> {
            String sql = "SELECT DISTINCT channel_id FROM posts WHERE guild_id IS NULL AND status IN ("
                    + PostRows.placeholders(WAITING) + ") ORDER BY channel_id";
            List<String> channels = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                PostRows.bind(query, WAITING);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        channels.add(rows.getString(1));
                    }
                }
            }
            return channels;
        });
    }

    /**
     * Records the server of a channel on its posts that did not know it; returns how many. Only a process whose
     * shards see the channel knows its server, and a server belongs to one shard, so one process places them.
     */
    public int place(String channelId, String guildId) {
        return transaction(
                "UPDATE posts SET guild_id = ? WHERE channel_id = ? AND guild_id IS NULL", guildId, channelId);
    }

    public Optional<Post> byId(long id) {
        return database.read(connection -> byId(connection, id));
    }

    /**
     * The message a correction corrects: the earlier post that its import's edit for the same subscription changes,
     * once that post was delivered. Empty for any other post, or when there is none.
     */
    public Optional<String> corrected(Post post) {
        Post.Owed owed = post.owed();
        if (owed.kind() != PostKind.CORRECTION || owed.importId() == null || owed.subscriptionId() == null) {
            return Optional.empty();
        }
        return database.read(connection -> {
            String sql = "SELECT earlier.message_id FROM posts edit JOIN posts earlier ON earlier.id = edit.edit_of"
                    + " WHERE edit.kind = ? AND edit.import_id = ? AND edit.subscription_id = ?"
                    + " AND earlier.message_id IS NOT NULL ORDER BY edit.id LIMIT 1";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                PostRows.bind(query, PostKind.EDIT, owed.importId(), owed.subscriptionId());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Every post in a channel, oldest first. */
    public List<Post> inChannel(String channelId) {
        return database.read(connection -> {
            try (PreparedStatement query =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM posts WHERE channel_id = ? ORDER BY id")) {
                PostRows.bind(query, channelId);
                return PostRows.posts(query);
            }
        });
    }

    /** How many posts are in each state; a state no post is in is missing. */
    public Map<PostStatus, Integer> counts() {
        return database.read(connection -> {
            Map<PostStatus, Integer> counts = new EnumMap<>(PostStatus.class);
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT status, count(*) FROM posts GROUP BY status");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(PostRows.status(rows.getString(1)), rows.getInt(2));
                }
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /**
     * Claims a post for one attempt at delivery: marks it as being sent, counts the attempt, keeps when the first
     * attempt was, and sets when it is due again if this one is lost. It is claimed only if it is still waiting and no
     * attempt has been counted since {@code post} was read: when two processes find the same post due (two bots
     * started on one store, or shard ranges that overlap), one claims it and the other leaves it, so it is sent once.
     *
     * @return whether this process claimed it, and may send it
     */
    boolean claim(Post post, Instant now, Instant dueAgain) {
        return transaction(
                        "UPDATE posts SET status = ?, attempts = attempts + 1,"
                                + " first_attempt_at = coalesce(first_attempt_at, ?), next_attempt_at = ?"
                                + " WHERE id = ? AND attempts = ? AND status IN (" + PostRows.placeholders(WAITING)
                                + ")",
                        PostStatus.SENDING,
                        now,
                        dueAgain,
                        post.id(),
                        post.progress().attempts(),
                        WAITING)
                == 1;
    }

    /** The posts that failed for good, newest first, with why: what {@code /status} lists. */
    public List<Failure> failures(int limit) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT channel_id, last_error FROM posts" + " WHERE status = ? ORDER BY id DESC LIMIT ?")) {
                PostRows.bind(query, PostStatus.FAILED, limit);
                try (ResultSet rows = query.executeQuery()) {
                    List<Failure> failures = new ArrayList<>();
                    while (rows.next()) {
                        failures.add(new Failure(rows.getString(1), rows.getString(2)));
                    }
                    return failures;
                }
            }
        });
    }

    /**
     * A post that will not be sent.
     *
     * @param channelId where it was to go
     * @param reason why it will not be sent
     */
    public record Failure(String channelId, String reason) {}

    /** Records that the platform accepted a post as the message {@code messageId}. */
    void delivered(long postId, String messageId, Instant now) {
        transaction(
                "UPDATE posts SET status = ?, message_id = ?, delivered_at = ?, last_error = NULL WHERE id = ?",
                PostStatus.DELIVERED,
                messageId,
                now,
                postId);
    }

    /** Puts a post back to wait for its next attempt, saying why this one failed. */
    void retry(long postId, String reason) {
        transaction("UPDATE posts SET status = ?, last_error = ? WHERE id = ?", PostStatus.PENDING, reason, postId);
    }

    /** Marks a post as failed for good. */
    void failed(long postId, String reason) {
        database.transaction(connection -> {
            failed(connection, postId, reason);
            return null;
        });
    }

    Database database() {
        return database;
    }

    /** Runs one update in a transaction of its own; returns how many posts it changed. */
    private int transaction(String sql, Object... values) {
        return database.transaction(connection -> update(connection, sql, values));
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            PostRows.bind(update, values);
            return update.executeUpdate();
        }
    }

    private static List<PostStatus> statuses(Predicate<PostStatus> which) {
        return Arrays.stream(PostStatus.values()).filter(which).toList();
    }

    private static List<PostKind> kinds(Predicate<PostKind> which) {
        return Arrays.stream(PostKind.values()).filter(which).toList();
    }
}
