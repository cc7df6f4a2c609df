package org.strikedesk.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.strikedesk.store.Database;

/** Reads the current figures: by organisation, by strike, or both. */
public final class FiguresStore {
    static final String COLUMNS = "strike_id, org_code, day, metric, value, source, published";

    private final Database database;

    public FiguresStore(Database database) {
        this.database = database;
    }

    /** One organisation's figures in one strike. */
    public List<Figure> figures(String orgCode, String strikeId) {
        return database.read(connection -> query(
                connection,
                "SELECT " + COLUMNS + " FROM figures WHERE org_code = ? AND strike_id = ?",
                orgCode,
                strikeId));
    }

    /** One organisation's figures in every strike. */
    public List<Figure> figuresOf(String orgCode) {
        return database.read(
                connection -> query(connection, "SELECT " + COLUMNS + " FROM figures WHERE org_code = ?", orgCode));
    }

    /** Every organisation's figures in one strike. */
    public List<Figure> figuresIn(String strikeId) {
        return database.read(
                connection -> query(connection, "SELECT " + COLUMNS + " FROM figures WHERE strike_id = ?", strikeId));
    }

    /** The codes of every organisation with at least one figure. */
    public Set<String> organisationsWithFigures() {
        return database.read(connection -> {
            Set<String> codes = new LinkedHashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT org_code FROM figures");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
            return codes;
        });
    }

    /** Which organisations have figures in each strike, by strike id. */
    public java.util.Map<String, Set<String>> coverage() {
        return database.read(connection -> {
            java.util.Map<String, Set<String>> coverage = new java.util.HashMap<>();
            String sql = "SELECT DISTINCT strike_id, org_code FROM figures";
            try (PreparedStatement query = connection.prepareStatement(sql);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    coverage.computeIfAbsent(rows.getString(1), k -> new LinkedHashSet<>())
                            .add(rows.getString(2));
                }
            }
            return coverage;
        });
    }

    /** The newest publication date of any figure held, if any has one. */
    public java.util.Optional<LocalDate> latestPublished() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT max(published) FROM figures");
                    ResultSet rows = query.executeQuery()) {
                String day = rows.next() ? rows.getString(1) : null;
                return java.util.Optional.ofNullable(day).map(LocalDate::parse);
            }
        });
    }

    /** How many figures the store holds. */
    public long count() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM figures");
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0L;
            }
        });
    }

    static List<Figure> query(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<Figure> figures = new ArrayList<>();
                while (rows.next()) {
                    figures.add(read(rows));
                }
                return figures;
            }
        }
    }

    /** Reads one row selected with {@link #COLUMNS}. */
    static Figure read(ResultSet rows) throws SQLException {
        String day = rows.getString(3);
        String published = rows.getString(7);
        return new Figure(
                rows.getString(1),
                rows.getString(2),
                day == null || day.isEmpty() ? null : LocalDate.parse(day),
                Metric.byId(rows.getString(4)).orElseThrow(),
                rows.getLong(5),
                rows.getString(6),
                published == null ? null : LocalDate.parse(published));
    }
}
