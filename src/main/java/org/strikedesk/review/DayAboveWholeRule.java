package org.strikedesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.ingest.Finding;
import org.strikedesk.replies.HouseStyle;

/**
 * A day's figure larger than the whole-strike figure for the same measure: a day's rescheduled count above the
 * strike's total, or a day's staff absent above the peak day's. Judged where the import changes either figure.
 */
final class DayAboveWholeRule implements GateRule {
    private final Wording wording;

    DayAboveWholeRule(Wording wording) {
        this.wording = wording;
    }

    @Override
    public List<Finding> check(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        for (Figure.Scope scope : proposal.scopes()) {
            StrikeFigures after = proposal.after(scope);
            for (Metric metric : Metric.values()) {
                Optional<Metric> whole = wholeFor(metric);
                if (whole.isEmpty()) {
                    continue;
                }
                Optional<Figure> total = after.figures().stream()
                        .filter(f -> f.metric() == whole.get() && f.wholeStrike())
                        .findFirst();
                if (total.isEmpty()) {
                    continue;
                }
                after.figures().stream()
                        .filter(f -> f.metric() == metric && !f.wholeStrike())
                        .filter(day -> day.value() > total.get().value())
                        .filter(day -> proposal.changes(day) || proposal.changes(total.get()))
                        .forEach(day -> findings.add(finding(scope, after, day, total.get())));
            }
        }
        return findings;
    }

    /** The whole-strike figure a day's figure of {@code metric} may not exceed. */
    private static Optional<Metric> wholeFor(Metric metric) {
        if (metric == Metric.STAFF_ABSENT) {
            return Optional.of(Metric.STAFF_ABSENT_MAX);
        }
        return metric.isRescheduled() && !metric.wholeStrikeOnly() ? Optional.of(metric) : Optional.empty();
    }

    private Finding finding(Figure.Scope scope, StrikeFigures after, Figure day, Figure total) {
        String whole = total.metric() == Metric.STAFF_ABSENT_MAX
                ? "the peak day's " + HouseStyle.number(total.value()) + " for the whole strike"
                : "the whole-strike figure of " + HouseStyle.number(total.value());
        return new Finding(
                Finding.Rule.DAY_ABOVE_WHOLE,
                scope,
                wording.scope(scope, after.strike()) + ": " + Wording.figure(day) + " is "
                        + HouseStyle.number(day.value()) + ", more than " + whole);
    }
}
