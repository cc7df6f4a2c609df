package org.strikedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.support.ChildJvm;
import org.strikedesk.support.TestApplications;

/**
 * A store StrikeDesk cannot use, as a person meets it: {@code bin/strikedesk ask --db FILE} in a process of its own.
 * Each fault is a real one made on disk (no mock of SQLite), and each must end the process with one sentence naming the
 * file and saying what to do, no stack trace, the exit code the README gives it, and the file left as it was.
 */
class StoreOpenFaultsTest {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String QUESTION = "/strikes";
    private static final Map<String, Integer> EXIT_CODES = new LinkedHashMap<>();

    @TempDir
    Path folder;

    @AfterAll
    static void record() {
        // Written only when every fault met on every machine (not the unreadable file, which root cannot have) was
        // met as expected, so that the summary counts what passed and is the same wherever it runs.
        if (EXIT_CODES.size() == 5) {
            ReliabilityRecord.write(
                    "store-faults",
                    Map.of(
                            "faults",
                            EXIT_CODES.size(),
                            "distinctExitCodes",
                            EXIT_CODES.values().stream().distinct().count()));
        }
    }

    @DisplayName("A file that is not a database: exit 10, one sentence, the file untouched")
    @Test
    void junk() throws IOException {
        Path store = folder.resolve("junk.db");
        byte[] junk = new byte[5000];
        new Random(20).nextBytes(junk);
        Files.write(store, junk);

        askFails(
                "junk",
                store,
                10,
                "The file " + store + " is not a StrikeDesk store (SQLite cannot read it as a database): check the path"
                        + " given to --db, or move that file aside to start a new store there.");

        assertThat(Files.readAllBytes(store)).isEqualTo(junk);
    }

    @DisplayName("A folder: exit 11, one sentence suggesting a file in it, nothing created in it")
    @Test
    void directory() throws IOException {
        Path store = Files.createDirectory(folder.resolve("store-folder"));

        askFails(
                "directory",
                store,
                11,
                "The store " + store + " is a folder, not a file: give --db the path of a store file, such as "
                        + store.resolve("strikedesk.db") + ".");

        try (Stream<Path> inside = Files.list(store)) {
            assertThat(inside).isEmpty();
        }
    }

    /**
     * As root, file permissions do not stop a write, so a read-only mode bit would test nothing: the file is made
     * immutable instead ({@code chattr +i}), which stops root too. Where that is not possible, the test is skipped
     * rather than run against a file root could write after all.
     */
    @DisplayName("A read-only store: exit 13, one sentence, not a byte written")
    @Test
    void readOnly() throws Exception {
        Path store = storeMadeByStrikeDesk();
        byte[] before = Files.readAllBytes(store);
        boolean immutable = makeReadOnly(store);
        try {
            askFails(
                    "read-only",
                    store,
                    13,
                    "The store " + store + " is read-only: StrikeDesk writes to its store, so let the user running it"
                            + " write the file and the folder it is in (SQLite keeps its journal beside the file).");
        } finally {
            if (immutable) {
                run("chattr", "-i", store.toString());
            }
        }
        assertThat(Files.readAllBytes(store)).isEqualTo(before);
    }

    @DisplayName("A store a later StrikeDesk has migrated: exit 14, naming both schema versions, left unmigrated")
    @Test
    void newerSchema() throws Exception {
        Path store = storeMadeByStrikeDesk();
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + store, null, null)
                .locations("classpath:db/migration", "classpath:db/later")
                .load()
                .migrate();

        askFails(
                "newer schema",
                store,
                14,
                "The store " + store + " was written by a newer StrikeDesk (schema version 900; this one knows up to "
                        + newestMigration() + "): run that newer StrikeDesk with it, or give this one a store of its"
                        + " own with --db.");

        assertThat(single(store, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"))
                .isEqualTo("900");
    }

    @DisplayName("A store whose index page is overwritten: exit 15, pointing to restore")
    @Test
    void damaged() throws Exception {
        Path store = storeMadeByStrikeDesk();
        int page = Integer.parseInt(
                single(store, "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_trusts_1'"));
        int pageSize = Integer.parseInt(single(store, "PRAGMA page_size"));
        try (RandomAccessFile file = new RandomAccessFile(store.toFile(), "rw")) {
            // A leaf index page's header (type 0x0a) with its cell count and offsets made impossible.
            file.seek((long) (page - 1) * pageSize);
            file.write(new byte[] {0x0a, -1, -1, -1, -1, -1, -1, -1});
        }

        askFails(
                "damaged",
                store,
                15,
                "The store " + store + " is damaged (it fails SQLite's integrity check): put a backup of it in its"
                        + " place with bin/strikedesk restore FILE, or move it aside to start a new store there.");
    }

    /** Unreadable files exist only for users other than root, for whom permissions are not checked. */
    @DisplayName("A store this user may not read: exit 12, one sentence")
    @Test
    void unreadable() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may read any file");
        Path store = storeMadeByStrikeDesk();
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("---------"));

        askFails(
                null,
                store,
                12,
                "The store " + store + " cannot be opened: check that the user running StrikeDesk may read and write it"
                        + " and the folder it is in.");
    }

    /** Runs {@code ask} on the store; a fault with a name is counted in the reliability summary (null: not). */
    private void askFails(String fault, Path store, int exitCode, String sentence) {
        ChildJvm ask = ChildJvm.strikeDesk("ask", "--db", store.toString(), QUESTION);

        int code = ask.exitCode(DEADLINE);

        assertThat(ask.out()).as("standard output").isEmpty();
        assertThat(ask.err()).as("standard error: one sentence, no trace").containsExactly(sentence);
        assertThat(code).as("exit code").isEqualTo(exitCode);
        if (fault != null) {
            EXIT_CODES.put(fault, code);
        }
    }

    /** A store as StrikeDesk leaves it after a first run, closed, its journal folded back into the file. */
    private Path storeMadeByStrikeDesk() {
        TestApplications.open(folder).close();
        return folder.resolve("strikedesk.db");
    }

    /** Makes the file read-only in a way that holds for the user running the tests; true if made immutable. */
    private static boolean makeReadOnly(Path store) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r--r--r--"));
            return false;
        }
        assumeTrue(
                run("chattr", "+i", store.toString()) == 0,
                "running as root, and chattr +i is not available here: a read-only mode bit would not stop root");
        assumeTrue(!Files.isWritable(store), "the immutable flag did not make the file read-only");
        return true;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    private static int newestMigration() throws IOException {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            return migrations
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
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
