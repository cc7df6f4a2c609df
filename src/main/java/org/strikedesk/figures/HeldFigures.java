package org.strikedesk.figures;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.strikedesk.store.Database;

/**
 * Reads the figures of imports held for review, so that replies can say a newer figure is waiting for an editor
 * instead of showing it. Figures a held import would leave as they are are not among them.
 */
public final class HeldFigures {
    /** How the store marks an import as waiting for an editor; the importer's review records use the same word. */
    public static final String WAITING = "held";

    private static final String SQL = """
            SELECT h.strike_id, h.org_code, h.day, h.metric, h.value, h.source, h.published, h.import_id, i.file_name,
                coalesce(
                    (SELECT text FROM review_findings f WHERE f.import_id = h.import_id AND f.org_code = h.org_code
                        AND f.strike_id = h.strike_id ORDER BY position LIMIT 1),
                    (SELECT text FROM review_findings f WHERE f.import_id = h.import_id ORDER BY position LIMIT 1))
            FROM held_figures h
            JOIN reviews r ON r.import_id = h.import_id
            JOIN imports i ON i.id = h.import_id
            LEFT JOIN figures c ON c.org_code = h.org_code AND c.strike_id = h.strike_id AND c.day = h.day
                AND c.metric = h.metric
            WHERE r.status = ? AND h.org_code = ? AND h.strike_id = ? AND (c.value IS NULL OR c.value <> h.value)
            ORDER BY h.import_id, h.metric, h.day""";

    private final Database database;

    public HeldFigures(Database database) {
        this.database = database;
    }

    /** The held figures for an organisation in a strike that differ from those published, oldest import first. */
    public List<HeldFigure> in(String orgCode, String strikeId) {
        return database.read(connection -> {
            List<HeldFigure> held = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SQL)) {
                query.setString(1, WAITING);
                query.setString(2, orgCode);
                query.setString(3, strikeId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        held.add(new HeldFigure(
                                FiguresStore.read(rows), rows.getLong(8), rows.getString(9), rows.getString(10)));
                    }
                }
            }
            return held;
        });
    }
}
