package org.strikedesk.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What came of an editor's approval or rejection of a held import.
 *
 * @param outcome approved, rejected, decided before, or never held
 * @param importId the import the editor named
 * @param held the import as it stands now, unless it was never held
 * @param changes for an approval, what its figures changed
 */
public record ReviewDecision(Outcome outcome, long importId, Optional<HeldImport> held, List<FigureChange> changes) {
    public ReviewDecision {
        Objects.requireNonNull(outcome, "outcome");
        changes = List.copyOf(changes);
        if ((outcome == Outcome.NOT_HELD) != held.isEmpty()) {
            throw new IllegalArgumentException("only an import never held has no review");
        }
    }

    static ReviewDecision approved(HeldImport held, List<FigureChange> changes) {
        return new ReviewDecision(Outcome.APPROVED, held.id(), Optional.of(held), changes);
    }

    static ReviewDecision rejected(HeldImport held) {
        return new ReviewDecision(Outcome.REJECTED, held.id(), Optional.of(held), List.of());
    }

    /** Nothing decided now: the import was decided before, or was never held. */
    static ReviewDecision undecided(long importId, Optional<HeldImport> held) {
        return new ReviewDecision(
                held.isPresent() ? Outcome.ALREADY_DECIDED : Outcome.NOT_HELD, importId, held, List.of());
    }

    /** Who decided, once someone has. */
    String by() {
        return held.flatMap(HeldImport::decided).map(HeldImport.Decided::by).orElse("");
    }

    /** How a decision came out. */
    public enum Outcome {
        APPROVED("approved"),
        REJECTED("rejected"),
        /** An editor had already approved or rejected it; nothing changed. */
        ALREADY_DECIDED("already decided"),
        /** The gate never held an import with that number; nothing changed. */
        NOT_HELD("not held");

        private final String word;

        Outcome(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
