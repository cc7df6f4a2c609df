package org.strikedesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.ingest.Finding;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.trusts.Organisation;

/**
 * The trusts of a region, or of England, adding up to more than the region's or England's published total in a
 * strike: acute (inpatient plus outpatient, or the published acute figure), mental health and community counts.
 * Only a complete total is compared (a sum of days with a day missing understates the strike), and only where the
 * import changes the total or one of the trusts counted in it.
 */
final class SumAboveTotalRule implements GateRule {
    private final Wording wording;

    SumAboveTotalRule(Wording wording) {
        this.wording = wording;
    }

    /** A count the rule compares, and how to read it from an organisation's figures. */
    private record Measure(Metric metric, Function<StrikeFigures, Optional<Amount>> total) {}

    private static final List<Measure> MEASURES = List.of(
            new Measure(Metric.ACUTE_RESCHEDULED, StrikeFigures::acute),
            new Measure(Metric.MENTAL_HEALTH_RESCHEDULED, f -> f.total(Metric.MENTAL_HEALTH_RESCHEDULED)),
            new Measure(Metric.COMMUNITY_RESCHEDULED, f -> f.total(Metric.COMMUNITY_RESCHEDULED)));

    @Override
    public List<Finding> check(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        for (String strikeId : proposal.strikes()) {
            List<StrikeFigures> everyone = proposal.everyOrganisationAfter(strikeId);
            for (StrikeFigures totals : everyone) {
                Organisation whole = wording.organisation(totals.orgCode());
                if (whole.isTrust()) {
                    continue;
                }
                List<StrikeFigures> parts = everyone.stream()
                        .filter(f -> within(wording.organisation(f.orgCode()), whole))
                        .toList();
                for (Measure measure : MEASURES) {
                    check(proposal, whole, totals, parts, measure).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    /** Whether {@code org} is a trust counted in {@code whole}: England's trusts, or a region's. */
    private static boolean within(Organisation org, Organisation whole) {
        return org.isTrust() && (whole.isEngland() || (whole.region() != null && whole.region() == org.region()));
    }

    private Optional<Finding> check(
            Proposal proposal, Organisation whole, StrikeFigures totals, List<StrikeFigures> parts, Measure measure) {
        Optional<Amount> published = measure.total().apply(totals);
        if (published.isEmpty() || published.get().partial()) {
            return Optional.empty();
        }
        long sum = 0;
        int counted = 0;
        boolean touched = proposal.changes(scope(totals));
        for (StrikeFigures part : parts) {
            Optional<Amount> amount = measure.total().apply(part);
            if (amount.isPresent()) {
                sum += amount.get().value();
                counted++;
                touched |= proposal.changes(scope(part));
            }
        }
        if (!touched || sum <= published.get().value()) {
            return Optional.empty();
        }
        Strike strike = totals.strike();
        String trusts = whole.isEngland()
                ? "trusts in England"
                : "trusts in " + whole.region().inText();
        String total = whole.isEngland() ? "England's" : "the region's";
        return Optional.of(new Finding(
                Finding.Rule.SUM_ABOVE_TOTAL,
                scope(totals),
                "In the " + Wording.strike(strike) + ", the " + HouseStyle.count(counted) + " " + trusts
                        + " with figures add up to " + HouseStyle.number(sum) + " " + Wording.counted(measure.metric())
                        + " rescheduled, more than " + total + " published total of "
                        + HouseStyle.number(published.get().value())));
    }

    private static Figure.Scope scope(StrikeFigures figures) {
        return new Figure.Scope(figures.orgCode(), figures.strike().id());
    }
}
