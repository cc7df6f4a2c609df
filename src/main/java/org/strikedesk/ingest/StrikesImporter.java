package org.strikedesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.figures.StrikeStore;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.validate.FigureValidator;
import org.strikedesk.store.Database;

/**
 * Imports a strikes file: checked whole, then the strikes it adds or changes are saved in one transaction, and the
 * calendar in use is replaced once it is committed.
 */
final class StrikesImporter {
    private static final Logger log = LoggerFactory.getLogger(StrikesImporter.class);

    private final Database database;
    private final Supplier<StrikeCalendar> calendar;
    private final List<Runnable> calendarChanged = new CopyOnWriteArrayList<>();

    StrikesImporter(Database database, Supplier<StrikeCalendar> calendar) {
        this.database = database;
        this.calendar = calendar;
    }

    /** Adds work to do once a strikes file that changed the calendar has been committed. */
    void afterCalendarChange(Runnable work) {
        calendarChanged.add(work);
    }

    ImportReport importFile(Path file, String name, ImportReport.Arrival arrival) throws IOException {
        StrikesFile.Checked checked = StrikesFile.read(file, name, database.read(StrikesImporter::daysWithFigures));
        if (!checked.errors().isEmpty()) {
            List<ImportError> kept =
                    checked.errors().stream().limit(FigureValidator.ERRORS_KEPT).toList();
            return database.transaction(connection -> ImportHistory.rejected(
                    connection, arrival, checked.rows(), kept, checked.errors().size()));
        }
        ImportReport report = database.transaction(connection -> save(connection, checked, arrival));
        if (report.outcome() == ImportReport.Outcome.IMPORTED) {
            log.info("{}", report.summary());
            calendarChanged.forEach(Runnable::run);
        }
        return report;
    }

    private ImportReport save(Connection connection, StrikesFile.Checked checked, ImportReport.Arrival arrival)
            throws SQLException {
        Optional<Long> earlier = ImportHistory.firstWithChecksum(connection, arrival.checksum());
        long id = ImportHistory.begin(connection, arrival);
        if (earlier.isPresent()) {
            ImportReport repeat = new ImportReport.Repeat(
                    id, arrival, new ImportReport.Counts(checked.rows(), 0, 0, checked.rows(), 0), earlier.get());
            ImportHistory.finish(connection, repeat);
            return repeat;
        }
        List<Strike> added = new ArrayList<>();
        List<Strike> changed = new ArrayList<>();
        for (Strike strike : checked.strikes()) {
            Optional<Strike> held = calendar.get().byId(strike.id());
            if (held.isEmpty()) {
                added.add(strike);
            } else if (!held.get().equals(strike)) {
                changed.add(strike);
            }
        }
        List<Strike> saved = new ArrayList<>(added);
        saved.addAll(changed);
        StrikeStore.save(connection, saved);
        int unchanged = checked.strikes().size() - saved.size();
        ImportReport.Calendar strikes = new ImportReport.Calendar(
                id,
                arrival,
                new ImportReport.Counts(checked.rows(), added.size(), changed.size(), unchanged, 0),
                added,
                changed);
        ImportHistory.finish(connection, strikes);
        return strikes;
    }

    /** The days each strike has day figures for, published or held for review. */
    private static Map<String, Set<LocalDate>> daysWithFigures(Connection connection) throws SQLException {
        Map<String, Set<LocalDate>> days = new HashMap<>();
        String sql = "SELECT DISTINCT strike_id, day FROM figures WHERE day <> ''"
                + " UNION SELECT DISTINCT strike_id, day FROM held_figures WHERE day <> ''";
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                days.computeIfAbsent(rows.getString(1), k -> new HashSet<>()).add(LocalDate.parse(rows.getString(2)));
            }
        }
        return days;
    }
}
