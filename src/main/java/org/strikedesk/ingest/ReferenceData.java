package org.strikedesk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.figures.StrikeFiles;
import org.strikedesk.figures.StrikeStore;
import org.strikedesk.ingest.read.FigureReaders;
import org.strikedesk.reference.Reference;
import org.strikedesk.store.Database;
import org.strikedesk.trusts.DirectoryStore;
import org.strikedesk.trusts.RegisterFiles;

/**
 * Loads the reference files shipped in {@code data/} into the store: on a fresh store, and again whenever a file's
 * content changes (a new release of StrikeDesk with newer data). The figures files go through the importer like any
 * other file, so they are validated and recorded in the import history.
 */
public final class ReferenceData {
    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);
    /** Who the history names as the importer of shipped figures. */
    public static final String SHIPPED = "StrikeDesk reference data";

    private final Path directory;
    private final Database database;
    private final Clock clock;
    private Reference current;

    public ReferenceData(Path directory, Database database, Clock clock) {
        this.directory = directory;
        this.database = database;
        this.clock = clock;
    }

    /** Loads what changed and returns the directory and calendar now in the store. */
    public Reference load(FigureReaders readers) throws IOException {
        Map<String, String> loaded = database.read(ReferenceData::checksums);
        Map<String, String> now = new HashMap<>();
        for (String name : Stream.concat(RegisterFiles.ALL.stream(), Stream.of(StrikeFiles.CALENDAR))
                .toList()) {
            now.put(name, FileChecksum.sha256(required(name)));
        }
        boolean registerChanged =
                RegisterFiles.ALL.stream().anyMatch(name -> !now.get(name).equals(loaded.get(name)));
        boolean calendarChanged = !now.get(StrikeFiles.CALENDAR).equals(loaded.get(StrikeFiles.CALENDAR));
        if (registerChanged || calendarChanged) {
            loadDirectoryAndCalendar(registerChanged, calendarChanged, now);
        }
        current = Reference.of(new DirectoryStore(database).load(), new StrikeStore(database).load());
        importFigures(readers, loaded);
        return current;
    }

    private void loadDirectoryAndCalendar(boolean register, boolean calendar, Map<String, String> checksums) {
        var names = register ? DirectoryStore.Names.read(directory) : null;
        var strikes = calendar ? StrikeFiles.read(required(StrikeFiles.CALENDAR)) : null;
        database.transaction(connection -> {
            if (register) {
                DirectoryStore.replace(connection, names);
            }
            if (calendar) {
                StrikeStore.save(connection, strikes);
            }
            for (Map.Entry<String, String> entry : checksums.entrySet()) {
                remember(connection, entry.getKey(), entry.getValue());
            }
            return null;
        });
        log.info(
                "Loaded reference data from {} (register {}, calendar {})",
                directory,
                register ? "updated" : "unchanged",
                calendar ? "updated" : "unchanged");
    }

    private void importFigures(FigureReaders readers, Map<String, String> loaded) throws IOException {
        Importer importer = new Importer(database, () -> current.directory(), () -> current.calendar(), readers, clock);
        for (Path file : figureFiles()) {
            String name = file.getFileName().toString();
            String checksum = FileChecksum.sha256(file);
            if (checksum.equals(loaded.get(name))) {
                continue;
            }
            ImportReport report = importer.importFile(file, name, ImportRoute.REFERENCE, SHIPPED);
            if (report.rejected()) {
                throw new IllegalStateException("The shipped file " + file + " is not valid: "
                        + report.errors().get(0) + (report.errorCount() > 1 ? " (and more)" : ""));
            }
            database.transaction(connection -> {
                remember(connection, name, checksum);
                return null;
            });
            log.info("{}", report.summary());
        }
    }

    /**
     * The shipped figures files, {@code figures-*.csv}, by name; the running totals last, since they are checked
     * against the counts they include.
     */
    public List<Path> figureFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var listing = Files.newDirectoryStream(directory, "figures-*.csv")) {
            listing.forEach(files::add);
        }
        files.sort(Comparator.comparing(
                        (Path file) -> file.getFileName().toString().contains("cumulative"))
                .thenComparing(Comparator.naturalOrder()));
        return files;
    }

    private Path required(String name) {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("The reference file " + file + " is missing; data.directory in the"
                    + " config must name the folder that holds " + name);
        }
        return file;
    }

    private static Map<String, String> checksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT name, checksum FROM reference_files");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                checksums.put(rows.getString(1), rows.getString(2));
            }
        }
        return checksums;
    }

    private void remember(Connection connection, String name, String checksum) throws SQLException {
        String sql = "INSERT INTO reference_files (name, checksum, loaded_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setString(1, name);
            upsert.setString(2, checksum);
            upsert.setString(3, clock.instant().toString());
            upsert.executeUpdate();
        }
    }
}
