package org.strikedesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.figures.StrikeStore;
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
 * Imports a figures file, whatever route it came by: the whole file is read and validated before anything is
 * written, then applied in one transaction with its history record and whatever the listeners owe (posts). A
 * rejected file changes nothing but the history. A changed value is a revision when its publication is not older
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
    private final List<Runnable> calendarChanged = new CopyOnWriteArrayList<>();
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
    }

    /** Adds work to do once an import that changed figures has been committed. */
    public void afterCommit(Runnable work) {
        committed.add(work);
    }

    /** Adds work to do once a strikes file that changed the calendar has been committed. */
    public void afterCalendarChange(Runnable work) {
        calendarChanged.add(work);
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
        ImportReport.Arrival arrival = new ImportReport.Arrival(name, checksum(file), route, by, at);
        if (StrikesFile.isStrikesFile(file, name)) {
            return importStrikes(file, name, arrival);
        }
        Validated validated = validate(file, name, origin);
        if (!validated.ok()) {
            return recordRejection(validated, arrival);
        }
        ImportReport report;
        try {
            report = database.transaction(connection -> apply(connection, validated, arrival));
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
        FigureValidator validator =
                new FigureValidator(name, directory.get(), calendar.get(), LocalDate.now(clock.withZone(LONDON)));
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

    private ImportReport recordRejection(Validated validated, ImportReport.Arrival arrival) {
        return recordRejection(arrival, validated.rows(), validated.errors(), validated.errorCount());
    }

    private ImportReport recordRejection(
            ImportReport.Arrival arrival, int rows, List<ImportError> errors, int errorCount) {
        return database.transaction(connection -> {
            long id = ImportHistory.begin(connection, arrival);
            ImportReport report = new ImportReport.Rejected(id, arrival, rows, errors, errorCount);
            ImportHistory.finish(connection, report);
            return report;
        });
    }

    /**
     * Imports a strikes file: checked whole, then the strikes it adds or changes are saved in one transaction, and
     * the calendar in use is replaced once it is committed.
     */
    private ImportReport importStrikes(Path file, String name, ImportReport.Arrival arrival) throws IOException {
        StrikesFile.Checked checked = StrikesFile.read(file, name, database.read(Importer::daysWithFigures));
        if (!checked.errors().isEmpty()) {
            List<ImportError> kept =
                    checked.errors().stream().limit(FigureValidator.ERRORS_KEPT).toList();
            return recordRejection(
                    arrival, checked.rows(), kept, checked.errors().size());
        }
        ImportReport report = database.transaction(connection -> {
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
        });
        if (report.outcome() == ImportReport.Outcome.IMPORTED) {
            log.info("{}", report.summary());
            calendarChanged.forEach(Runnable::run);
        }
        return report;
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

    private ImportReport apply(Connection connection, Validated validated, ImportReport.Arrival arrival)
            throws SQLException {
        Optional<Long> earlier = ImportHistory.firstWithChecksum(connection, arrival.checksum());
        long id = ImportHistory.begin(connection, arrival);
        if (earlier.isPresent()) {
            ImportReport.Counts counts = new ImportReport.Counts(
                    validated.rows(), 0, 0, validated.figures().size(), 0);
            ImportReport report = new ImportReport.Repeat(id, arrival, counts, earlier.get());
            ImportHistory.finish(connection, report);
            return report;
        }
        Map<Figure.Key, FigureWriter.Held> before = current(connection, validated.figures());
        ImportPlan plan = ImportPlan.of(validated.figures(), before, id);
        List<FigureChange> changes = plan.changes();
        List<Finding> findings = changes.isEmpty() ? List.of() : gate.check(changes);
        if (!findings.isEmpty()) {
            return hold(connection, validated, arrival, id, plan, findings);
        }
        try (FigureWriter writer = new FigureWriter(connection, id, arrival.at())) {
            plan.write(writer);
        }
        List<ImportNotices.AcuteNotShown> hidden = acuteNotShown(before, changes);
        ImportReport.Counts counts = plan.counts(validated.rows());
        ImportNotices notices = new ImportNotices(plan.older(), hidden);
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

    private static Map<Figure.Key, FigureWriter.Held> current(Connection connection, List<Figure> figures)
            throws SQLException {
        Set<Figure.Scope> scopes = figures.stream().map(Figure::scope).collect(Collectors.toSet());
        return FigureWriter.current(connection, scopes);
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
        ReviewDecision decision = database.transaction(connection -> {
            Optional<HeldImport> held = HeldImports.read(connection, importId);
            if (held.isEmpty() || held.get().status() != HeldImport.Status.HELD) {
                return ReviewDecision.undecided(importId, held);
            }
            Instant now = clock.instant();
            boolean asHeld = !HeldImports.changedSince(connection, importId);
            List<Figure> figures = HeldImports.figures(connection, importId);
            ImportPlan plan = ImportPlan.of(figures, current(connection, figures), importId);
            try (FigureWriter writer = new FigureWriter(connection, importId, now)) {
                plan.write(writer);
            }
            HeldImports.decide(connection, importId, HeldImport.Status.APPROVED, by, now);
            HeldImport approved = HeldImports.read(connection, importId).orElseThrow();
            ImportListener.Approval approval = new ImportListener.Approval(approved, plan.changes(), asHeld);
            for (ImportListener listener : listeners) {
                listener.approved(connection, approval);
            }
            return ReviewDecision.approved(approved, plan.changes());
        });
        decided(decision);
        return decision;
    }

    /**
     * Withdraws a held import on an editor's word: its figures are never published and its posts never sent; they
     * stay in the history as what was refused, with who refused them and when.
     *
     * @param importId the held import
     * @param by who rejected it
     */
    public ReviewDecision reject(long importId, String by) {
        ReviewDecision decision = database.transaction(connection -> {
            Optional<HeldImport> held = HeldImports.read(connection, importId);
            if (held.isEmpty() || held.get().status() != HeldImport.Status.HELD) {
                return ReviewDecision.undecided(importId, held);
            }
            HeldImports.decide(connection, importId, HeldImport.Status.REJECTED, by, clock.instant());
            HeldImport rejected = HeldImports.read(connection, importId).orElseThrow();
            for (ImportListener listener : listeners) {
                listener.rejected(connection, rejected);
            }
            return ReviewDecision.rejected(rejected);
        });
        decided(decision);
        return decision;
    }

    private void decided(ReviewDecision decision) {
        if (decision.outcome() == ReviewDecision.Outcome.APPROVED
                || decision.outcome() == ReviewDecision.Outcome.REJECTED) {
            log.info(
                    "Import #{} {} by {}",
                    decision.importId(),
                    decision.outcome().word(),
                    decision.by());
            committed.forEach(Runnable::run);
        }
    }

    /**
     * Acute figures that replies will not show once this import is applied: where it brought an acute, inpatient or
     * outpatient figure for an organisation in a strike that now holds all three, the acute total shown is the sum
     * of inpatient and outpatient.
     */
    /**
     * The acute figures replies will not show, in the scopes this import changed: the figures held there now are the
     * ones read before the import with its changes laid over them, so they are not read back from the store.
     */
    private List<ImportNotices.AcuteNotShown> acuteNotShown(
            Map<Figure.Key, FigureWriter.Held> before, List<FigureChange> changes) {
        Set<Figure.Scope> scopes = changes.stream()
                .map(FigureChange::after)
                .filter(f -> f.metric() == Metric.ACUTE_RESCHEDULED
                        || f.metric() == Metric.INPATIENT_RESCHEDULED
                        || f.metric() == Metric.OUTPATIENT_RESCHEDULED)
                .map(Figure::scope)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (scopes.isEmpty()) {
            return List.of();
        }
        Map<Figure.Key, Figure> now = new HashMap<>();
        before.forEach((key, held) -> now.put(key, held.figure()));
        changes.forEach(change -> now.put(change.after().key(), change.after()));
        Map<Figure.Scope, List<Figure>> held = new LinkedHashMap<>();
        now.values().stream()
                .filter(f -> scopes.contains(f.scope()))
                .forEach(f ->
                        held.computeIfAbsent(f.scope(), k -> new ArrayList<>()).add(f));
        List<ImportNotices.AcuteNotShown> hidden = new ArrayList<>();
        for (Figure.Scope scope : scopes) {
            Optional<Strike> strike = calendar.get().byId(scope.strikeId());
            if (strike.isEmpty()) {
                continue;
            }
            StrikeFigures figures =
                    new StrikeFigures(scope.orgCode(), strike.get(), held.getOrDefault(scope, List.of()));
            Optional<Amount> acute = figures.total(Metric.ACUTE_RESCHEDULED);
            Optional<Amount> inpatient = figures.total(Metric.INPATIENT_RESCHEDULED);
            Optional<Amount> outpatient = figures.total(Metric.OUTPATIENT_RESCHEDULED);
            if (acute.isPresent() && inpatient.isPresent() && outpatient.isPresent()) {
                hidden.add(new ImportNotices.AcuteNotShown(
                        scope,
                        acute.get().value(),
                        inpatient.get().value(),
                        outpatient.get().value()));
            }
        }
        return hidden;
    }

    /** SHA-256 of a file, streamed. */
    public static String checksum(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
