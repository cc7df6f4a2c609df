package org.strikedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.strikedesk.Application;
import org.strikedesk.config.DataConfig;
import org.strikedesk.config.StrikeDeskConfig;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.ingest.ImportRoute;
import org.strikedesk.store.Database;

/**
 * How fast an England-scale tidy CSV is imported (validated whole, then written in one transaction), against the
 * floor of the sqlite3 command-line tool's {@code .import} of the same file into a table of the same shape.
 */
final class IngestBenchmark {
    private static final int ROUNDS = 5;
    private static final double GOAL = 1.5;

    private final Path work;
    private final SyntheticEngland england;

    IngestBenchmark(Path work, SyntheticEngland england) {
        this.work = work;
        this.england = england;
    }

    List<Measure> run() throws IOException, InterruptedException {
        Path csv = work.resolve("synthetic-england.csv");
        long rows = england.writeTidyCsv(csv);
        String name = "Ingest, tidy CSV (" + rows + " rows, validated whole, one transaction)";
        String goal = "within " + GOAL + "x of sqlite3 .import (median of " + ROUNDS + " alternating rounds)";
        List<Measure> measures = new ArrayList<>();
        if (sqlite3Installed()) {
            double[] ours = new double[ROUNDS];
            double[] floor = new double[ROUNDS];
            double[] bare = new double[ROUNDS];
            double[] ratios = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                if (round % 2 == 0) {
                    ours[round] = rows / importOnce(csv, rows);
                    floor[round] = rows / sqlite3Import(csv, true);
                    bare[round] = rows / sqlite3Import(csv, false);
                } else {
                    bare[round] = rows / sqlite3Import(csv, false);
                    floor[round] = rows / sqlite3Import(csv, true);
                    ours[round] = rows / importOnce(csv, rows);
                }
                ratios[round] = floor[round] / ours[round];
            }
            double oursRate = Percentiles.median(ours);
            double floorRate = Percentiles.median(floor);
            measures.add(Measure.against(name, oursRate, "rows/s", floorRate, true, goal, floorRate / oursRate <= GOAL)
                    .withSpread(String.format(
                            "rounds: ratio %.2f-%.2f; StrikeDesk %,.0f-%,.0f rows/s; sqlite3 %,.0f-%,.0f rows/s",
                            Percentiles.min(ratios),
                            Percentiles.max(ratios),
                            Percentiles.min(ours),
                            Percentiles.max(ours),
                            Percentiles.min(floor),
                            Percentiles.max(floor))));
            double bareRate = Percentiles.median(bare);
            measures.add(Measure.against(
                    "Ingest, tidy CSV, against sqlite3 .import into the table without its index on strike and metric",
                    oursRate,
                    "rows/s",
                    bareRate,
                    true,
                    "reported",
                    true));
        } else {
            double oursRate = rows / bestOf(ROUNDS, () -> importOnce(csv, rows));
            measures.add(
                    Measure.floorSkipped(name, oursRate, "rows/s", goal, true, "the sqlite3 command is not installed"));
        }
        Path xlsx = work.resolve("synthetic-england-wide.xlsx");
        long figures = england.writeWideWorkbook(xlsx);
        double wide = bestOf(3, () -> importOnce(xlsx, figures));
        measures.add(Measure.alone(
                "Ingest, England-scale wide XLSX (" + england.trusts().size() + " trusts x 480" + " columns = "
                        + figures + " figures)",
                figures / wide,
                "rows/s",
                "reported",
                true));
        return measures;
    }

    /** Seconds to import the file into a fresh store that holds the reference data. */
    private double importOnce(Path csv, long rows) throws IOException {
        Path db = work.resolve("ingest-" + System.nanoTime() + ".db");
        StrikeDeskConfig config = StrikeDeskConfig.DEFAULT.withData(
                DataConfig.in(england.directory().toString()));
        try (Application app = Application.open(config, db, england.directory(), Clock.systemUTC())) {
            long start = System.nanoTime();
            ImportReport report =
                    app.importer().importFile(csv, csv.getFileName().toString(), ImportRoute.COMMAND_LINE, "benchmark");
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!(report instanceof ImportReport.Imported) || report.counts().added() != rows) {
                throw new IllegalStateException("expected " + rows + " rows added: " + report.summary() + " "
                        + report.errors().stream().limit(3).toList());
            }
            return seconds;
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
    }

    /** Whether the sqlite3 command-line tool is on the PATH (bin/bench says how to install it when it is not). */
    static boolean sqlite3Installed() throws InterruptedException {
        try {
            Process process = new ProcessBuilder("sqlite3", "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Seconds for sqlite3's .import of the same CSV into a table of the same shape as StrikeDesk's figures (migration
     * V1): its columns (but the import's id, which the file does not have), its key, and, with {@code indexed}, its
     * index on strike and metric, which SQLite keeps up to date with every row written; with the page cache
     * StrikeDesk's own writer has, so that the floor is not slowed by a setting.
     */
    private double sqlite3Import(Path csv, boolean indexed) throws IOException, InterruptedException {
        Path db = work.resolve("sqlite3-" + System.nanoTime() + ".db");
        String schema =
                "PRAGMA journal_mode=WAL; CREATE TABLE figures (strike_id TEXT NOT NULL, org_code TEXT NOT NULL,"
                        + " day TEXT NOT NULL DEFAULT '', metric TEXT NOT NULL, value INTEGER NOT NULL, source TEXT NOT NULL,"
                        + " published TEXT, PRIMARY KEY (org_code, strike_id, day, metric)) WITHOUT ROWID;"
                        + (indexed ? " CREATE INDEX figures_by_strike ON figures (strike_id, metric);" : "");
        run(db, schema);
        long start = System.nanoTime();
        run(
                db,
                "PRAGMA cache_size = -" + Database.WRITER_CACHE_KIB,
                ".mode csv",
                ".import --skip 1 " + csv + " figures");
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.deleteIfExists(db);
        return seconds;
    }

    private static void run(Path db, String... commands) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sqlite3", db.toString()));
        command.addAll(List.of(commands));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + output);
        }
    }

    interface Timed {
        double seconds() throws IOException, InterruptedException;
    }

    static double bestOf(int times, Timed timed) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < times; i++) {
            best = Math.min(best, timed.seconds());
        }
        return best;
    }
}
