package org.strikedesk.ingest;

import java.util.List;
import java.util.Objects;
import org.strikedesk.figures.Figure;

/**
 * What an import did not change although the file said something: rows older than the figures held, and acute
 * figures that replies will not show because inpatient and outpatient figures add up to the acute total instead.
 *
 * @param superseded rows whose publication is older than the figure held, kept only in the history
 * @param acuteNotShown acute figures replies do not show
 */
public record ImportNotices(List<Superseded> superseded, List<AcuteNotShown> acuteNotShown) {
    public static final ImportNotices NONE = new ImportNotices(List.of(), List.of());

    public ImportNotices {
        superseded = List.copyOf(superseded);
        acuteNotShown = List.copyOf(acuteNotShown);
    }

    public boolean isEmpty() {
        return superseded.isEmpty() && acuteNotShown.isEmpty();
    }

    /**
     * A row not applied because the figure held comes from a newer publication.
     *
     * @param incoming the row as the file gave it
     * @param held the figure held, which stays
     */
    public record Superseded(Figure incoming, Figure held) {
        public Superseded {
            Objects.requireNonNull(incoming, "incoming");
            Objects.requireNonNull(held, "held");
        }
    }

    /**
     * An acute figure held for an organisation in a strike that replies do not show, because its inpatient and
     * outpatient figures are held too and the acute total is their sum.
     *
     * @param acute the acute_rescheduled figure (its total, where it was given by day)
     * @param inpatient the inpatient total shown instead, with the outpatient
     * @param outpatient the outpatient total
     */
    public record AcuteNotShown(Figure.Scope scope, long acute, long inpatient, long outpatient) {
        public AcuteNotShown {
            Objects.requireNonNull(scope, "scope");
        }
    }
}
