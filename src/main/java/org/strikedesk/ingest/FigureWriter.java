package org.strikedesk.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;

/**
 * Writes figures and their history inside an import's transaction. Current figures go {@value #ROWS} to a statement:
 * one statement per figure cost the driver a call into SQLite for each step as well as for each value, and SQLite
 * the start and end of a statement for each row.
 */
final class FigureWriter implements AutoCloseable {
    /** Figures made current by one statement. */
    static final int ROWS = 64;

    private static final int COLUMNS = 8;

    private final PreparedStatement upsertMany;
    private final PreparedStatement upsert;
    private final PreparedStatement archive;
    private final List<Figure> pending = new ArrayList<>(ROWS);
    private final long importId;
    private final String now;

    FigureWriter(Connection connection, long importId, Instant now) throws SQLException {
        this.importId = importId;
        this.now = now.toString();
        this.upsertMany = connection.prepareStatement(upsertSql(ROWS));
        this.upsert = connection.prepareStatement(upsertSql(1));
        this.archive = connection.prepareStatement("""
                INSERT INTO figure_history (strike_id, org_code, day, metric, value, source, published, import_id,
                    superseded_by, superseded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    /** The figures held now in every scope (organisation and strike) that {@code figures} touch. */
    static Map<Figure.Key, Held> currentFor(Connection connection, List<Figure> figures) throws SQLException {
        return current(connection, figures.stream().map(Figure::scope).collect(Collectors.toSet()));
    }

    /** The current figures for these organisations in these strikes, with their imports. */
    static Map<Figure.Key, Held> current(Connection connection, Set<Figure.Scope> scopes) throws SQLException {
        Map<Figure.Key, Held> held = new HashMap<>();
        String sql = "SELECT strike_id, org_code, day, metric, value, source, published, import_id FROM figures"
                + " WHERE org_code = ? AND strike_id = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (Figure.Scope scope : scopes) {
                query.setString(1, scope.orgCode());
                query.setString(2, scope.strikeId());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Figure figure = read(rows);
                        held.put(figure.key(), new Held(figure, rows.getLong(8)));
                    }
                }
            }
        }
        return held;
    }

    private static Figure read(ResultSet rows) throws SQLException {
        String day = rows.getString(3);
        String published = rows.getString(7);
        return new Figure(
                rows.getString(1),
                rows.getString(2),
                day.isEmpty() ? null : LocalDate.parse(day),
                Metric.byId(rows.getString(4)).orElseThrow(),
                rows.getLong(5),
                rows.getString(6),
                published == null ? null : LocalDate.parse(published));
    }

    /** The statement that makes {@code rows} figures current, or replaces the values held for their keys. */
    private static String upsertSql(int rows) {
        String values = String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?, ?, ?)"));
        return "INSERT INTO figures (strike_id, org_code, day, metric, value, source, published, import_id) VALUES "
                + values + " ON CONFLICT (org_code, strike_id, day, metric) DO UPDATE SET value = excluded.value,"
                + " source = excluded.source, published = excluded.published, import_id = excluded.import_id";
    }

    /** Makes the figure current. */
    void put(Figure figure) throws SQLException {
        pending.add(figure);
        if (pending.size() == ROWS) {
            for (int row = 0; row < ROWS; row++) {
                bind(upsertMany, row * COLUMNS, pending.get(row));
                upsertMany.setLong(row * COLUMNS + 8, importId);
            }
            upsertMany.executeUpdate();
            pending.clear();
        }
    }

    /** Keeps a value that is no longer current, saying which import superseded it. */
    void archive(Figure figure, long broughtBy, long supersededBy) throws SQLException {
        bind(archive, 0, figure);
        archive.setLong(8, broughtBy);
        archive.setLong(9, supersededBy);
        archive.setString(10, now);
        archive.addBatch();
    }

    /** Binds the figure's seven columns after the first {@code offset} parameters. */
    private static void bind(PreparedStatement statement, int offset, Figure figure) throws SQLException {
        statement.setString(offset + 1, figure.strikeId());
        statement.setString(offset + 2, figure.orgCode());
        statement.setString(offset + 3, figure.day() == null ? "" : figure.day().toString());
        statement.setString(offset + 4, figure.metric().id());
        statement.setLong(offset + 5, figure.value());
        statement.setString(offset + 6, figure.source());
        statement.setString(
                offset + 7,
                figure.published() == null ? null : figure.published().toString());
    }

    /** Sends what is batched, and the figures made current since the last full statement. */
    void flush() throws SQLException {
        archive.executeBatch();
        for (Figure figure : pending) {
            bind(upsert, 0, figure);
            upsert.setLong(8, importId);
            upsert.addBatch();
        }
        pending.clear();
        upsert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        upsertMany.close();
        upsert.close();
        archive.close();
    }

    /**
     * A figure as held, with the import that brought it.
     *
     * @param figure the figure
     * @param importId the import that made it current
     */
    record Held(Figure figure, long importId) {}
}
