package org.strikedesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.read.FigureFileReader;
import org.strikedesk.ingest.read.FigureReaders;
import org.strikedesk.ingest.validate.FigureValidator;
import org.strikedesk.ingest.validate.RunningTotalCheck;
import org.strikedesk.ingest.validate.Validated;
import org.strikedesk.store.Database;
import org.strikedesk.store.StoreException;
import org.strikedesk.store.StoreProblem;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/**
 * Imports a figures file, whatever route it came by, in one transaction with its history record and whatever the
 * listeners owe (posts): its figures are written as they are read and validated, and nothing is committed until the
 * whole file is found valid. A rejected file changes nothing but the history. A changed value is a revision when its publication is not older
 * than the one held; the value it replaces, or an older one that arrives late, is kept in the history. Before
 * anything is published, the gate looks at the changes: an import with something implausible in it is stored but
 * held, and published only when an editor {@linkplain #approve approves} it. An import that fails for a fault of the
 * store's surroundings (a full disk) throws a {@link StoreException} carrying the problem, after rolling back whole
 * and, when it can, recording the failure in the history.
 */
public final class Importer {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final Database database;
    private final Supplier<TrustDirectory> directory;
    private final Supplier<StrikeCalendar> calendar;
    private final FigureReaders readers;
    private final Clock clock;
    private final List<ImportListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> committed = new CopyOnWriteArrayList<>();
    private final StrikesImporter strikes;
    private final ImportReviews reviews;
    private volatile ImportGate gate = ImportGate.NONE;

    public Importer(
            Database database,
            Supplier<TrustDirectory> directory,
            Supplier<StrikeCalendar> calendar,
            FigureReaders readers,
            Clock clock) {
        this.database = database;
        this.directory = directory;
        this.calendar = calendar;
        this.readers = readers;
        this.clock = clock;
        this.strikes = new StrikesImporter(database, calendar);
        this.reviews = new ImportReviews(database, clock, listeners, () -> committed.forEach(Runnable::run));
    }

    /** Adds work to do once an import that changed figures has been committed. */
    public void afterCommit(Runnable work) {
        committed.add(work);
    }

    /** Adds work to do once a strikes file that changed the calendar has been committed. */
    public void afterCalendarChange(Runnable work) {
        strikes.afterCalendarChange(work);
    }

    /** Adds work to commit with every import that changes figures, and with every decision on a held one. */
    public void addListener(ImportListener listener) {
        listeners.add(listener);
    }

    /** Checks every import's changes with {@code gate} before they are published; by default nothing is held. */
    public void holdWith(ImportGate gate) {
        this.gate = gate;
    }

    /**
     * Imports one file.
     *
     * @param file the file to read
     * @param name the name to report it by (an upload's name, never used as a path)
     * @param route how it arrived
     * @param by who or what brought it
     */
    public ImportReport importFile(Path file, String name, ImportRoute route, String by) throws IOException {
        return importFile(file, name, route, by, null);
    }

    /**
     * Imports one file fetched from a URL.
     *
     * @param origin the URL it was fetched from: the figures' source when the file itself names none
     * @see #importFile(Path, String, ImportRoute, String)
     */
    public ImportReport importFile(Path file, String name, ImportRoute route, String by, String origin)
            throws IOException {
        Instant at = clock.instant();
        ImportReport.Arrival arrival = new ImportReport.Arrival(name, FileChecksum.sha256(file), route, by, at);
        if (StrikesFile.isStrikesFile(file, name)) {
            return strikes.importFile(file, name, arrival);
        }
        ImportReport report;
        try {
            report = importWhileReading(file, name, origin, arrival);
        } catch (StoreException e) {
            // A store another process keeps locked would keep the record waiting as long again.
            e.problem()
                    .filter(problem -> problem.kind() != StoreProblem.Kind.BUSY)
                    .ifPresent(problem -> recordFailure(arrival, problem));
            throw e;
        }
        if (!report.changes().isEmpty()) {
            committed.forEach(Runnable::run);
        }
        return report;
    }

    /** Reads and checks a file without importing it. */
    public Validated validate(Path file, String name) throws IOException {
        return validate(file, name, null);
    }

    /** Reads and checks a file fetched from {@code origin} (or null) without importing it. */
    public Validated validate(Path file, String name, String origin) throws IOException {
        return validate(file, name, origin, figure -> {});
    }

    /** Reads and checks a file, handing on each valid figure as it is read, until the first error. */
    private Validated validate(Path file, String name, String origin, Consumer<Figure> accepted) throws IOException {
        FigureValidator validator = new FigureValidator(
                name, directory.get(), calendar.get(), LocalDate.now(clock.withZone(LONDON)), accepted);
        Optional<FigureFileReader> reader = readers.readerFor(file, name, validator);
        if (reader.isPresent()) {
            reader.get().read(file, name, origin, validator);
        }
        Validated validated = validator.result();
        if (validated.ok() && validated.rows() == 0) {
            validator.error(new ImportError(name, 0, "", "the file has a header but no figures"));
            return validator.result();
        }
        if (validated.ok() && !validated.runningTotals().isEmpty()) {
            List<ImportError> disagreements = new RunningTotalCheck(calendar.get())
                    .check(name, validated.runningTotals(), validated.figures(), heldForEngland());
            disagreements.forEach(validator::error);
            return disagreements.isEmpty() ? validated : validator.result();
        }
        return validated;
    }

    /** England's figures in every strike, as held now. */
    private Map<Figure.Key, Figure> heldForEngland() {
        Set<Figure.Scope> scopes = calendar.get().all().stream()
                .map(strike -> new Figure.Scope(Organisation.ENGLAND_CODE, strike.id()))
                .collect(Collectors.toSet());
        return database.read(connection -> FigureWriter.current(connection, scopes)).entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().figure()));
    }

    /**
     * Records in the history that an import failed for a fault of the store's surroundings and nothing of it was
     * kept, when the store lets that much be written (after a full disk's rollback, one row usually fits).
     */
    private void recordFailure(ImportReport.Arrival arrival, StoreProblem problem) {
        try {
            database.transaction(connection -> {
                ImportHistory.failed(connection, arrival, problem.kind().summary() + "; nothing was imported");
                return null;
            });
        } catch (StoreException e) {
            log.warn(
                    "The failed import of {} could not be recorded in the history either: {}",
                    arrival.file(),
                    e.getMessage());
        }
    }

    /**
     * Imports a file in one transaction, writing its figures while they are read ({@link ReadAhead}). A file found
     * invalid once read whole, or one the gate holds, is rolled back: the first is then recorded as rejected, the
     * second imported again the whole-file way ({@link #apply}), which holds it (against the figures held by then).
     */
    private ImportReport importWhileReading(Path file, String name, String origin, ImportReport.Arrival arrival)
            throws IOException {
        Validated unwritten;
        try {
            return database.transaction(connection -> applyWhileReading(connection, file, name, origin, arrival));
        } catch (ReadAhead.UnreadableFile e) {
            throw e.getCause();
        } catch (RolledBack e) {
            unwritten = e.validated;
        }
        if (!unwritten.ok()) {
            return database.transaction(connection -> ImportHistory.rejected(
                    connection, arrival, unwritten.rows(), unwritten.errors(), unwritten.errorCount()));
        }
        return database.transaction(connection -> apply(connection, unwritten, arrival));
    }

    private ImportReport applyWhileReading(
            Connection connection, Path file, String name, String origin, ImportReport.Arrival arrival)
            throws SQLException {
        Optional<Long> earlier = ImportHistory.firstWithChecksum(connection, arrival.checksum());
        long id = ImportHistory.begin(connection, arrival);
        ReadAhead reading = new ReadAhead(
                accepted -> validate(file, name, origin, accepted), database, gate, id, earlier.isEmpty());
        ReadAhead.Outcome read = reading.writeWhileReading(connection, arrival.at(), calendar.get());
        Validated validated = read.validated();
        if (!validated.ok() || !read.findings().isEmpty()) {
            throw new RolledBack(validated);
        }
        if (earlier.isPresent()) {
            return repeat(connection, validated, arrival, id, earlier.get());
        }
        ImportPlan plan = read.plan();
        List<FigureChange> changes = plan.changes();
        ImportReport.Counts counts = plan.counts(validated.rows());
        ImportNotices notices = new ImportNotices(plan.older(), read.hidden());
        return finish(connection, id, arrival, changes, counts, notices);
    }

    /** Records a file imported before, which changes nothing. */
    private static ImportReport repeat(
            Connection connection, Validated validated, ImportReport.Arrival arrival, long id, long earlier)
            throws SQLException {
        ImportReport.Counts counts = new ImportReport.Counts(
                validated.rows(), 0, 0, validated.figures().size(), 0);
        ImportReport report = new ImportReport.Repeat(id, arrival, counts, earlier);
        ImportHistory.finish(connection, report);
        return report;
    }

    /** Records an import whose figures are written, and tells the listeners when it changed any. */
    private ImportReport finish(
            Connection connection,
            long id,
            ImportReport.Arrival arrival,
            List<FigureChange> changes,
            ImportReport.Counts counts,
            ImportNotices notices)
            throws SQLException {
        if (changes.isEmpty()) {
            ImportReport report = new ImportReport.Unchanged(id, arrival, counts, notices);
            ImportHistory.finish(connection, report);
            return report;
        }
        ImportReport.Imported report = new ImportReport.Imported(id, arrival, counts, changes, notices);
        ImportHistory.finish(connection, report);
        for (ImportListener listener : listeners) {
            listener.imported(connection, report);
        }
        return report;
    }

    /**
     * Imports a file already read and validated whole, in one transaction: planned against the figures held, checked
     * by the gate, and then held or written.
     */
    private ImportReport apply(Connection connection, Validated validated, ImportReport.Arrival arrival)
            throws SQLException {
        Optional<Long> earlier = ImportHistory.firstWithChecksum(connection, arrival.checksum());
        long id = ImportHistory.begin(connection, arrival);
        if (earlier.isPresent()) {
            return repeat(connection, validated, arrival, id, earlier.get());
        }
        Map<Figure.Key, FigureWriter.Held> before = FigureWriter.currentFor(connection, validated.figures());
        ImportPlan plan = ImportPlan.of(validated.figures(), before, id);
        List<FigureChange> changes = plan.changes();
        List<Finding> findings = changes.isEmpty() ? List.of() : gate.check(changes);
        if (!findings.isEmpty()) {
            return hold(connection, validated, arrival, id, plan, findings);
        }
        try (FigureWriter writer = new FigureWriter(connection, id, arrival.at())) {
            plan.write(writer);
        }
        List<ImportNotices.AcuteNotShown> hidden = HiddenAcuteFigures.after(before, changes, calendar.get());
        ImportReport.Counts counts = plan.counts(validated.rows());
        ImportNotices notices = new ImportNotices(plan.older(), hidden);
        return finish(connection, id, arrival, changes, counts, notices);
    }

    /** A file found invalid, or held by the gate, once its figures were written: the transaction is rolled back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial") // never serialised: it only carries the file's validation out of a transaction
        private final transient Validated validated;

        RolledBack(Validated validated) {
            super(null, null, false, false);
            this.validated = validated;
        }
    }

    /** Stores an import's figures without publishing them, for an editor to approve or reject. */
    private ImportReport hold(
            Connection connection,
            Validated validated,
            ImportReport.Arrival arrival,
            long id,
            ImportPlan plan,
            List<Finding> findings)
            throws SQLException {
        HeldImports.hold(connection, id, validated.figures(), findings, arrival.at());
        ImportReport.Held report = new ImportReport.Held(
                id,
                arrival,
                plan.counts(validated.rows()),
                plan.changes(),
                new ImportNotices(plan.older(), List.of()),
                findings);
        ImportHistory.finish(connection, report);
        for (ImportListener listener : listeners) {
            listener.held(connection, report);
        }
        log.info("{}", report.summary());
        return report;
    }

    /**
     * Publishes a held import on an editor's word: its figures are applied as any import's are, against the figures
     * current now, and its posts are released.
     *
     * @param importId the held import
     * @param by who approved it
     */
    public ReviewDecision approve(long importId, String by) {
        return reviews.approve(importId, by);
    }

    /**
     * Withdraws a held import on an editor's word: its figures are never published and its posts never sent; they
     * stay in the history as what was refused, with who refused them and when.
     *
     * @param importId the held import
     * @param by who rejected it
     */
    public ReviewDecision reject(long importId, String by) {
        return reviews.reject(importId, by);
    }
}
