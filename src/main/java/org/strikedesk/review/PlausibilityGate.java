package org.strikedesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.strikedesk.config.ReviewConfig;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.ingest.FigureChange;
import org.strikedesk.ingest.Finding;
import org.strikedesk.ingest.ImportGate;
import org.strikedesk.trusts.TrustDirectory;

/**
 * The plausibility gate: checks an import's changes against what is published before anything goes out, with the
 * thresholds in the {@code review} config section. Its rules:
 *
 * <ul>
 *   <li>a trust's acute total more than {@code review.recordFactor} times its own record and the highest of any
 *       trust in its region;
 *   <li>the trusts of a region, or of England, adding up to more than its published total;
 *   <li>a revision moving a figure by more than {@code review.revisionShare} of its old value (and by at least
 *       {@code review.revisionMinimum});
 *   <li>a day's figure larger than the whole-strike figure;
 *   <li>a staff figure more than {@code review.staffFactor} times the highest the trust has reported.
 * </ul>
 */
public final class PlausibilityGate implements ImportGate {
    private final FigureQueries queries;
    private final TrustDirectory directory;
    private final ReviewConfig config;

    public PlausibilityGate(FigureQueries queries, TrustDirectory directory, ReviewConfig config) {
        this.queries = queries;
        this.directory = directory;
        this.config = config;
    }

    @Override
    public List<Finding> check(List<FigureChange> changes) {
        Proposal proposal = new Proposal(queries, changes);
        Wording wording = new Wording(directory);
        Supplier<Records> records = new Once<>(() -> Records.read(queries, directory));
        List<GateRule> rules = List.of(
                new TrustTotalRule(wording, records, config.recordFactor()),
                new SumAboveTotalRule(wording),
                new RevisionRule(wording, config.revisionShare(), config.revisionMinimum()),
                new DayAboveWholeRule(wording),
                new StaffRecordRule(wording, records, config.staffFactor()));
        List<Finding> findings = new ArrayList<>();
        for (GateRule rule : rules) {
            findings.addAll(rule.check(proposal));
        }
        return findings;
    }

    /** A value worked out the first time it is needed, then kept. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> work;
        private T value;

        Once(Supplier<T> work) {
            this.work = work;
        }

        @Override
        public T get() {
            if (value == null) {
                value = work.get();
            }
            return value;
        }
    }
}
