package org.strikedesk.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.strikedesk.store.Database;

/**
 * Reads the current figures: by organisation, by strike, or both. Which organisations have figures in which strike
 * is kept in memory between imports: {@link #changed()} is called after every import that changed figures.
 */
public final class FiguresStore {
    static final String COLUMNS = "strike_id, org_code, day, metric, value, source, published";
    private static final Map<String, LocalDate> DAYS = new ConcurrentHashMap<>();

    private final Database database;
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached<Map<String, Set<String>>> coverage = new Cached<>(-1, Map.of());

    public FiguresStore(Database database) {
        this.database = database;
    }

    /** Which state of the figures is current: it changes with every import that changes figures. */
    public long generation() {
        return generation.get();
    }

    /** Says that figures changed, so what is kept in memory is read again when next needed. */
    public void changed() {
        generation.incrementAndGet();
    }

    /**
     * A value read at a generation; it stands until figures change.
     *
     * @param generation the generation it was read at
     * @param value the value
     */
    private record Cached<T>(long generation, T value) {}

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

    /** Every figure held, by strike, organisation, day (whole-strike figures first) and metric. */
    public List<Figure> all() {
        return database.read(connection ->
                query(connection, "SELECT " + COLUMNS + " FROM figures ORDER BY strike_id, org_code, day, metric"));
    }

    /** Every organisation's figures in one strike. */
    public List<Figure> figuresIn(String strikeId) {
        Set<String> organisations = coverage().getOrDefault(strikeId, Set.of());
        return database.read(connection -> {
            List<Figure> figures = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM figures WHERE org_code = ? AND strike_id = ?";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(2, strikeId);
                for (String org : organisations) {
                    query.setString(1, org);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            figures.add(read(rows));
                        }
                    }
                }
            }
            return figures;
        });
    }

    /**
     * The values one organisation's figures in one strike had before they were revised, oldest first, each with the
     * value held now. Values that arrived late and were never current (an older publication than the one held) are
     * not revisions, and are left out.
     */
    public List<Revision> revisions(String orgCode, String strikeId) {
        String sql = "SELECT h.strike_id, h.org_code, h.day, h.metric, h.value, h.source, h.published,"
                + " f.value, f.source, f.published FROM figure_history h"
                + " JOIN figures f ON f.org_code = h.org_code AND f.strike_id = h.strike_id AND f.day = h.day"
                + " AND f.metric = h.metric"
                + " WHERE h.org_code = ? AND h.strike_id = ? AND h.import_id < h.superseded_by AND h.value <> f.value"
                + " ORDER BY h.id";
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, orgCode);
                query.setString(2, strikeId);
                try (ResultSet rows = query.executeQuery()) {
                    List<Revision> revisions = new ArrayList<>();
                    while (rows.next()) {
                        Figure earlier = read(rows);
                        String published = rows.getString(10);
                        Figure current = new Figure(
                                earlier.strikeId(),
                                earlier.orgCode(),
                                earlier.day(),
                                earlier.metric(),
                                rows.getLong(8),
                                rows.getString(9),
                                published == null ? null : LocalDate.parse(published));
                        revisions.add(new Revision(earlier, current));
                    }
                    return revisions;
                }
            }
        });
    }

    /** Which organisations have figures in each strike, by strike id. */
    public Map<String, Set<String>> coverage() {
        Cached<Map<String, Set<String>>> kept = coverage;
        long now = generation.get();
        if (kept.generation() == now) {
            return kept.value();
        }
        Map<String, Set<String>> read = readCoverage();
        coverage = new Cached<>(now, read);
        return read;
    }

    private Map<String, Set<String>> readCoverage() {
        return database.read(connection -> {
            Map<String, Set<String>> coverage = new HashMap<>();
            String sql = "SELECT DISTINCT strike_id, org_code FROM figures";
            try (PreparedStatement query = connection.prepareStatement(sql);
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    coverage.computeIfAbsent(rows.getString(1), k -> new LinkedHashSet<>())
                            .add(rows.getString(2));
                }
            }
            coverage.replaceAll((strike, orgs) -> Collections.unmodifiableSet(orgs));
            return Collections.unmodifiableMap(coverage);
        });
    }

    /** The newest publication date of any figure held, if any has one. */
    public Optional<LocalDate> latestPublished() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT max(published) FROM figures");
                    ResultSet rows = query.executeQuery()) {
                String day = rows.next() ? rows.getString(1) : null;
                return Optional.ofNullable(day).map(LocalDate::parse);
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
                day == null || day.isEmpty() ? null : DAYS.computeIfAbsent(day, LocalDate::parse),
                Metric.byId(rows.getString(4)).orElseThrow(),
                rows.getLong(5),
                rows.getString(6),
                published == null ? null : LocalDate.parse(published));
    }
}
