package org.strikedesk.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the import history.
 *
 * @param id the import's number
 * @param arrival the file, how it came, who or what brought it, and when
 * @param outcome imported, unchanged or rejected
 * @param counts rows read, and what became of their figures
 * @param errors how many errors rejected it, and the first of them
 * @param review where it stands if the plausibility gate held it: held, approved or rejected
 */
public record ImportRecord(
        long id,
        ImportReport.Arrival arrival,
        ImportReport.Outcome outcome,
        ImportReport.Counts counts,
        Errors errors,
        Optional<HeldImport.Status> review) {

    public ImportRecord {
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(review, "review");
    }

    /**
     * The errors that rejected a file, as the history keeps them.
     *
     * @param count how many
     * @param first the first of them, with its file, row and column; empty when there were none (or, in a history
     *     written by an older release, when it was not kept)
     */
    public record Errors(int count, Optional<String> first) {
        /** An import with no errors. */
        public static final Errors NONE = new Errors(0, Optional.empty());

        public Errors {
            if (count < 0 || (count == 0 && first.isPresent())) {
                throw new IllegalArgumentException("an error count of " + count + " with first error " + first);
            }
        }
    }

    /** How it ended, as a person reads it: the outcome, or where it stands if it was held. */
    public String standing() {
        return review.map(status -> switch (status) {
                    case HELD -> "held";
                    case APPROVED -> "approved";
                    case REJECTED -> "withdrawn";
                })
                .orElse(outcome.id());
    }
}
