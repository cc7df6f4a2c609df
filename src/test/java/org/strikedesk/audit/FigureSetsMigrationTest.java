package org.strikedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.store.Database;
import org.strikedesk.support.StoreAtVersion;

/**
 * The migration to figure sets keeps every pull recorded before it, with the figures it showed: each becomes a set of
 * its own. The rows are synthetic, written by the test into a store at the schema before the migration.
 */
class FigureSetsMigrationTest {
    private static final String APRIL = "2023-04-junior-doctors";

    @TempDir
    Path folder;

    @DisplayName(
            "Pulls recorded before figure sets keep who asked and every figure they showed, each in a set of its own")
    @Test
    void pullsSurvive() throws Exception {
        Path file = folder.resolve("v11.db");
        DataSource source = StoreAtVersion.create(file, 11);
        try (Connection connection = source.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO pulls (id, pulled_at, user_id, user_name, guild_id, channel_id, asked)"
                    + " VALUES (7, '2026-01-01T09:00:00Z', '1300000000000000301', 'reporter', '1300000000000000200',"
                    + " '1300000000000000201', '/cancellations trust:ENHT')");
            statement.executeUpdate("INSERT INTO pulls (id, pulled_at, user_id, user_name, guild_id, channel_id, asked)"
                    + " VALUES (9, '2026-01-02T09:00:00Z', 'console', 'Night editor', '', '', '/quote trust:ENHT')");
            statement.executeUpdate("INSERT INTO pull_figures (pull_id, strike_id, org_code, day, metric, value)"
                    + " VALUES (7, '" + APRIL + "', 'RWH', '', 'outpatient_rescheduled', 2077),"
                    + " (7, '" + APRIL + "', 'RWH', '2023-04-11', 'inpatient_rescheduled', 120),"
                    + " (7, '" + APRIL + "', 'ENG', '', 'outpatient_rescheduled', 195000),"
                    + " (9, '" + APRIL + "', 'RWH', '', 'outpatient_rescheduled', 2077)");
        }

        try (Database database = Database.open(file)) {
            List<String> sets = database.read(connection -> rows(
                    connection,
                    "SELECT p.id, p.figure_set, s.digest, count(*) FROM pulls p JOIN figure_sets s ON s.id ="
                            + " p.figure_set JOIN figure_set_members m ON m.set_id = s.id"
                            + " GROUP BY p.id ORDER BY p.id"));
            assertThat(sets).containsExactly("7 7 migrated pull 7 3", "9 9 migrated pull 9 1");
            List<String> broken = database.read(connection -> rows(connection, "PRAGMA foreign_key_check"));
            assertThat(broken).isEmpty();

            try (Pulls pulls =
                    new Pulls(database, Clock.fixed(Instant.parse("2026-01-03T09:00:00Z"), ZoneOffset.UTC))) {
                assertThat(pulls.of("RWH", 10))
                        .extracting(Pull::asked, Pull::figures)
                        .containsExactly(
                                tuple("/quote trust:ENHT", List.of(rwh(null, Metric.OUTPATIENT_RESCHEDULED, 2077))),
                                tuple(
                                        "/cancellations trust:ENHT",
                                        List.of(
                                                rwh(LocalDate.parse("2023-04-11"), Metric.INPATIENT_RESCHEDULED, 120),
                                                rwh(null, Metric.OUTPATIENT_RESCHEDULED, 2077))));
                assertThat(pulls.of("ENG", 10))
                        .singleElement()
                        .satisfies(pull -> assertThat(pull.who())
                                .isEqualTo(new Who(
                                        "1300000000000000301",
                                        "reporter",
                                        "1300000000000000200",
                                        "1300000000000000201")));
            }
        }
    }

    private static ShownFigure rwh(LocalDate day, Metric metric, long value) {
        return new ShownFigure(new Figure.Key(APRIL, "RWH", day, metric), value);
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(result.getString(i)));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }
}
