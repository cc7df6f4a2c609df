package org.strikedesk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sets of figures replies showed, each stored once in {@code figure_sets} and {@code figure_set_members} and
 * named by a digest of its contents: a pull points at the set it showed, so a busy bot answering the same question
 * again writes one row, not dozens. It remembers the sets it wrote lately, so that it need not look them up.
 */
final class FigureSets {
    /** How many sets are remembered: enough for the questions a newsroom asks between two revisions. */
    private static final int REMEMBERED = 512;

    /**
     * A set as the store has it. The digest goes with the id so that a remembered set is used only while the store
     * still holds it under that id: a set may have been deleted since (audit.keep, perhaps by another StrikeDesk) and
     * its id given to another, or the transaction that wrote it rolled back.
     */
    record Stored(long id, String digest) {}

    /** Touched only inside the store's transactions, which run one at a time (the store's write lock). */
    private final Map<List<ShownFigure>, Stored> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<ShownFigure>, Stored> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The set of these figures as remembered, which the caller must check is still stored. */
    Optional<Stored> remembered(List<ShownFigure> figures) {
        return Optional.ofNullable(remembered.get(figures));
    }

    /** The set of these figures in the store, written now if it is not there yet; remembered from now on. */
    Stored store(Connection connection, List<ShownFigure> figures) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        figures.forEach(figure -> lines.add(line(figure)));
        String digest = digest(lines);
        Stored stored = find(connection, digest).orElse(null);
        if (stored == null) {
            stored = insert(connection, digest, figures);
        }
        remembered.put(List.copyOf(figures), stored);
        return stored;
    }

    /** A figure as one line of the text the digest is taken of: strike, organisation, day, metric, value. */
    private static String line(ShownFigure figure) {
        var key = figure.key();
        return String.join(
                "\t",
                key.strikeId(),
                key.orgCode(),
                key.day() == null ? "" : key.day().toString(),
                key.metric().id(),
                Long.toString(figure.value()));
    }

    private static String digest(SortedSet<String> lines) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha256.update(line.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static Optional<Stored> find(Connection connection, String digest) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM figure_sets WHERE digest = ?")) {
            query.setString(1, digest);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Stored(rows.getLong(1), digest)) : Optional.empty();
            }
        }
    }

    private static Stored insert(Connection connection, String digest, List<ShownFigure> figures) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO figure_sets (digest) VALUES (?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, digest);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        String sql = "INSERT OR IGNORE INTO figure_set_members (set_id, strike_id, org_code, day, metric, value)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (ShownFigure figure : figures) {
                var key = figure.key();
                insert.setLong(1, id);
                insert.setString(2, key.strikeId());
                insert.setString(3, key.orgCode());
                insert.setString(4, key.day() == null ? "" : key.day().toString());
                insert.setString(5, key.metric().id());
                insert.setLong(6, figure.value());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Stored(id, digest);
    }

    /** Deletes the sets no pull points at any more (their pulls deleted); the figures go with them. */
    static void forgetUnused(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM figure_sets WHERE id NOT IN (SELECT figure_set FROM pulls)");
        }
    }
}
