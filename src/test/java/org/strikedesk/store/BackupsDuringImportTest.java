package org.strikedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikedesk.Application;
import org.strikedesk.bench.SyntheticEngland;
import org.strikedesk.config.DataConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;

/**
 * Backups taken again and again while an England-scale file is imported (synthetic figures for every open trust in
 * England, 40 strikes, every metric) are each intact and hold the import whole or not at all. The import's
 * transaction is held open, once every row is written and before the commit, until a backup has been taken in that
 * moment: the one moment a copy of the files could catch half an import.
 */
@Tag("slow")
class BackupsDuringImportTest {
    private static final String FILE = "synthetic-england.csv";

    @TempDir
    Path folder;

    private record Taken(Path file, boolean beforeCommit) {}

    @DisplayName("Backups taken during an England-scale import are intact and hold all of it or none of it")
    @Test
    void backupsDuringImport() throws Exception {
        SyntheticEngland england = SyntheticEngland.write(Path.of("data"), folder.resolve("reference"));
        Path csv = folder.resolve(FILE);
        long rows = england.writeTidyCsv(csv);
        Path store = folder.resolve("strikedesk.db");
        StrikeDeskConfig config = StrikeDeskConfig.DEFAULT.withData(
                DataConfig.in(england.directory().toString()));
        List<Taken> taken = new ArrayList<>();

        try (Application app = Application.open(config, store, england.directory(), Clock.systemUTC())) {
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch backedUpMeanwhile = new CountDownLatch(1);
            app.importer().addListener((connection, report) -> {
                written.countDown();
                awaitQuietly(backedUpMeanwhile);
            });
            CompletableFuture<ImportReport> importing = CompletableFuture.supplyAsync(() -> importFile(app, csv));

            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!importing.isDone() && System.nanoTime() < deadline) {
                boolean beforeCommit = written.getCount() == 0 && backedUpMeanwhile.getCount() == 1;
                taken.add(new Taken(backUp(store, taken.size()), beforeCommit));
                if (beforeCommit) {
                    backedUpMeanwhile.countDown();
                }
            }
            assertThat(importing.get(1, TimeUnit.MINUTES).counts().added()).isEqualTo((int) rows);
            taken.add(new Taken(backUp(store, taken.size()), false));
        }

        assertThat(taken).filteredOn(Taken::beforeCommit).hasSize(1);
        int whole = 0;
        for (Taken backup : taken) {
            assertThat(StoreCopies.check(backup.file())).as("%s", backup).isInstanceOf(StoreCheck.Usable.class);
            long figures =
                    count(backup.file(), "SELECT count(*) FROM figures WHERE source = ?", SyntheticEngland.SOURCE);
            long recorded = count(
                    backup.file(), "SELECT count(*) FROM imports WHERE file_name = ? AND outcome = 'imported'", FILE);
            assertThat(figures).as("synthetic figures in %s", backup).isIn(0L, rows);
            assertThat(recorded).as("import records in %s", backup).isEqualTo(figures == rows ? 1 : 0);
            if (backup.beforeCommit()) {
                assertThat(figures).as("every row written, none committed").isZero();
            }
            whole += figures == rows ? 1 : 0;
        }
        assertThat(taken.get(taken.size() - 1).file())
                .satisfies(last -> assertThat(
                                count(last, "SELECT count(*) FROM figures WHERE source = ?", SyntheticEngland.SOURCE))
                        .isEqualTo(rows));
        assertThat(taken.size() - whole).as("backups holding none of it").isGreaterThanOrEqualTo(1);
    }

    private static ImportReport importFile(Application app, Path csv) {
        try {
            return app.importer().importFile(csv, FILE, ImportRoute.COMMAND_LINE, "backup test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path backUp(Path store, int n) {
        Path file = folder.resolve("backups").resolve("backup-" + n + ".db");
        StoreCopies.backup(store, file);
        return file;
    }

    /** Holds the import's transaction open until the test has backed up in that moment (for at most a minute). */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(Path file, String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
