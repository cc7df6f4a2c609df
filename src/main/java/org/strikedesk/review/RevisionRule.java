package org.strikedesk.review;

import java.util.ArrayList;
import java.util.List;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.FigureChange;
import org.strikedesk.ingest.Finding;
import org.strikedesk.replies.HouseStyle;

/**
 * A revision that moves a figure by more than the share allowed of its old value. Small moves are let through
 * whatever their share ({@code review.revisionMinimum}), so a count going from 3 to 5 is not held.
 */
final class RevisionRule implements GateRule {
    private final Wording wording;
    private final double share;
    private final long minimum;

    RevisionRule(Wording wording, double share, long minimum) {
        this.wording = wording;
        this.share = share;
        this.minimum = minimum;
    }

    @Override
    public List<Finding> check(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        for (FigureChange change : proposal.changes()) {
            if (!change.isRevision()) {
                continue;
            }
            long before = change.before().value();
            long after = change.after().value();
            long moved = Math.abs(after - before);
            if (moved < minimum || moved <= share * before) {
                continue;
            }
            Figure figure = change.after();
            Strike strike = proposal.strike(figure.strikeId()).orElseThrow();
            String by = before == 0 ? "from none" : "by " + Wording.percent((double) moved / before);
            findings.add(new Finding(
                    Finding.Rule.REVISION,
                    figure.scope(),
                    wording.scope(figure.scope(), strike) + ": " + Wording.figure(figure) + " revised from "
                            + HouseStyle.number(before) + " to " + HouseStyle.number(after) + ", a move " + by
                            + "; more than " + Wording.percent(share) + " is held (review.revisionShare)"));
        }
        return findings;
    }
}
