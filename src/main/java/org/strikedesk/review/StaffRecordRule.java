package org.strikedesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.FigureChange;
import org.strikedesk.ingest.Finding;
import org.strikedesk.replies.HouseStyle;

/**
 * A trust's staff figure far above any staff figure it has reported in another strike. Trusts with no staff figure
 * on record are not judged.
 */
final class StaffRecordRule implements GateRule {
    private final Wording wording;
    private final Supplier<Records> records;
    private final double factor;

    StaffRecordRule(Wording wording, Supplier<Records> records, double factor) {
        this.wording = wording;
        this.records = records;
        this.factor = factor;
    }

    @Override
    public List<Finding> check(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        for (FigureChange change : proposal.changes()) {
            Figure figure = change.after();
            if (!isStaff(figure.metric())
                    || !wording.organisation(figure.orgCode()).isTrust()) {
                continue;
            }
            Optional<Records.Entry> record = records.get().staffRecord(figure.orgCode(), figure.scope());
            if (record.isEmpty() || figure.value() <= factor * record.get().value()) {
                continue;
            }
            Strike strike = proposal.strike(figure.strikeId()).orElseThrow();
            findings.add(new Finding(
                    Finding.Rule.STAFF_RECORD,
                    figure.scope(),
                    wording.scope(figure.scope(), strike) + ": " + Wording.figure(figure) + " "
                            + HouseStyle.number(figure.value()) + ", more than " + Wording.times(factor)
                            + " the highest staff figure it has reported ("
                            + HouseStyle.number(record.get().value())
                            + ", the " + Wording.strike(record.get().strike()) + ") (review.staffFactor)"));
        }
        return findings;
    }

    private static boolean isStaff(Metric metric) {
        return metric == Metric.STAFF_ABSENT || metric == Metric.STAFF_ABSENT_MAX || metric == Metric.STAFF_ABSENT_MIN;
    }
}
