package org.strikedesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.ingest.Finding;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.trusts.Organisation;

/**
 * A trust's acute total far above its own record and the highest total of any trust in its region: the shape of a
 * typing slip (an extra digit) or a region's figure filed under a trust. Where the trust has no record, or its
 * region no other figures, the one comparison there is decides.
 */
final class TrustTotalRule implements GateRule {
    private final Wording wording;
    private final Supplier<Records> records;
    private final double factor;

    TrustTotalRule(Wording wording, Supplier<Records> records, double factor) {
        this.wording = wording;
        this.records = records;
        this.factor = factor;
    }

    @Override
    public List<Finding> check(Proposal proposal) {
        List<Finding> findings = new ArrayList<>();
        for (Figure.Scope scope : proposal.scopes()) {
            Organisation org = wording.organisation(scope.orgCode());
            if (!org.isTrust()) {
                continue;
            }
            StrikeFigures after = proposal.after(scope);
            Optional<Amount> acute = after.acute();
            boolean same = acute.map(Amount::value)
                    .equals(proposal.before(scope).acute().map(Amount::value));
            if (acute.isEmpty() || same) {
                continue;
            }
            check(org, scope, after, acute.get().value()).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(Organisation org, Figure.Scope scope, StrikeFigures after, long total) {
        Optional<Records.Entry> own = records.get().acuteRecord(org.code(), scope);
        Optional<Records.Entry> region =
                org.region() == null ? Optional.empty() : records.get().regionHighest(org.region(), scope);
        if (own.isEmpty() && region.isEmpty()) {
            return Optional.empty();
        }
        boolean aboveOwn = own.map(entry -> total > factor * entry.value()).orElse(true);
        boolean aboveRegion =
                region.map(entry -> total > factor * entry.value()).orElse(true);
        if (!aboveOwn || !aboveRegion) {
            return Optional.empty();
        }
        List<String> compared = new ArrayList<>();
        own.ifPresent(entry -> compared.add("its own record (" + HouseStyle.number(entry.value()) + ", the "
                + Wording.strike(entry.strike()) + ")"));
        region.ifPresent(entry ->
                compared.add("the highest of any trust in " + org.region().inText() + " ("
                        + HouseStyle.number(entry.value()) + ", "
                        + wording.organisation(entry.scope().orgCode()).code()
                        + " in the " + Wording.strike(entry.strike()) + ")"));
        String text = wording.scope(scope, after.strike()) + ": " + HouseStyle.number(total) + " "
                + "acute appointments and procedures rescheduled, more than " + Wording.times(factor)
                + " " + HouseStyle.list(compared) + " (review.recordFactor)";
        return Optional.of(new Finding(Finding.Rule.TRUST_TOTAL, scope, text));
    }
}
