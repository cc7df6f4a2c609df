package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.support.ChildJvm;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.support.TrustDayRows;

/**
 * An import onto a store that fills up, in a process of its own ({@link CappedStoreImport}): SQLite gives up with
 * SQLITE_FULL part-way through and rolls the transaction back itself. The person is told in one sentence that the
 * disk is full and nothing was imported; the store is as it was, with the failure in its history; the same process
 * still answers, and says in {@code /status} that a write failed; and once there is room the same file imports whole.
 */
class FullStoreTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String STRIKE = "2023-07-junior-doctors";
    /** Pages the store may grow by: enough for the record of the failed import, far too few for the import. */
    private static final int HEADROOM_PAGES = 8;

    @TempDir
    Path folder;

    @DisplayName("A full store: one sentence, exit 16, nothing imported, the failure recorded, answers go on")
    @Test
    void fullStore() throws Exception {
        Path store = folder.resolve("strikedesk.db");
        List<String> keys;
        try (Application app = TestApplications.open(folder)) {
            keys = TrustDayRows.of(app, STRIKE, List.of("inpatient_rescheduled", "outpatient_rescheduled"));
        }
        TidyCsv csv = TidyCsv.citing("https://example.org/synthetic/full-store");
        for (int row = 0; row < keys.size(); row++) {
            csv.row(keys.get(row) + "," + (100 + row % 89));
        }
        Path file = csv.writeTo(folder.resolve("full.csv"));
        String before = figures(store);
        int imports = Integer.parseInt(single(store, "SELECT count(*) FROM imports"));

        ChildJvm child = ChildJvm.start(
                CappedStoreImport.class.getName(),
                Map.of(),
                store.toString(),
                Integer.toString(HEADROOM_PAGES),
                file.toString());
        int code = child.exitCode(DEADLINE);

        assertThat(child.err())
                .as("standard error: one sentence, no trace")
                .containsExactly("The disk holding the store " + store
                        + " is full; nothing was imported: free some space on it, then try again.");
        assertThat(code).isEqualTo(16);
        String said = String.join("\n", child.out());
        assertThat(said)
                .as("/status after the failure: the failed import, then the one write since (its record)")
                .containsPattern("Last failed write: \\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d \\([^)]+ ago\\): the disk"
                        + " holding the store is full; nothing of it was kept\\. 1 write has worked since\\.")
                .as("an answer after the failure")
                .contains("2,247 appointments and procedures rescheduled at East and North Hertfordshire NHS Trust");
        assertThat(single(store, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(figures(store)).as("figures after the failed import").isEqualTo(before);
        assertThat(single(
                        store,
                        "SELECT id || ' ' || file_name || ' ' || outcome || ': ' || first_error FROM imports"
                                + " WHERE id = (SELECT max(id) FROM imports)"))
                .isEqualTo((imports + 1) + " full.csv rejected: the disk holding the store is full; nothing was"
                        + " imported");

        Path config =
                Files.writeString(folder.resolve("strikedesk.json"), "{" + TestApplications.WITHOUT_GATE_JSON + "}");
        ChildJvm again =
                ChildJvm.strikeDesk("ingest", "--db", store.toString(), "--config", config.toString(), file.toString());
        assertThat(again.exitCode(DEADLINE))
                .as("the same file once there is room; %s", again.said())
                .isZero();
        assertThat(again.out())
                .containsExactly(
                        "full.csv: " + keys.size() + " added, 0 revised, 0 unchanged (import #" + (imports + 2) + ")");
        ReliabilityRecord.write(
                "full-store", Map.of("failedImports", 1, "rolledBackWhole", 1, "recorded", 1, "importedWithRoom", 1));
    }

    /** Every current figure and every archived one, as one comparable text. */
    private static String figures(Path store) throws SQLException {
        return single(
                store,
                "SELECT (SELECT count(*) || ' ' || total(value) || ' ' || group_concat(org_code || strike_id || day"
                        + " || metric || value, ';') FROM figures) || ' / ' || (SELECT count(*) FROM figure_history)");
    }

    private static String single(Path store, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
