package org.strikedesk.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the import history.
 *
 * @param id the import's number
 * @param route how the file arrived
 * @param file the file's name
 * @param checksum SHA-256 of its bytes
 * @param outcome imported, unchanged or rejected
 * @param rows data rows read
 * @param added figures added
 * @param revised figures revised
 * @param unchanged figures unchanged
 * @param superseded figures older than those held
 * @param errors how many errors rejected it
 * @param firstError the first of them
 * @param at when
 * @param by who or what
 * @param review where it stands if the plausibility gate held it: held, approved or rejected
 */
public record ImportRecord(
        long id,
        String route,
        String file,
        String checksum,
        ImportReport.Outcome outcome,
        int rows,
        int added,
        int revised,
        int unchanged,
        int superseded,
        int errors,
        String firstError,
        Instant at,
        String by,
        Optional<HeldImport.Status> review) {

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
