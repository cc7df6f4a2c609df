package org.strikedesk.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.store.Database;

/** The record of every import from every route: what came in, from where, from whom, and what it did. */
public final class ImportHistory {
    private static final String COLUMNS = "i.id, i.route, i.file_name, i.checksum, i.outcome, i.rows_read, i.added,"
            + " i.revised, i.unchanged, i.superseded, i.errors, i.first_error, i.imported_at, i.imported_by, r.status";
    private static final String FROM = " FROM imports i LEFT JOIN reviews r ON r.import_id = i.id";

    private final Database database;

    public ImportHistory(Database database) {
        this.database = database;
    }

    /** The newest imports first. */
    public List<ImportRecord> latest(int limit) {
        return database.read(
                connection -> list(connection, "SELECT " + COLUMNS + FROM + " ORDER BY i.id DESC LIMIT ?", limit));
    }

    /** The newest import that changed figures that are published: not one held for review, nor one rejected. */
    public Optional<ImportRecord> latestChange() {
        String published = HeldImports.stored(HeldImport.Status.APPROVED);
        return database
                .read(connection -> list(
                        connection,
                        "SELECT " + COLUMNS + FROM + " WHERE i.outcome = 'imported' AND i.route <> 'reference'"
                                + " AND (r.status IS NULL OR r.status = '" + published + "') ORDER BY i.id DESC"
                                + " LIMIT ?",
                        1))
                .stream()
                .findFirst();
    }

    /** Starts a record for an import in the caller's transaction; its counts are filled in by {@link #finish}. */
    static long begin(Connection connection, ImportReport.Arrival arrival) throws SQLException {
        String sql = "INSERT INTO imports (route, file_name, checksum, outcome, rows_read, added, revised, unchanged,"
                + " superseded, errors, imported_at, imported_by) VALUES (?, ?, ?, 'rejected', 0, 0, 0, 0, 0, 0, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, arrival.route().label());
            insert.setString(2, arrival.file());
            insert.setString(3, arrival.checksum());
            insert.setString(4, arrival.at().toString());
            insert.setString(5, arrival.by());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Records a file rejected whole, with the errors kept of {@code errorCount}, in the caller's transaction. */
    static ImportReport rejected(
            Connection connection, ImportReport.Arrival arrival, int rows, List<ImportError> errors, int errorCount)
            throws SQLException {
        long id = begin(connection, arrival);
        ImportReport report = new ImportReport.Rejected(id, arrival, rows, errors, errorCount);
        finish(connection, report);
        return report;
    }

    /**
     * Records an import that failed on StrikeDesk's side (the store could not take it), so nothing of it was
     * imported: as a rejection, which is what it amounts to (the same file is imported in full when it comes again),
     * with the reason as its first error.
     */
    static void failed(Connection connection, ImportReport.Arrival arrival, String reason) throws SQLException {
        long id = begin(connection, arrival);
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE imports SET first_error = ? WHERE id = ?")) {
            update.setString(1, reason);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** Fills in the outcome of an import started with {@link #begin}. */
    static void finish(Connection connection, ImportReport report) throws SQLException {
        String sql = "UPDATE imports SET outcome = ?, rows_read = ?, added = ?, revised = ?, unchanged = ?,"
                + " superseded = ?, errors = ?, first_error = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, report.outcome().id());
            ImportReport.Counts counts = report.counts();
            update.setInt(2, counts.rows());
            update.setInt(3, counts.added());
            update.setInt(4, counts.revised());
            update.setInt(5, counts.unchanged());
            update.setInt(6, counts.superseded());
            update.setInt(7, report.errorCount());
            update.setString(
                    8, report.errors().isEmpty() ? null : report.errors().get(0).toString());
            update.setLong(9, report.id());
            update.executeUpdate();
        }
    }

    /** The first import that brought a file with these exact bytes and was not rejected. */
    static Optional<Long> firstWithChecksum(Connection connection, String checksum) throws SQLException {
        String sql = "SELECT min(id) FROM imports WHERE checksum = ? AND outcome <> 'rejected'";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, checksum);
            try (ResultSet rows = query.executeQuery()) {
                long id = rows.next() ? rows.getLong(1) : 0;
                return id == 0 ? Optional.empty() : Optional.of(id);
            }
        }
    }

    private static List<ImportRecord> list(Connection connection, String sql, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                List<ImportRecord> records = new ArrayList<>();
                while (rows.next()) {
                    int errors = rows.getInt(11);
                    records.add(new ImportRecord(
                            rows.getLong(1),
                            new ImportReport.Arrival(
                                    rows.getString(3),
                                    rows.getString(4),
                                    ImportRoute.byLabel(rows.getString(2)),
                                    rows.getString(14),
                                    Instant.parse(rows.getString(13))),
                            ImportReport.Outcome.byId(rows.getString(5)),
                            new ImportReport.Counts(
                                    rows.getInt(6), rows.getInt(7), rows.getInt(8), rows.getInt(9), rows.getInt(10)),
                            errors == 0
                                    ? ImportRecord.Errors.NONE
                                    : new ImportRecord.Errors(errors, Optional.ofNullable(rows.getString(12))),
                            Optional.ofNullable(rows.getString(15)).map(HeldImports::status)));
                }
                return records;
            }
        }
    }
}
