package org.strikedesk.ingest;

import java.time.Instant;
import java.util.List;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.validate.FigureValidator;

/**
 * What one import did, for the person who asked and for the history.
 *
 * @param id the import's number in the history
 * @param file the file's name
 * @param checksum SHA-256 of the file's bytes
 * @param route how the file arrived
 * @param by who or what imported it
 * @param at when
 * @param outcome imported, unchanged or rejected
 * @param rows data rows read
 * @param added figures that were new
 * @param revised figures whose value changed
 * @param unchanged figures already held with the same value
 * @param superseded figures older than the publication already held, kept only in the history
 * @param changes each added or revised figure
 * @param errors why the file was rejected (at most {@value FigureValidator#ERRORS_KEPT})
 * @param errorCount every error
 * @param sameAsImport for an identical re-import, the import that brought the same file first
 */
public record ImportReport(
        long id,
        String file,
        String checksum,
        ImportRoute route,
        String by,
        Instant at,
        Outcome outcome,
        int rows,
        int added,
        int revised,
        int unchanged,
        int superseded,
        List<FigureChange> changes,
        List<ImportError> errors,
        int errorCount,
        Long sameAsImport) {

    /** How an import ended. */
    public enum Outcome {
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

    public ImportReport {
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean rejected() {
        return outcome == Outcome.REJECTED;
    }

    /** One line a person can read: what changed, or why nothing did. */
    public String summary() {
        return switch (outcome) {
            case REJECTED ->
                file + ": rejected, nothing imported (" + errorCount + (errorCount == 1 ? " error)" : " errors)");
            case UNCHANGED ->
                sameAsImport != null
                        ? file + ": no change; this file was imported before (import #" + sameAsImport + ")"
                        : file + ": no change; all " + rows + " rows match the figures already held";
            case IMPORTED ->
                file + ": " + added + " added, " + revised + " revised, " + unchanged + " unchanged"
                        + (superseded > 0 ? ", " + superseded + " older than the figures held (kept in history)" : "")
                        + " (import #" + id + ")";
        };
    }
}
