package org.strikedesk.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.FigureQueries;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFigures;
import org.strikedesk.ingest.FigureChange;

/**
 * The figures as an import would leave them: what is published now, with the import's changes laid over it. The
 * gate's rules compare these with what is published.
 */
final class Proposal {
    private final FigureQueries queries;
    private final List<FigureChange> changes;
    private final Map<Figure.Scope, Map<Figure.Key, Figure>> changed = new LinkedHashMap<>();
    private final Map<Figure.Scope, StrikeFigures> after = new LinkedHashMap<>();
    private final Map<String, List<StrikeFigures>> strikesAfter = new LinkedHashMap<>();

    Proposal(FigureQueries queries, List<FigureChange> changes) {
        this.queries = queries;
        this.changes = List.copyOf(changes);
        for (FigureChange change : changes) {
            Figure figure = change.after();
            changed.computeIfAbsent(figure.scope(), k -> new LinkedHashMap<>()).put(figure.key(), figure);
        }
    }

    /** Each figure the import adds or revises. */
    List<FigureChange> changes() {
        return changes;
    }

    /** The organisations in strikes whose figures change, in the order the file gives them. */
    Set<Figure.Scope> scopes() {
        return changed.keySet();
    }

    /** The strikes whose figures change. */
    Set<String> strikes() {
        Set<String> strikes = new LinkedHashSet<>();
        changed.keySet().forEach(scope -> strikes.add(scope.strikeId()));
        return strikes;
    }

    Optional<Strike> strike(String id) {
        return queries.calendar().byId(id);
    }

    /** The figures published now for a scope. */
    StrikeFigures before(Figure.Scope scope) {
        Strike strike = strike(scope.strikeId()).orElseThrow();
        // Most of a large import is new: where nothing is published, nothing needs reading.
        boolean published =
                queries.coverage().getOrDefault(scope.strikeId(), Set.of()).contains(scope.orgCode());
        return published
                ? queries.figures(scope.orgCode(), strike)
                : new StrikeFigures(scope.orgCode(), strike, List.of());
    }

    /** The figures for a scope once the import is applied. */
    StrikeFigures after(Figure.Scope scope) {
        return after.computeIfAbsent(scope, this::overlay);
    }

    /** Every organisation's figures in a strike once the import is applied. */
    List<StrikeFigures> everyOrganisationAfter(String strikeId) {
        return strikesAfter.computeIfAbsent(strikeId, id -> {
            Strike strike = strike(id).orElseThrow();
            Map<String, StrikeFigures> byOrg = new LinkedHashMap<>();
            for (StrikeFigures figures : queries.everyOrganisationIn(strike)) {
                byOrg.put(figures.orgCode(), figures);
            }
            for (Figure.Scope scope : changed.keySet()) {
                if (scope.strikeId().equals(id)) {
                    byOrg.put(scope.orgCode(), after(scope));
                }
            }
            return List.copyOf(byOrg.values());
        });
    }

    /** Whether the import changes a figure of this organisation in this strike. */
    boolean changes(Figure.Scope scope) {
        return changed.containsKey(scope);
    }

    /** Whether the import changes this very figure. */
    boolean changes(Figure figure) {
        Map<Figure.Key, Figure> inScope = changed.get(figure.scope());
        return inScope != null && inScope.containsKey(figure.key());
    }

    private StrikeFigures overlay(Figure.Scope scope) {
        Map<Figure.Key, Figure> figures = new LinkedHashMap<>();
        StrikeFigures now = before(scope);
        now.figures().forEach(f -> figures.put(f.key(), f));
        figures.putAll(changed.getOrDefault(scope, Map.of()));
        return new StrikeFigures(scope.orgCode(), now.strike(), new ArrayList<>(figures.values()));
    }
}
