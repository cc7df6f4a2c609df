package org.strikedesk.figures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.strikedesk.store.Database;

/** Keeps the strike calendar in the store. */
public final class StrikeStore {
    private final Database database;

    public StrikeStore(Database database) {
        this.database = database;
    }

    /** Adds or updates these strikes inside the caller's transaction; strikes with figures are never deleted. */
    public static void save(Connection connection, List<Strike> strikes) throws SQLException {
        String sql = """
                INSERT INTO strikes (id, staff_group, unions, first_day, last_day, days, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET staff_group = excluded.staff_group, unions = excluded.unions,
                    first_day = excluded.first_day, last_day = excluded.last_day, days = excluded.days,
                    notes = excluded.notes""";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            for (Strike strike : strikes) {
                upsert.setString(1, strike.id());
                upsert.setString(2, strike.staffGroup());
                upsert.setString(3, String.join(";", strike.unions()));
                upsert.setString(4, strike.firstDay().toString());
                upsert.setString(5, strike.lastDay().toString());
                upsert.setString(
                        6, strike.days().stream().map(LocalDate::toString).collect(Collectors.joining(";")));
                upsert.setString(7, strike.notes());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    public StrikeCalendar load() {
        return database.read(StrikeStore::load);
    }

    private static StrikeCalendar load(Connection connection) throws SQLException {
        List<Strike> strikes = new ArrayList<>();
        String sql = "SELECT id, staff_group, unions, first_day, last_day, days, notes FROM strikes";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                strikes.add(new Strike(
                        rows.getString(1),
                        rows.getString(2),
                        Arrays.asList(rows.getString(3).split(";")),
                        LocalDate.parse(rows.getString(4)),
                        LocalDate.parse(rows.getString(5)),
                        Arrays.stream(rows.getString(6).split(";"))
                                .map(LocalDate::parse)
                                .toList(),
                        rows.getString(7)));
            }
        }
        return new StrikeCalendar(strikes);
    }
}
