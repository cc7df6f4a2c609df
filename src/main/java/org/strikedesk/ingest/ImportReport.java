package org.strikedesk.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.validate.FigureValidator;

/**
 * What one import did, for the person who asked and for the history: figures imported, figures held for an editor
 * by the plausibility gate, nothing changed (a file imported before, or figures all held already), or the file
 * rejected. Each outcome carries what it has; the methods here answer for every outcome, with nothing (no changes,
 * no errors) where an outcome has none.
 */
public sealed interface ImportReport {

    /** The import's number in the history. */
    long id();

    /** The file and how it came. */
    Arrival arrival();

    /** Rows read, and what became of their figures. */
    Counts counts();

    /** How the import ended, as the history records it. */
    Outcome outcome();

    /** One line a person can read: what changed, or why nothing did. */
    String summary();

    /**
     * Hands the report to the handler's method for its kind. Java 17 cannot switch over a sealed type, so a kind
     * added here adds a method to {@link Handler}, and a handler that does not handle it does not compile.
     */
    <R> R handle(Handler<R> handler);

    /** Each figure added or revised (for a held import: that it would add or revise). */
    default List<FigureChange> changes() {
        return List.of();
    }

    /** Rows not applied, and figures replies will not show. */
    default ImportNotices notices() {
        return ImportNotices.NONE;
    }

    /** Why the file was rejected (at most {@value FigureValidator#ERRORS_KEPT}). */
    default List<ImportError> errors() {
        return List.of();
    }

    /** How many errors the file had in all. */
    default int errorCount() {
        return 0;
    }

    default boolean rejected() {
        return outcome() == Outcome.REJECTED;
    }

    /**
     * What to do with each kind of report; one method per kind, none optional.
     *
     * @param <R> what handling gives back
     */
    interface Handler<R> {
        R imported(Imported imported);

        R held(Held held);

        R unchanged(Unchanged unchanged);

        R repeat(Repeat repeat);

        R rejected(Rejected rejected);

        R calendar(Calendar calendar);
    }

    /**
     * A file as it arrived.
     *
     * @param file the file's name
     * @param checksum SHA-256 of the file's bytes
     * @param route how it arrived
     * @param by who or what imported it
     * @param at when
     */
    record Arrival(String file, String checksum, ImportRoute route, String by, Instant at) {
        public Arrival {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(checksum, "checksum");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * What an import read and did to the figures.
     *
     * @param rows data rows read
     * @param added figures that were new
     * @param revised figures whose value changed
     * @param unchanged figures already held with the same value
     * @param superseded figures older than the publication already held, kept only in the history
     */
    record Counts(int rows, int added, int revised, int unchanged, int superseded) {
        /** Rows read, and no figure touched: a rejected file. */
        public static Counts readOnly(int rows) {
            return new Counts(rows, 0, 0, 0, 0);
        }
    }

    /**
     * Figures were added or revised.
     *
     * @param changes each of them, in the order of the file
     */
    record Imported(long id, Arrival arrival, Counts counts, List<FigureChange> changes, ImportNotices notices)
            implements ImportReport {
        public Imported {
            changes = List.copyOf(changes);
            Objects.requireNonNull(notices, "notices");
        }

        @Override
        public Outcome outcome() {
            return Outcome.IMPORTED;
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.imported(this);
        }

        @Override
        public String summary() {
            return arrival.file() + ": " + counts.added() + " added, " + counts.revised() + " revised, "
                    + counts.unchanged() + " unchanged (import #" + id + ")" + NoticeLines.inSummary(notices);
        }
    }

    /**
     * Figures were stored but held by the plausibility gate: nothing is shown or posted until an editor approves.
     * The history records it as imported; its review says it is held.
     *
     * @param changes each figure it would add or revise, in the order of the file
     * @param notices rows older than the figures held
     * @param findings what looks wrong, at least one
     */
    record Held(
            long id,
            Arrival arrival,
            Counts counts,
            List<FigureChange> changes,
            ImportNotices notices,
            List<Finding> findings)
            implements ImportReport {
        public Held {
            changes = List.copyOf(changes);
            Objects.requireNonNull(notices, "notices");
            findings = List.copyOf(findings);
            if (findings.isEmpty()) {
                throw new IllegalArgumentException("an import is held for something that looks wrong");
            }
        }

        @Override
        public Outcome outcome() {
            return Outcome.IMPORTED;
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.held(this);
        }

        @Override
        public String summary() {
            int more = findings.size() - 1;
            return arrival.file() + ": held for review, nothing published yet (import #" + id + "): "
                    + findings.get(0).text() + (more > 0 ? " (and " + more + " more)" : "")
                    + "; an editor approves or rejects it with review approve " + id + " or review reject " + id;
        }
    }

    /**
     * Nothing changed: every figure read was held already with the same value, or is older than the figure held.
     *
     * @param notices the rows that were older, and acute figures replies will not show
     */
    record Unchanged(long id, Arrival arrival, Counts counts, ImportNotices notices) implements ImportReport {
        public Unchanged {
            Objects.requireNonNull(notices, "notices");
        }

        @Override
        public Outcome outcome() {
            return Outcome.UNCHANGED;
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.unchanged(this);
        }

        @Override
        public String summary() {
            if (notices.superseded().isEmpty()) {
                return arrival.file() + ": no change; all " + counts.rows() + " rows match the figures already held"
                        + NoticeLines.inSummary(notices);
            }
            return arrival.file() + ": no change" + NoticeLines.inSummary(notices);
        }
    }

    /**
     * The same bytes were imported before, so nothing was looked at again.
     *
     * @param sameAsImport the import that brought the same file first
     */
    record Repeat(long id, Arrival arrival, Counts counts, long sameAsImport) implements ImportReport {
        @Override
        public Outcome outcome() {
            return Outcome.UNCHANGED;
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.repeat(this);
        }

        @Override
        public String summary() {
            return arrival.file() + ": no change; this file was imported before (import #" + sameAsImport + ")";
        }
    }

    /**
     * The file had errors and nothing in it was imported.
     *
     * @param rows data rows read
     * @param errors the first errors (at most {@value FigureValidator#ERRORS_KEPT})
     * @param errorCount every error
     */
    record Rejected(long id, Arrival arrival, int rows, List<ImportError> errors, int errorCount)
            implements ImportReport {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty() || errorCount < errors.size()) {
                throw new IllegalArgumentException("a rejection has an error, and counts every one it lists");
            }
        }

        @Override
        public Counts counts() {
            return Counts.readOnly(rows);
        }

        @Override
        public Outcome outcome() {
            return Outcome.REJECTED;
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.rejected(this);
        }

        @Override
        public String summary() {
            return arrival.file() + ": rejected, nothing imported (" + errorCount
                    + (errorCount == 1 ? " error)" : " errors)");
        }
    }

    /**
     * A strikes file, in the strike calendar's own layout: strikes added to the calendar or changed in it, or none.
     *
     * @param counts rows read; strikes added, changed ({@code revised}) and unchanged
     * @param added the strikes new to the calendar
     * @param changed the strikes whose dates, group, unions or notes changed
     */
    record Calendar(long id, Arrival arrival, Counts counts, List<Strike> added, List<Strike> changed)
            implements ImportReport {
        public Calendar {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
        }

        @Override
        public Outcome outcome() {
            return added.isEmpty() && changed.isEmpty() ? Outcome.UNCHANGED : Outcome.IMPORTED;
        }

        @Override
        public <R> R handle(Handler<R> handler) {
            return handler.calendar(this);
        }

        @Override
        public String summary() {
            if (outcome() == Outcome.UNCHANGED) {
                return arrival.file() + ": no change; all " + counts.rows() + " strikes match the calendar";
            }
            return arrival.file() + ": " + added.size() + (added.size() == 1 ? " strike" : " strikes") + " added, "
                    + changed.size() + " changed, " + counts.unchanged() + " unchanged in the strike calendar"
                    + " (import #" + id + ")";
        }
    }

    /** How an import ended. */
    enum Outcome {
        IMPORTED("imported"),
        UNCHANGED("unchanged"),
        REJECTED("rejected");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Outcome byId(String id) {
            for (Outcome outcome : values()) {
                if (outcome.id.equals(id)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("unknown import outcome " + id);
        }
    }
}
