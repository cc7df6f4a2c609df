package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.ReliabilityRecord;
import org.strikedesk.support.TestApplications;
import org.strikedesk.support.TidyCsv;
import org.strikedesk.support.TrustDayRows;

/**
 * Kills a separate JVM with SIGKILL while it imports large files into one store, again and again, at moments
 * spread before, during and after the import's transaction. After every kill the store is intact and each import
 * is there whole or not at all: there is no half-imported file and no import record without its figures.
 */
@Tag("slow")
class ImportCrashTest {
    private static final int KILLS = 20;
    private static final long SEED = 20261128;
    private static final String SOURCE = "https://example.org/synthetic/crash-";
    private static final List<String> STRIKES = List.of(
            "2023-07-junior-doctors", "2024-01-junior-doctors", "2024-02-junior-doctors", "2024-06-junior-doctors");
    private static final List<String> DAY_METRICS = List.of(
            "inpatient_rescheduled",
            "outpatient_rescheduled",
            "mental_health_rescheduled",
            "community_rescheduled",
            "staff_absent");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    /** The rows every synthetic file has, as strike, trust, day and metric; only the values differ by file. */
    private final List<String> keys = new ArrayList<>();

    @DisplayName("20 kills during large imports leave the store intact, with each import whole or absent")
    @Test
    void killedImports() throws Exception {
        Path store = folder.resolve("strikedesk.db");
        long shipped = prepare(store);
        Random random = new Random(SEED);
        Timings timings = new Timings();
        Map<String, Integer> phases = new TreeMap<>();
        int intact = 0;

        for (int kill = 0; kill < KILLS; kill++) {
            Path file = write(kill);
            String phase = killWhileImporting(store, file, random, timings);
            phases.merge(phase, 1, Integer::sum);
            checkStore(store, kill, shipped);
            intact++;
        }

        assertThat(intact).isEqualTo(KILLS);
        assertThat(phases.getOrDefault("during the import", 0) + phases.getOrDefault("before the commit", 0))
                .as("kills that landed while an import was under way, of %s", phases)
                .isPositive();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("kills", KILLS);
        figures.put("intact", intact);
        figures.put("rowsPerImport", keys.size());
        figures.put("killedWhen", phases);
        ReliabilityRecord.write("crash-imports", figures);
    }

    /** Creates the store as a first run would, and lists the rows of a synthetic file. */
    private long prepare(Path store) throws SQLException {
        try (Application app = TestApplications.open(folder)) {
            for (String id : STRIKES) {
                keys.addAll(TrustDayRows.of(app, id, DAY_METRICS));
            }
        }
        assertThat(keys.size()).as("rows per file").isGreaterThan(20_000);
        return count(store, "SELECT count(*) FROM figures WHERE source NOT LIKE 'https://example.org/synthetic/%'");
    }

    /** File {@code n}: every row, with values no other file has, so that each import revises every figure. */
    private Path write(int n) {
        TidyCsv csv = TidyCsv.citing(SOURCE + n);
        for (int row = 0; row < keys.size(); row++) {
            csv.row(keys.get(row) + "," + (1000 * (n + 1) + row % 997));
        }
        return csv.writeTo(folder.resolve("crash-" + n + ".csv"));
    }

    /**
     * Starts a child importing the file and kills it: now and then at a random moment after it starts (mostly
     * before the import), otherwise at a random moment after it says it is importing, up to a little longer than an
     * import takes (so some kills land after the commit). Returns when the kill landed, by what the child had said.
     */
    private String killWhileImporting(Path store, Path file, Random random, Timings timings) throws Exception {
        boolean early = random.nextInt(100) < 15;
        double fraction = random.nextDouble();
        Child child = Child.start(store, file);
        try {
            if (early) {
                pause((long) (fraction * timings.startup));
            } else {
                child.await(ImportInChildProcess.IMPORTING);
                pause((long) (fraction * 1.25 * timings.importing));
            }
            child.kill();
            timings.learn(child);
            return switch (child.lastSaid().split(" ", 2)[0]) {
                case ImportInChildProcess.IMPORTING -> "during the import";
                case ImportInChildProcess.COMMITTING -> "before the commit";
                case ImportInChildProcess.IMPORTED, ImportInChildProcess.DONE -> "after the commit";
                default -> "before the import";
            };
        } finally {
            child.kill();
        }
    }

    /** The random moment of a kill: waiting for it is the point, not synchronisation. */
    private static void pause(long millis) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(millis);
    }

    /** The store after kill {@code last}: intact, and holding each file imported so far whole or not at all. */
    private void checkStore(Path store, int last, long shipped) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            assertThat(single(connection, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(count(connection, "SELECT count(*) FROM pragma_foreign_key_check"))
                    .isZero();
            assertThat(count(
                            connection,
                            "SELECT count(*) FROM imports WHERE file_name LIKE 'crash-%'"
                                    + " AND (outcome <> 'imported' OR rows_read <> ?1 OR added + revised <> ?1)",
                            keys.size()))
                    .as("import records that are not a whole import")
                    .isZero();
            Map<String, Long> rows = rowsBySource(connection);
            int imported = 0;
            for (int n = 0; n <= last; n++) {
                boolean recorded =
                        count(connection, "SELECT count(*) FROM imports WHERE file_name = 'crash-" + n + ".csv'") == 1;
                assertThat(rows.getOrDefault(SOURCE + n, 0L))
                        .as("rows of crash-%s.csv, which %s recorded as imported", n, recorded ? "is" : "is not")
                        .isEqualTo(recorded ? keys.size() : 0);
                imported += recorded ? 1 : 0;
            }
            assertThat(count(connection, "SELECT count(*) FROM figures WHERE source LIKE ?", SOURCE + "%"))
                    .isEqualTo(imported == 0 ? 0 : keys.size());
            assertThat(count(connection, "SELECT count(*) FROM figures WHERE source NOT LIKE ?", SOURCE + "%"))
                    .as("shipped figures untouched")
                    .isEqualTo(shipped);
        }
    }

    /** Each synthetic file's rows, current or superseded: a revised figure keeps its old value in the history. */
    private static Map<String, Long> rowsBySource(Connection connection) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        String sql = "SELECT source, count(*) FROM (SELECT source FROM figures UNION ALL SELECT source FROM"
                + " figure_history) WHERE source LIKE ? GROUP BY source";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, SOURCE + "%");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return rows;
    }

    private static long count(Path store, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            return count(connection, sql);
        }
    }

    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** How long a child takes to start importing, and to import: learnt as the kills go, to aim the next ones. */
    private static final class Timings {
        long startup = 3000;
        long importing = 2000;

        void learn(Child child) {
            child.millisBetween(ImportInChildProcess.OPENING, ImportInChildProcess.IMPORTING)
                    .ifPresent(millis -> startup = (startup + millis) / 2);
            child.millisBetween(ImportInChildProcess.IMPORTING, ImportInChildProcess.IMPORTED)
                    .ifPresent(millis -> importing = (importing + millis) / 2);
        }
    }

    /** A JVM running {@link ImportInChildProcess}, and what it has said, with when. */
    private static final class Child {
        private final Process process;
        private final Thread reader;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Map<String, Long> said = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile String last = "";

        private Child(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "crash-test-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path store, Path file) throws IOException {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(
                            java,
                            // A short-lived JVM: quick to start matters more than peak speed.
                            "-XX:TieredStopAtLevel=1",
                            "-XX:+UseSerialGC",
                            "-Dstrikedesk.log.level=WARN",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ImportInChildProcess.class.getName(),
                            store.toString(),
                            TestApplications.SHIPPED_DATA.toString(),
                            file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            return new Child(builder.start());
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    said.putIfAbsent(line.split(" ", 2)[0], System.nanoTime());
                    last = line;
                    lines.add(line);
                }
            } catch (IOException e) {
                // The child was killed mid-line: what it said until then is what counts.
            }
        }

        void await(String word) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!said.containsKey(word)) {
                String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertThat(line)
                        .as("the child said %s within %s (process alive: %s)", word, WAIT, process.isAlive())
                        .isNotNull();
            }
        }

        /** The last line the child wrote before it died: read after {@link #kill()}, it is exact. */
        String lastSaid() {
            return last;
        }

        OptionalLong millisBetween(String first, String then) {
            Long from = said.get(first);
            Long to = said.get(then);
            return from == null || to == null
                    ? OptionalLong.empty()
                    : OptionalLong.of(TimeUnit.NANOSECONDS.toMillis(to - from));
        }

        /** SIGKILL on Linux: no shutdown hooks, no finally blocks. Then reads what it wrote until it died. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS))
                    .as("the child died")
                    .isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
