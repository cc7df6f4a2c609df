package org.strikedesk.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
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
            double[] ratios = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                if (round % 2 == 0) {
                    ours[round] = rows / importOnce(csv, rows);
                    floor[round] = rows / sqlite3Import(csv, rows);
                } else {
                    floor[round] = rows / sqlite3Import(csv, rows);
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
     * Seconds for sqlite3's .import of the same CSV into the figures table of a store StrikeDesk has just made: the
     * table as its migrations leave it (columns, key, checks, references, and any index they add), read back from the
     * store itself so that the floor cannot drift from it, with the foreign keys enforced and the page cache of
     * StrikeDesk's own writer. Each row of the file is given the id of an import made for the floor, as StrikeDesk
     * gives each figure its import's.
     */
    private double sqlite3Import(Path csv, long rows) throws IOException, InterruptedException {
        Path db = work.resolve("sqlite3-" + System.nanoTime() + ".db");
        StrikeDeskConfig config = StrikeDeskConfig.DEFAULT.withData(
                DataConfig.in(england.directory().toString()));
        String table;
        long importId;
        List<String> indexes = new ArrayList<>();
        try (Application app = Application.open(config, db, england.directory(), Clock.systemUTC())) {
            importId = app.database().read(connection -> {
                try (Statement statement = connection.createStatement();
                        ResultSet latest = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM imports")) {
                    latest.next();
                    return latest.getLong(1);
                }
            });
            table = app.database().read(connection -> {
                try (Statement statement = connection.createStatement()) {
                    try (ResultSet index = statement.executeQuery(
                            "SELECT sql FROM sqlite_master WHERE tbl_name = 'figures' AND type = 'index'"
                                    + " AND sql IS NOT NULL")) {
                        while (index.next()) {
                            indexes.add(index.getString(1));
                        }
                    }
                    try (ResultSet created = statement.executeQuery(
                            "SELECT sql FROM sqlite_master WHERE name = 'figures' AND type = 'table'")) {
                        created.next();
                        return created.getString(1);
                    }
                }
            });
        }
        StringBuilder schema = new StringBuilder("DROP TABLE figures; ")
                .append(table)
                .append("; INSERT INTO imports (id, route, file_name, checksum, outcome, rows_read, added, revised,"
                        + " unchanged, superseded, errors, imported_at, imported_by) VALUES (")
                .append(importId)
                .append(", 'command line', 'floor.csv', '', 'imported', 0, 0, 0, 0, 0, 0, '2030-01-01T00:00:00Z',"
                        + " 'benchmark');");
        indexes.forEach(index -> schema.append(' ').append(index).append(';'));
        run(db, schema.toString());
        Path withIds = withImportId(csv, importId);
        long start = System.nanoTime();
        run(
                db,
                "PRAGMA foreign_keys = ON",
                "PRAGMA cache_size = -" + Database.WRITER_CACHE_KIB,
                ".mode csv",
                ".import --skip 1 " + withIds + " figures");
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(withIds);
        String count = runForOutput(db, "SELECT count(*) FROM figures").strip();
        if (!count.equals(Long.toString(rows))) {
            throw new IllegalStateException("sqlite3 imported " + count + " rows of " + rows);
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        return seconds;
    }

    /** The figures file with the id of the import that brings its rows added to each of them. */
    private static Path withImportId(Path csv, long importId) throws IOException {
        Path rows = csv.resolveSibling("sqlite3-floor.csv");
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8)) {
            out.write(in.readLine() + ",import_id\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line + "," + importId + "\n");
            }
        }
        return rows;
    }

    private static void run(Path db, String... commands) throws IOException, InterruptedException {
        String output = runForOutput(db, commands);
        if (!output.isBlank()) {
            throw new IllegalStateException("sqlite3 said: " + output);
        }
    }

    private static String runForOutput(Path db, String... commands) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sqlite3", db.toString()));
        command.addAll(List.of(commands));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("sqlite3 failed: " + output);
        }
        return output;
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
