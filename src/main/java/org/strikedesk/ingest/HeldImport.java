package org.strikedesk.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An import the plausibility gate held, and what became of it.
 *
 * @param id the import's number in the history
 * @param arrival the file, how it came, who brought it and when
 * @param counts what its figures would change, as counted when it was held
 * @param findings what looked wrong, in order
 * @param status held, approved or rejected
 * @param decided who approved or rejected it and when; empty while it is held
 */
public record HeldImport(
        long id,
        ImportReport.Arrival arrival,
        ImportReport.Counts counts,
        List<Finding> findings,
        Status status,
        Optional<Decided> decided) {

    public HeldImport {
        Objects.requireNonNull(arrival, "arrival");
        Objects.requireNonNull(counts, "counts");
        findings = List.copyOf(findings);
        Objects.requireNonNull(status, "status");
        if ((status == Status.HELD) != decided.isEmpty()) {
            throw new IllegalArgumentException("a held import is undecided, and a decided one says who decided");
        }
    }

    /** Where a held import stands. Only {@link HeldImports} knows how each is stored. */
    public enum Status {
        /** Waiting for an editor; its figures are not shown and its posts wait. */
        HELD,
        /** An editor let it through: its figures are published and its posts released. */
        APPROVED,
        /** An editor refused it: its figures are withdrawn, kept only as the record of what was refused. */
        REJECTED
    }

    /**
     * An editor's decision.
     *
     * @param by who decided
     * @param at when
     */
    public record Decided(String by, Instant at) {
        public Decided {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }
}
