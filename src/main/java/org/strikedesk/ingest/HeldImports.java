package org.strikedesk.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.HeldFigures;
import org.strikedesk.figures.Metric;
import org.strikedesk.store.Database;

/**
 * The imports the plausibility gate held: the {@code reviews}, {@code review_findings} and {@code held_figures}
 * tables. It is the only class that writes them, and the only one that knows how a {@link HeldImport.Status} or a
 * {@link Finding.Rule} is stored. Methods that take a connection work inside the caller's transaction.
 */
public final class HeldImports {
    private static final String COLUMNS = "i.id, i.file_name, i.checksum, i.route, i.imported_by, i.imported_at,"
            + " i.rows_read, i.added, i.revised, i.unchanged, i.superseded, r.status, r.decided_by, r.decided_at";

    private final Database database;

    public HeldImports(Database database) {
        this.database = database;
    }

    static String stored(HeldImport.Status status) {
        return switch (status) {
            case HELD -> HeldFigures.WAITING;
            case APPROVED -> "approved";
            case REJECTED -> "rejected";
        };
    }

    static String stored(Finding.Rule rule) {
        return switch (rule) {
            case TRUST_TOTAL -> "trust_total";
            case SUM_ABOVE_TOTAL -> "sum_above_total";
            case REVISION -> "revision";
            case DAY_ABOVE_WHOLE -> "day_above_whole";
            case STAFF_RECORD -> "staff_record";
        };
    }

    static HeldImport.Status status(String stored) {
        return Arrays.stream(HeldImport.Status.values())
                .filter(status -> stored(status).equals(stored))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown review status " + stored));
    }

    private static Finding.Rule rule(String stored) {
        return Arrays.stream(Finding.Rule.values())
                .filter(rule -> stored(rule).equals(stored))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown gate rule " + stored));
    }

    // Each in its own read.

    /** The imports waiting for an editor, oldest first. */
    public List<HeldImport> waiting() {
        return database.read(
                connection -> list(connection, "r.status = ? ORDER BY i.id", stored(HeldImport.Status.HELD)));
    }

    /** The latest decided imports, newest first. */
    public List<HeldImport> decided(int limit) {
        return database.read(connection -> list(
                connection,
                "r.status <> ? ORDER BY r.decided_at DESC, i.id DESC LIMIT " + Math.max(0, limit),
                stored(HeldImport.Status.HELD)));
    }

    public Optional<HeldImport> byId(long importId) {
        return database.read(connection -> read(connection, importId));
    }

    // Inside the caller's transaction.

    /** Records that an import is held, with what looked wrong and every figure it read. */
    static void hold(Connection connection, long importId, List<Figure> figures, List<Finding> findings, Instant at)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO reviews (import_id, status, held_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, importId);
            insert.setString(2, stored(HeldImport.Status.HELD));
            insert.setString(3, at.toString());
            insert.executeUpdate();
        }
        String sql = "INSERT INTO review_findings (import_id, position, rule, org_code, strike_id, text)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                insert.setLong(1, importId);
                insert.setInt(2, i);
                insert.setString(3, stored(finding.rule()));
                insert.setString(4, finding.scope().orgCode());
                insert.setString(5, finding.scope().strikeId());
                insert.setString(6, finding.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        keep(connection, importId, figures);
    }

    private static void keep(Connection connection, long importId, List<Figure> figures) throws SQLException {
        String sql = "INSERT INTO held_figures (import_id, strike_id, org_code, day, metric, value, source, published)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Figure figure : figures) {
                insert.setLong(1, importId);
                insert.setString(2, figure.strikeId());
                insert.setString(3, figure.orgCode());
                insert.setString(4, figure.day() == null ? "" : figure.day().toString());
                insert.setString(5, figure.metric().id());
                insert.setLong(6, figure.value());
                insert.setString(7, figure.source());
                insert.setString(
                        8,
                        figure.published() == null ? null : figure.published().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Every figure a held import read. */
    static List<Figure> figures(Connection connection, long importId) throws SQLException {
        String sql = "SELECT strike_id, org_code, day, metric, value, source, published FROM held_figures"
                + " WHERE import_id = ?";
        List<Figure> figures = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, importId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String day = rows.getString(3);
                    String published = rows.getString(7);
                    figures.add(new Figure(
                            rows.getString(1),
                            rows.getString(2),
                            day.isEmpty() ? null : LocalDate.parse(day),
                            Metric.byId(rows.getString(4)).orElseThrow(),
                            rows.getLong(5),
                            rows.getString(6),
                            published == null ? null : LocalDate.parse(published)));
                }
            }
        }
        return figures;
    }

    /**
     * Whether an import after this held one changed a figure it holds: then what approving it changes is not what
     * its waiting posts say.
     */
    static boolean changedSince(Connection connection, long importId) throws SQLException {
        String sql = "SELECT 1 FROM held_figures h JOIN figures f ON f.org_code = h.org_code AND f.strike_id ="
                + " h.strike_id AND f.day = h.day AND f.metric = h.metric WHERE h.import_id = ? AND f.import_id > ?"
                + " LIMIT 1";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, importId);
            query.setLong(2, importId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Records an editor's decision on a held import. */
    static void decide(Connection connection, long importId, HeldImport.Status status, String by, Instant at)
            throws SQLException {
        String sql = "UPDATE reviews SET status = ?, decided_by = ?, decided_at = ? WHERE import_id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, stored(status));
            update.setString(2, by);
            update.setString(3, at.toString());
            update.setLong(4, importId);
            update.executeUpdate();
        }
    }

    /** A held import as it stands, if the gate ever held it. */
    static Optional<HeldImport> read(Connection connection, long importId) throws SQLException {
        return list(connection, "i.id = ?", importId).stream().findFirst();
    }

    private static List<HeldImport> list(Connection connection, String where, Object parameter) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM reviews r JOIN imports i ON i.id = r.import_id WHERE " + where;
        Map<Long, ResultRow> rows = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getLong(1), ResultRow.of(result));
                }
            }
        }
        List<HeldImport> held = new ArrayList<>();
        for (ResultRow row : rows.values()) {
            held.add(row.toHeld(findings(connection, row.id())));
        }
        return held;
    }

    private static List<Finding> findings(Connection connection, long importId) throws SQLException {
        String sql =
                "SELECT rule, org_code, strike_id, text FROM review_findings WHERE import_id = ? ORDER BY position";
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, importId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    findings.add(new Finding(
                            rule(rows.getString(1)),
                            new Figure.Scope(rows.getString(2), rows.getString(3)),
                            rows.getString(4)));
                }
            }
        }
        return findings;
    }

    /** One row of the listing, before its findings are read. */
    private record ResultRow(
            long id,
            ImportReport.Arrival arrival,
            ImportReport.Counts counts,
            HeldImport.Status status,
            Optional<HeldImport.Decided> decided) {
        static ResultRow of(ResultSet rows) throws SQLException {
            ImportReport.Arrival arrival = new ImportReport.Arrival(
                    rows.getString(2),
                    rows.getString(3),
                    ImportRoute.byLabel(rows.getString(4)),
                    rows.getString(5),
                    Instant.parse(rows.getString(6)));
            ImportReport.Counts counts = new ImportReport.Counts(
                    rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getInt(10), rows.getInt(11));
            String by = rows.getString(13);
            String at = rows.getString(14);
            Optional<HeldImport.Decided> decided = by == null || at == null
                    ? Optional.empty()
                    : Optional.of(new HeldImport.Decided(by, Instant.parse(at)));
            return new ResultRow(rows.getLong(1), arrival, counts, HeldImports.status(rows.getString(12)), decided);
        }

        HeldImport toHeld(List<Finding> findings) {
            return new HeldImport(id, arrival, counts, findings, status, decided);
        }
    }
}
