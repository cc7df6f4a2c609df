package org.strikedesk.ingest.poll;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.strikedesk.store.Database;

/** Keeps each polled URL's state in the store. */
public final class PollStore {
    private static final String COLUMNS = "url, etag, last_modified, checksum, last_checked, last_success,"
            + " last_result, failing_since, failure_reason, failures, next_attempt";

    private final Database database;

    public PollStore(Database database) {
        this.database = database;
    }

    /** Every URL's state, by URL. */
    public Map<String, PollState> all() {
        return database.read(connection -> {
            Map<String, PollState> states = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM url_polls");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    PollState state = read(rows);
                    states.put(state.url(), state);
                }
            }
            return states;
        });
    }

    public void save(PollState state) {
        database.transaction(connection -> {
            upsert(connection, state);
            return null;
        });
    }

    private static void upsert(Connection connection, PollState state) throws SQLException {
        String sql = "INSERT INTO url_polls (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                + " checksum = excluded.checksum, last_checked = excluded.last_checked,"
                + " last_success = excluded.last_success, last_result = excluded.last_result,"
                + " failing_since = excluded.failing_since, failure_reason = excluded.failure_reason,"
                + " failures = excluded.failures, next_attempt = excluded.next_attempt";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, state.url());
            statement.setString(2, state.etag());
            statement.setString(3, state.lastModified());
            statement.setString(4, state.checksum());
            statement.setString(5, text(state.lastChecked()));
            statement.setString(6, text(state.lastSuccess()));
            statement.setString(7, state.lastResult());
            statement.setString(8, text(state.failingSince()));
            statement.setString(9, state.failureReason());
            statement.setInt(10, state.failures());
            statement.setString(11, text(state.nextAttempt()));
            statement.executeUpdate();
        }
    }

    private static PollState read(ResultSet rows) throws SQLException {
        return new PollState(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                instant(rows.getString(5)),
                instant(rows.getString(6)),
                rows.getString(7),
                instant(rows.getString(8)),
                rows.getString(9),
                rows.getInt(10),
                instant(rows.getString(11)));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
