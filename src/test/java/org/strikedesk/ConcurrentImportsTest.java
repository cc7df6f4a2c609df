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
 * Two imports into one store at once, each in a process of its own, as when cron's {@code ingest --inbox} runs while
 * another import is under way. The first ({@link HeldImport}) holds the write lock with its figures written but not
 * committed, for as long as the test says; the second is {@code bin/strikedesk ingest}. The second must say it is
 * waiting, wait its turn and then import, reporting the revisions it made to what the first committed; meanwhile a
 * third process answers a question from the store without waiting for either.
 */
class ConcurrentImportsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String STRIKE = "2023-07-junior-doctors";
    private static final String SOURCE = "https://example.org/synthetic/concurrent-";

    @TempDir
    Path folder;

    @DisplayName("A second import waits for the first, then revises what it committed; a reader never waits")
    @Test
    void twoImportsAtOnce() throws Exception {
        Path store = folder.resolve("strikedesk.db");
        List<String> inpatient;
        List<String> outpatient;
        try (Application app = TestApplications.open(folder)) {
            inpatient = TrustDayRows.of(app, STRIKE, List.of("inpatient_rescheduled"));
            outpatient = TrustDayRows.of(app, STRIKE, List.of("outpatient_rescheduled"));
        }
        int imports = Integer.parseInt(single(store, "SELECT count(*) FROM imports"));
        // The first file: every trust's inpatient figures. The second: a newer publication revising half of them,
        // and outpatient figures nobody has yet.
        TidyCsv first = TidyCsv.citing(SOURCE + "first");
        inpatient.forEach(key -> first.row(key + ",100", "2023-08-01"));
        TidyCsv second = TidyCsv.citing(SOURCE + "second");
        int revised = inpatient.size() / 2;
        inpatient.subList(0, revised).forEach(key -> second.row(key + ",101", "2023-09-01"));
        outpatient.forEach(key -> second.row(key + ",200", "2023-09-01"));
        Path a = first.writeTo(folder.resolve("first.csv"));
        Path b = second.writeTo(folder.resolve("second.csv"));
        Path config = Files.writeString(
                folder.resolve("strikedesk.json"),
                "{\"data\": {\"busyTimeout\": \"PT60S\"}, " + TestApplications.WITHOUT_GATE_JSON + "}");

        try (ChildJvm holder = ChildJvm.start(HeldImport.class.getName(), Map.of(), store.toString(), a.toString());
                ChildJvm ingest = startWhenHeld(holder, store, config, b)) {
            ingest.awaitErr(
                    line -> line.contains("The store " + store + " is in use by another StrikeDesk; waiting up to 60 s"
                            + " for its turn"),
                    DEADLINE);

            ChildJvm reader = ChildJvm.strikeDesk("ask", "--db", store.toString(), "/cancellations trust:ENHT");
            assertThat(reader.exitCode(DEADLINE))
                    .as("a reader while the lock is held; %s", reader.said())
                    .isZero();
            assertThat(String.join("\n", reader.out()))
                    .contains("2,247 appointments and procedures rescheduled at East and North Hertfordshire");
            assertThat(ingest.alive()).as("the second import, still waiting").isTrue();

            holder.tell("commit");
            assertThat(holder.exitCode(DEADLINE)).isZero();
            assertThat(holder.out())
                    .containsExactly(
                            HeldImport.HOLDING,
                            "first.csv: " + inpatient.size() + " added, 0 revised, 0 unchanged (import #"
                                    + (imports + 1) + ")");
            assertThat(ingest.exitCode(DEADLINE))
                    .as("the second import; %s", ingest.said())
                    .isZero();
            assertThat(ingest.out())
                    .containsExactly("second.csv: " + outpatient.size() + " added, " + revised
                            + " revised, 0 unchanged (import #" + (imports + 2) + ")");
        }
        assertThat(single(
                        store,
                        "SELECT count(*) FROM figures WHERE strike_id = '" + STRIKE + "' AND source LIKE '" + SOURCE
                                + "%'"))
                .isEqualTo(Integer.toString(inpatient.size() + outpatient.size()));
        ReliabilityRecord.write("concurrent-imports", Map.of("imports", 2, "finished", 2, "readersBlocked", 0));
    }

    @DisplayName("An import that waits longer than data.busyTimeout gives up with one sentence and exit 18")
    @Test
    void waitsNoLongerThanTheTimeout() throws Exception {
        Path store = folder.resolve("strikedesk.db");
        List<String> inpatient;
        try (Application app = TestApplications.open(folder)) {
            inpatient = TrustDayRows.of(app, STRIKE, List.of("inpatient_rescheduled"));
        }
        TidyCsv first = TidyCsv.citing(SOURCE + "first");
        inpatient.forEach(key -> first.row(key + ",100"));
        TidyCsv second = TidyCsv.citing(SOURCE + "second");
        inpatient.forEach(key -> second.row(key + ",101"));
        Path a = first.writeTo(folder.resolve("first.csv"));
        Path b = second.writeTo(folder.resolve("second.csv"));
        Path config = Files.writeString(
                folder.resolve("strikedesk.json"),
                "{\"data\": {\"busyTimeout\": \"PT1S\"}, " + TestApplications.WITHOUT_GATE_JSON + "}");

        try (ChildJvm holder = ChildJvm.start(HeldImport.class.getName(), Map.of(), store.toString(), a.toString());
                ChildJvm ingest = startWhenHeld(holder, store, config, b)) {
            assertThat(ingest.exitCode(DEADLINE)).as(ingest.said()).isEqualTo(18);
            assertThat(ingest.out()).isEmpty();
            assertThat(ingest.err().get(ingest.err().size() - 1))
                    .isEqualTo("The store " + store + " stayed in use by another StrikeDesk for 1 s; nothing was"
                            + " imported: try again when the other import has finished, or raise data.busyTimeout in"
                            + " the config.");
            holder.tell("commit");
            assertThat(holder.exitCode(DEADLINE)).isZero();
        }
    }

    /** Starts {@code ingest} once the holder has its figures written and the write lock held. */
    private static ChildJvm startWhenHeld(ChildJvm holder, Path store, Path config, Path file) {
        holder.awaitOut(HeldImport.HOLDING::equals, DEADLINE);
        return ChildJvm.strikeDesk("ingest", "--db", store.toString(), "--config", config.toString(), file.toString());
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
