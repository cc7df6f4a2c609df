package org.strikedesk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikedesk.figures.Amount;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.figures.StrikeFigures;

/**
 * Acute figures that replies will not show once an import is applied: where it brought an acute, inpatient or
 * outpatient figure for an organisation in a strike that now holds all three, the acute total shown is the sum of
 * inpatient and outpatient.
 */
final class HiddenAcuteFigures {
    private HiddenAcuteFigures() {}

    /**
     * The acute figures replies will not show, in the scopes the changes touch: the figures held there now are the ones
     * read before the import with its changes laid over them, so they are not read back from the store.
     */
    static List<ImportNotices.AcuteNotShown> after(
            Map<Figure.Key, FigureWriter.Held> before, List<FigureChange> changes, StrikeCalendar calendar) {
        Set<Figure.Scope> scopes = changes.stream()
                .map(FigureChange::after)
                .filter(HiddenAcuteFigures::acute)
                .map(Figure::scope)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (scopes.isEmpty()) {
            return List.of();
        }
        // Only the three acute measures decide what is shown; an England-scale import's other figures are left out.
        Map<Figure.Key, Figure> now = new HashMap<>();
        before.forEach((key, held) -> {
            if (acute(held.figure())) {
                now.put(key, held.figure());
            }
        });
        changes.forEach(change -> {
            if (acute(change.after())) {
                now.put(change.after().key(), change.after());
            }
        });
        Map<Figure.Scope, List<Figure>> held = new LinkedHashMap<>();
        for (Figure figure : now.values()) {
            Figure.Scope scope = figure.scope();
            if (scopes.contains(scope)) {
                held.computeIfAbsent(scope, k -> new ArrayList<>()).add(figure);
            }
        }
        List<ImportNotices.AcuteNotShown> hidden = new ArrayList<>();
        for (Figure.Scope scope : scopes) {
            Optional<Strike> strike = calendar.byId(scope.strikeId());
            if (strike.isEmpty()) {
                continue;
            }
            StrikeFigures figures =
                    new StrikeFigures(scope.orgCode(), strike.get(), held.getOrDefault(scope, List.of()));
            Optional<Amount> acute = figures.total(Metric.ACUTE_RESCHEDULED);
            Optional<Amount> inpatient = figures.total(Metric.INPATIENT_RESCHEDULED);
            Optional<Amount> outpatient = figures.total(Metric.OUTPATIENT_RESCHEDULED);
            if (acute.isPresent() && inpatient.isPresent() && outpatient.isPresent()) {
                hidden.add(new ImportNotices.AcuteNotShown(
                        scope,
                        acute.get().value(),
                        inpatient.get().value(),
                        outpatient.get().value()));
            }
        }
        return hidden;
    }

    private static boolean acute(Figure figure) {
        return figure.metric() == Metric.ACUTE_RESCHEDULED
                || figure.metric() == Metric.INPATIENT_RESCHEDULED
                || figure.metric() == Metric.OUTPATIENT_RESCHEDULED;
    }
}
